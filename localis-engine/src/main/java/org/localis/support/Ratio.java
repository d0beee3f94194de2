package org.localis.support;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact non-negative rational number {@code num / den} (den &gt; 0, kept in lowest terms). The allocator
 * computes every share with these so that floors, remainders and comparisons are exact: a share of
 * 1/3 of a rouble is 1/3, not 0.333... rounded somewhere, and two equal remainders compare equal.
 */
record Ratio(BigInteger num, BigInteger den) implements Comparable<Ratio> {

    static final Ratio ZERO = new Ratio(BigInteger.ZERO, BigInteger.ONE);

    Ratio {
        if (den.signum() <= 0) {
            throw new IllegalArgumentException("denominator must be positive");
        }
        if (num.signum() < 0) {
            throw new IllegalArgumentException("ratio must not be negative");
        }
        BigInteger g = num.gcd(den);
        if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
            num = num.divide(g);
            den = den.divide(g);
        }
        if (num.signum() == 0) {
            den = BigInteger.ONE;
        }
    }

    static Ratio of(BigInteger n) {
        return new Ratio(n, BigInteger.ONE);
    }

    static Ratio of(BigDecimal d) {
        if (d.scale() <= 0) {
            return of(d.toBigIntegerExact());
        }
        return new Ratio(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
    }

    Ratio plus(Ratio o) {
        return new Ratio(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    Ratio times(Ratio o) {
        return new Ratio(num.multiply(o.num), den.multiply(o.den));
    }

    /** {@code this / o}; o must not be zero. */
    Ratio over(Ratio o) {
        if (o.num.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        return new Ratio(num.multiply(o.den), den.multiply(o.num));
    }

    boolean isZero() {
        return num.signum() == 0;
    }

    /** The largest integer not above this value. */
    BigInteger floor() {
        return num.divide(den);
    }

    /** {@code this - floor()}, in [0, 1). */
    Ratio fraction() {
        return new Ratio(num.mod(den), den);
    }

    boolean isInteger() {
        return den.equals(BigInteger.ONE);
    }

    /** For display only: the value rounded half-even to {@code scale} decimals. */
    BigDecimal toDecimal(int scale) {
        return new BigDecimal(num).divide(new BigDecimal(den), scale, RoundingMode.HALF_EVEN);
    }

    @Override
    public int compareTo(Ratio o) {
        return num.multiply(o.den).compareTo(o.num.multiply(den));
    }
}
