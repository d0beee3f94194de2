package org.localis.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Exact arithmetic helpers of this package: 34 significant digits for quotients, cents half-up for money. */
final class Money {

    static final MathContext MC = MathContext.DECIMAL128;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Money() {
    }

    /** Rounded to cents, half-up (the regulations' examples print money in cents). */
    static BigDecimal cents(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    /** {@code v} rounded half-up to {@code scale} places, or unchanged when {@code scale} is null (exact). */
    static BigDecimal round(BigDecimal v, Integer scale) {
        return scale == null ? v : v.setScale(scale, RoundingMode.HALF_UP);
    }

    static BigDecimal divide(BigDecimal a, BigDecimal b) {
        return a.divide(b, MC);
    }

    /** A plain rendering without exponent and without trailing zeros beyond cents. */
    static String show(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() < 2) {
            s = s.setScale(2);
        }
        return s.toPlainString();
    }

    /** A ratio or rate rendered as it is (trailing zeros stripped). */
    static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
    }
}
