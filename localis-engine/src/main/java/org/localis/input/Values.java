package org.localis.input;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;

/** Parsing and checking of the value types the input formats share, with messages people can act on. */
public final class Values {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private Values() {
    }

    /**
     * A decimal, or null (and an error) when it is not one; with {@code decimalComma} (a CSV file separated by
     * ';' or tabs, as Russian Excel saves it) also {@code 1234,56} and {@code 1 234,56}.
     */
    public static BigDecimal decimal(String text, boolean decimalComma, ErrorCollector errors, int line, String field) {
        if (decimalComma && text.indexOf(',') >= 0 && text.indexOf('.') < 0) {
            String t = text.replaceAll("(?<=\\d)[ \u00A0\u202F](?=\\d{3}(\\D|$))", "");
            if (t.indexOf(',') == t.lastIndexOf(',')) {
                t = t.replace(',', '.');
                if (isPlainDecimal(t)) {
                    return new BigDecimal(t);
                }
            }
            errors.add(line, field, "'" + text + "' is not a number (use digits with ',' or '.' as the decimal"
                    + " point, e.g. 1234,56)");
            return null;
        }
        return decimal(text, errors, line, field);
    }

    /** A decimal with '.' as the point, or null (and an error) when it is not one. */
    public static BigDecimal decimal(String text, ErrorCollector errors, int line, String field) {
        if (text.isEmpty()) {
            errors.add(line, field, "a number is required");
            return null;
        }
        BigDecimal fast = fastDecimal(text);
        if (fast != null) {
            return fast;
        }
        if (!isPlainDecimal(text)) {
            errors.add(line, field, "'" + text + "' is not a number (use digits with '.' as the decimal point, e.g. 1234.56)");
            return null;
        }
        return new BigDecimal(text);
    }

    /**
     * The common case without the cost of {@code new BigDecimal(String)}: what {@link #packedDecimal} reads (unsigned
     * digits with at most one '.', up to 17 digits). Null for anything else (the caller then takes the slow path).
     */
    static BigDecimal fastDecimal(String s) {
        long p = packedDecimal(s);
        return p < 0 ? null : BigDecimal.valueOf(p >>> PACKED_SCALE_BITS, (int) (p & ((1 << PACKED_SCALE_BITS) - 1)));
    }

    /** The scale's bits in a {@link #packedDecimal}. */
    public static final int PACKED_SCALE_BITS = 5;

    /**
     * The common case of {@link #fastDecimal} without any object: unsigned digits with at most one '.', up to 17
     * digits, as {@code unscaled << PACKED_SCALE_BITS | scale} (so {@code BigDecimal.valueOf(p >>> 5, p & 31)});
     * -1 for anything else (the caller then reads the text as {@link #decimal} does).
     */
    public static long packedDecimal(String s) {
        int n = s.length();
        if (n == 0 || n > 18) {
            return -1;
        }
        long unscaled = 0;
        int scale = -1;
        int digits = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                unscaled = unscaled * 10 + (c - '0');
                digits++;
                if (scale >= 0) {
                    scale++;
                }
            } else if (c == '.' && scale < 0) {
                scale = 0;
            } else {
                return -1;
            }
        }
        if (digits == 0 || digits > 17) {
            return -1;
        }
        return unscaled << PACKED_SCALE_BITS | Math.max(scale, 0);
    }

    /**
     * {@link #packedDecimal(String)} of the ASCII bytes {@code b[s, s + n)} (the same rules, read from a file's bytes
     * without a string: {@link CsvByteReader}).
     */
    static long packedDecimal(byte[] b, int s, int n) {
        if (n == 0 || n > 18) {
            return -1;
        }
        long unscaled = 0;
        int scale = -1;
        int digits = 0;
        for (int i = s; i < s + n; i++) {
            int c = b[i];
            if (c >= '0' && c <= '9') {
                unscaled = unscaled * 10 + (c - '0');
                digits++;
                if (scale >= 0) {
                    scale++;
                }
            } else if (c == '.' && scale < 0) {
                scale = 0;
            } else {
                return -1;
            }
        }
        if (digits == 0 || digits > 17) {
            return -1;
        }
        return unscaled << PACKED_SCALE_BITS | Math.max(scale, 0);
    }

    /** The unscaled value of a {@link #packedDecimal}. */
    public static long packedUnscaled(long packed) {
        return packed >>> PACKED_SCALE_BITS;
    }

    /** The scale of a {@link #packedDecimal}. */
    public static int packedScale(long packed) {
        return (int) (packed & ((1 << PACKED_SCALE_BITS) - 1));
    }

    /** Digits with an optional sign and at most one '.', as the formats define numbers. */
    public static boolean isPlainDecimal(String s) {
        int n = s.length();
        int i = 0;
        if (n == 0) {
            return false;
        }
        if (s.charAt(0) == '-' || s.charAt(0) == '+') {
            i = 1;
        }
        boolean digits = false;
        boolean point = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = true;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return false;
            }
        }
        return digits && n <= 40;
    }

    public static boolean isCountry(String code) {
        return code.length() == 2 && COUNTRIES.contains(code);
    }

    /** An ISO 3166-1 alpha-2 code upper-cased, or null with an error. */
    public static String country(String text, ErrorCollector errors, int line, String field) {
        String code = text.toUpperCase(Locale.ROOT);
        if (!isCountry(code)) {
            String hint = "UK".equals(code) ? " (the ISO code of the United Kingdom is GB)" : "";
            errors.add(line, field, "'" + text + "' is not an ISO 3166-1 alpha-2 country code" + hint);
            return null;
        }
        return code;
    }

    public static boolean isCurrency(String code) {
        if (code.length() != 3) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** An ISO 4217 code upper-cased, or null with an error. */
    public static String currency(String text, ErrorCollector errors, int line, String field) {
        String code = text.toUpperCase(Locale.ROOT);
        if (!isCurrency(code)) {
            errors.add(line, field, "'" + text + "' is not an ISO 4217 currency code");
            return null;
        }
        return code;
    }

    /** yes/no (also true/false, y/n, 1/0, and Russian да/нет, д/н), or null with an error. */
    public static Boolean yesNo(String text, ErrorCollector errors, int line, String field) {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1", "да", "д" -> {
                return Boolean.TRUE;
            }
            case "no", "n", "false", "0", "нет", "н" -> {
                return Boolean.FALSE;
            }
            default -> {
                errors.add(line, field, text.isEmpty() ? "yes or no is required" : "'" + text + "' is not yes or no");
                return null;
            }
        }
    }

    /** An ISO date (YYYY-MM-DD), or null with an error. */
    public static LocalDate date(String text, ErrorCollector errors, int line, String field) {
        if (text.isEmpty()) {
            errors.add(line, field, "a date (YYYY-MM-DD) is required");
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(line, field, "'" + text + "' is not a date in the form YYYY-MM-DD");
            return null;
        }
    }
}
