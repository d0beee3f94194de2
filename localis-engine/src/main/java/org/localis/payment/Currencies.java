package org.localis.payment;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/**
 * ISO 4217 currencies as money is kept in Localis: any code the JDK knows that has minor units (RUB, EUR,
 * USD: 2; JPY: 0; KWD, BHD: 3), and which payment QR standard, if any, exists for it.
 */
public final class Currencies {

    private Currencies() {
    }

    /** Whether {@code code} is an ISO 4217 code with minor units (not XAU, XXX and the like). */
    public static boolean isSupported(String code) {
        return code != null && code.length() == 3 && code.equals(code.toUpperCase(Locale.ROOT)) && digits(code) >= 0;
    }

    /**
     * The number of minor-unit digits of an ISO 4217 currency (2 for RUB and EUR, 0 for JPY, 3 for KWD).
     *
     * @throws IllegalArgumentException when {@code code} is not an upper-case ISO 4217 code with minor units
     */
    public static int minorUnits(String code) {
        if (code == null || code.length() != 3 || !code.equals(code.toUpperCase(Locale.ROOT))) {
            throw new IllegalArgumentException("'" + code + "' is not an ISO 4217 currency code (three capital letters)");
        }
        int digits = digits(code);
        if (digits == -2) {
            throw new IllegalArgumentException("'" + code + "' is not an ISO 4217 currency code");
        }
        if (digits < 0) {
            throw new IllegalArgumentException("'" + code + "' has no minor units (it is not a currency money is paid in)");
        }
        return digits;
    }

    /** An amount in minor units as a decimal string with the currency's digits: 12345 RUB → {@code 123.45}. */
    public static String format(long minor, String code) {
        return BigDecimal.valueOf(minor, minorUnits(code)).toPlainString();
    }

    /**
     * The payment QR standard for a currency: {@link PaymentQrStandard#ST00012} for RUB,
     * {@link PaymentQrStandard#EPC069_12} for EUR, empty for every other currency (no QR code is offered
     * then, and the page should say so).
     */
    public static Optional<PaymentQrStandard> paymentQrStandard(String code) {
        for (PaymentQrStandard s : PaymentQrStandard.values()) {
            if (s.currency().equals(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static int digits(String code) {
        try {
            return Currency.getInstance(code).getDefaultFractionDigits();
        } catch (IllegalArgumentException e) {
            return -2;
        }
    }
}
