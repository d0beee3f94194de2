package org.localis.app.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/**
 * An exact amount of one currency: whole minor units ({@code minor}) of an ISO 4217 {@code currency}. Arithmetic
 * is exact and refuses to mix currencies; never through double. The static helpers turn minor units to and from
 * what people type and read.
 */
public record Money(long minor, String currency) {

    /** What {@link #parseMoney} accepts once spaces are gone and a comma became a point (compiled once: it is on the pledge path). */
    private static final java.util.regex.Pattern AMOUNT = java.util.regex.Pattern.compile("\\d{1,12}(\\.\\d{1,4})?");

    public Money {
        if (!isCurrencyCode(currency)) {
            throw new IllegalArgumentException("a currency is a three-letter ISO 4217 code, got " + currency);
        }
        Currency.getInstance(currency);
    }

    /** Three capital Latin letters, the shape of an ISO 4217 code (checked without a regular expression: every amount passes here). */
    private static boolean isCurrencyCode(String c) {
        return c != null && c.length() == 3 && isCapital(c.charAt(0)) && isCapital(c.charAt(1)) && isCapital(c.charAt(2));
    }

    private static boolean isCapital(char ch) {
        return ch >= 'A' && ch <= 'Z';
    }

    public static Money of(long minor, String currency) {
        return new Money(minor, currency);
    }

    public static Money zero(String currency) {
        return new Money(0, currency);
    }

    /** Major units with at most the currency's decimals ("1250.50" RUB is 125050 minor); anything finer is refused. */
    public static Money ofMajor(BigDecimal major, String currency) {
        return new Money(major.movePointRight(minorDigits(currency)).setScale(0, RoundingMode.UNNECESSARY)
                .longValueExact(), currency);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(minor, sameCurrency(other).minor), currency);
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(minor, sameCurrency(other).minor), currency);
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(minor, factor), currency);
    }

    public Money negate() {
        return new Money(Math.negateExact(minor), currency);
    }

    public boolean isPositive() {
        return minor > 0;
    }

    public boolean isZero() {
        return minor == 0;
    }

    /** The amount in major units, with exactly the currency's minor digits. */
    public BigDecimal major() {
        return BigDecimal.valueOf(minor, minorDigits(currency));
    }

    /** "12 500.00 ₽"-style text in the given locale. */
    public String format(Locale locale) {
        return format(minor, currency, locale);
    }

    /** Major units as plain text ("1250.50"), without the currency. */
    public String plain() {
        return plain(minor, currency);
    }

    /** Whether the amount is in the given currency (ignoring case). */
    public boolean in(String otherCurrency) {
        return currency.equalsIgnoreCase(otherCurrency);
    }

    private Money sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot mix " + currency + " and " + other.currency);
        }
        return other;
    }

    @Override
    public String toString() {
        return plain() + " " + currency;
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
        return parseMoney(text, currency).map(Money::minor);
    }

    /** {@link #parse(String, String)} as an amount of the currency. */
    public static Optional<Money> parseMoney(String text, String currency) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().replace("\u00a0", "").replace(" ", "").replace(',', '.');
        if (!AMOUNT.matcher(t).matches()) {
            return Optional.empty();
        }
        BigDecimal v = new BigDecimal(t);
        int digits = minorDigits(currency);
        if (v.stripTrailingZeros().scale() > digits) {
            return Optional.empty();
        }
        long minor = v.movePointRight(digits).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
        return minor > 0 ? Optional.of(new Money(minor, currency)) : Optional.empty();
    }

    /** "12 500.00 RUB"-style text with grouping, in the given locale. */
    public static String format(long minor, String currency, Locale locale) {
        int digits = minorDigits(currency);
        BigDecimal v = BigDecimal.valueOf(minor, digits);
        DecimalFormat f = new DecimalFormat(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits),
                DecimalFormatSymbols.getInstance(locale == null ? Locale.ENGLISH : locale));
        return f.format(v) + "\u00a0" + symbol(currency);
    }

    /** The sign a reader knows for a currency (₽, €), or its ISO 4217 code where there is none in common use. */
    public static String symbol(String currency) {
        return switch (currency) {
            case "RUB" -> "₽";
            case "EUR" -> "€";
            default -> currency;
        };
    }

    /** Major units as plain text for forms and CSV ("1250.50"). */
    public static String plain(long minor, String currency) {
        return BigDecimal.valueOf(minor, minorDigits(currency)).toPlainString();
    }
}
