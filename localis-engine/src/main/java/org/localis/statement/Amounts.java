package org.localis.statement;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

import org.localis.input.ErrorCollector;

/** Conversion of statement amounts to exact minor units (kopecks, cents), with the formats' rules. */
final class Amounts {

    /** ISO 20022 {@code ActiveOrHistoricCurrencyAndAmount}: fractionDigits 5, totalDigits 18. */
    static final int CAMT_FRACTION_DIGITS = 5;
    static final int CAMT_TOTAL_DIGITS = 18;

    /**
     * Largest total of the amounts of one statement's entries, in minor units (10^18). Every sum made of them,
     * by a reader (opening + credits − debits) or by a consumer ({@link BankStatement#bookedMovementMinor()}),
     * then fits a {@code long}.
     */
    static final long MAX_TOTAL_MINOR = 1_000_000_000_000_000_000L;

    private Amounts() {
    }

    /** Whether these non-negative amounts add up to at most {@link #MAX_TOTAL_MINOR}. */
    static boolean totalFits(Iterable<Long> amounts) {
        long sum = 0;
        for (long a : amounts) {
            if (a > MAX_TOTAL_MINOR - sum) {
                return false;
            }
            sum += a;
        }
        return true;
    }

    /** The error message for a statement whose entries add up to more than {@link #MAX_TOTAL_MINOR}. */
    static String totalTooLarge() {
        return "the amounts of the statement's entries add up to more than " + MAX_TOTAL_MINOR
                + " minor units (cents, kopecks); the file cannot be a real statement";
    }

    /**
     * The minor units of an ISO 4217 code (RUB, EUR: 2; JPY: 0), or -1 with an error when the code is
     * not a currency with minor units.
     */
    static int minorDigits(String code, ErrorCollector errors, int line, String field) {
        if (code == null || code.isEmpty()) {
            errors.add(line, field, "a currency code (ISO 4217) is required");
            return -1;
        }
        if (code.length() != 3 || !code.equals(code.toUpperCase(Locale.ROOT))) {
            errors.add(line, field, "'" + code + "' is not an ISO 4217 currency code");
            return -1;
        }
        try {
            int digits = Currency.getInstance(code).getDefaultFractionDigits();
            if (digits < 0) {
                errors.add(line, field, "'" + code + "' is not a currency with minor units");
            }
            return digits;
        } catch (IllegalArgumentException e) {
            errors.add(line, field, "'" + code + "' is not an ISO 4217 currency code");
            return -1;
        }
    }

    /**
     * A camt.053 amount ({@code 123.45}, up to 5 decimals, no sign: the sign is in {@code CdtDbtInd}) in
     * minor units of {@code minorDigits}; decimals beyond the minor units must be zeros ({@code 8.850} is
     * 885 cents, {@code 8.855} is an error). Null with an error when it is not such an amount.
     */
    static Long camt(String text, int minorDigits, String currency, ErrorCollector errors, int line, String field) {
        if (text == null || text.isEmpty()) {
            errors.add(line, field, "an amount is required");
            return null;
        }
        int point = text.indexOf('.');
        String whole = point < 0 ? text : text.substring(0, point);
        String fraction = point < 0 ? "" : text.substring(point + 1);
        if (!digits(whole) || (point >= 0 && !digits(fraction))) {
            String sign = text.startsWith("-") ? " (amounts are never negative: the sign is given by CdtDbtInd)" : "";
            errors.add(line, field, "'" + text + "' is not an amount (digits with '.' as the decimal point)" + sign);
            return null;
        }
        if (fraction.length() > CAMT_FRACTION_DIGITS) {
            errors.add(line, field, "'" + text + "' has more than " + CAMT_FRACTION_DIGITS + " decimals");
            return null;
        }
        if (significant(whole) + fraction.length() > CAMT_TOTAL_DIGITS) {
            errors.add(line, field, "'" + text + "' has more than " + CAMT_TOTAL_DIGITS + " digits");
            return null;
        }
        return toMinor(text, fraction, minorDigits, currency, errors, line, field);
    }

    /**
     * A 1C amount in rubles: digits with an optional '.' and at most 2 decimals ({@code 700},
     * {@code 1052.98}); a leading '-' only when {@code signed} (balances). In kopecks, or null with an
     * error.
     */
    static Long rubles(String text, boolean signed, ErrorCollector errors, int line, String field) {
        if (text.isEmpty()) {
            errors.add(line, field, "an amount is required");
            return null;
        }
        String body = signed && text.startsWith("-") ? text.substring(1) : text;
        int point = body.indexOf('.');
        String whole = point < 0 ? body : body.substring(0, point);
        String fraction = point < 0 ? "" : body.substring(point + 1);
        if (!digits(whole) || (point >= 0 && !digits(fraction))) {
            String hint = body.indexOf(',') >= 0 ? " (use '.' as the decimal point)" : "";
            errors.add(line, field, "'" + text + "' is not an amount in rubles, e.g. 1052.98 or 700" + hint);
            return null;
        }
        if (fraction.length() > 2) {
            errors.add(line, field, "'" + text + "' has more than 2 decimals (kopecks)");
            return null;
        }
        if (significant(whole) > 15) {
            errors.add(line, field, "'" + text + "' is too large");
            return null;
        }
        return toMinor(text, fraction, 2, "RUB", errors, line, field);
    }

    private static Long toMinor(String text, String fraction, int minorDigits, String currency,
            ErrorCollector errors, int line, String field) {
        for (int i = minorDigits; i < fraction.length(); i++) {
            if (fraction.charAt(i) != '0') {
                errors.add(line, field, "'" + text + "' has more decimals than " + currency + " has minor units ("
                        + minorDigits + ")");
                return null;
            }
        }
        try {
            return new BigDecimal(text).movePointRight(minorDigits).setScale(0).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            errors.add(line, field, "'" + text + "' is out of range");
            return null;
        }
    }

    /** {@code minor} as a decimal string with {@code minorDigits} decimals, e.g. 885, 2 → {@code 8.85}. */
    static String format(long minor, int minorDigits) {
        return BigDecimal.valueOf(minor, minorDigits).toPlainString();
    }

    private static boolean digits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int significant(String whole) {
        int i = 0;
        while (i < whole.length() - 1 && whole.charAt(i) == '0') {
            i++;
        }
        return whole.length() - i;
    }
}
