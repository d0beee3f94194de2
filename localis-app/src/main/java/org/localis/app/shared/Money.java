package org.localis.app.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/** Minor units to and from what people type and read. Never through double. */
public final class Money {

    private Money() {
    }

    public static int minorDigits(String currency) {
        int d = Currency.getInstance(currency).getDefaultFractionDigits();
        return Math.max(d, 0);
    }

    /**
     * Parses an amount a person typed ("1250", "1 250,50", "1250.5") into minor units; empty when it
     * is not a positive amount with at most the currency's decimals.
     */
    public static Optional<Long> parse(String text, String currency) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().replace("\u00a0", "").replace(" ", "").replace(',', '.');
        if (!t.matches("\\d{1,12}(\\.\\d{1,4})?")) {
            return Optional.empty();
        }
        BigDecimal v = new BigDecimal(t);
        int digits = minorDigits(currency);
        if (v.stripTrailingZeros().scale() > digits) {
            return Optional.empty();
        }
        long minor = v.movePointRight(digits).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
        return minor > 0 ? Optional.of(minor) : Optional.empty();
    }

    /** "12 500.00 RUB"-style text with grouping, in the given locale. */
    public static String format(long minor, String currency, Locale locale) {
        int digits = minorDigits(currency);
        BigDecimal v = BigDecimal.valueOf(minor, digits);
        DecimalFormat f = new DecimalFormat(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits),
                DecimalFormatSymbols.getInstance(locale == null ? Locale.ENGLISH : locale));
        String symbol = switch (currency) {
            case "RUB" -> "₽";
            case "EUR" -> "€";
            default -> currency;
        };
        return f.format(v) + "\u00a0" + symbol;
    }

    /** Major units as plain text for forms and CSV ("1250.50"). */
    public static String plain(long minor, String currency) {
        return BigDecimal.valueOf(minor, minorDigits(currency)).toPlainString();
    }
}
