package org.localis.assessment;

import java.math.BigDecimal;

import org.localis.bom.DecimalColumn;

/**
 * A running exact sum of products, {@code sum = sum.add(q.multiply(v))} from {@link BigDecimal#ZERO}, kept as an
 * unscaled {@code long} and a scale while it fits (no object per step), and as a {@link BigDecimal} from the first
 * step that would overflow. The result is the {@code BigDecimal} that chain gives, scale included: a product's
 * scale is the sum of its factors' scales, a sum's the larger of its terms'.
 */
final class ExactSum {

    static final int MAX_SCALE = DecimalColumn.MAX_SCALE;

    private static final long[] POWERS_OF_TEN = new long[19];

    static {
        long p = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = p;
            p *= 10;
        }
    }

    private long unscaled;
    private int scale;
    private BigDecimal wide; // non-null once the sum no longer fits a long

    /** Back to {@code BigDecimal.ZERO} (scale 0). */
    void clear() {
        unscaled = 0;
        scale = 0;
        wide = null;
    }

    /** Becomes the same sum as {@code other}. */
    void copy(ExactSum other) {
        unscaled = other.unscaled;
        scale = other.scale;
        wide = other.wide;
    }

    /** Becomes {@code column[i]} (as a sum, it goes on from that value and scale). */
    void load(DecimalColumn column, int i) {
        if (column.fits(i)) {
            unscaled = column.unscaled(i);
            scale = column.scale(i);
            wide = null;
        } else {
            wide = column.get(i);
        }
    }

    /** Becomes the product {@code (qu × 10^-qs) × (vu × 10^-vs)} itself, as {@code BigDecimal.multiply} gives it. */
    void setProduct(long qu, int qs, long vu, int vs) {
        long ps = (long) qs + vs;
        if (Math.abs(ps) <= MAX_SCALE) {
            long hi = Math.multiplyHigh(qu, vu);
            long lo = qu * vu;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                unscaled = lo;
                scale = (int) ps;
                wide = null;
                return;
            }
        }
        wide = BigDecimal.valueOf(qu, qs).multiply(BigDecimal.valueOf(vu, vs));
    }

    /** Becomes this value times {@code column[i]}, as {@code BigDecimal.multiply} gives it. */
    void multiply(DecimalColumn column, int i) {
        if (wide == null && column.fits(i)) {
            setProduct(unscaled, scale, column.unscaled(i), column.scale(i));
        } else {
            wide = toBigDecimal().multiply(column.get(i));
        }
    }

    /** The numeric order of two sums (scales aside), as {@code BigDecimal.compareTo}. */
    static int compare(ExactSum a, ExactSum b) {
        if (a.wide == null && b.wide == null) {
            if (a.scale == b.scale) {
                return Long.compare(a.unscaled, b.unscaled);
            }
            long x = a.unscaled;
            long y = b.unscaled;
            if (a.scale < b.scale) {
                x = raise(x, b.scale - a.scale);
            } else {
                y = raise(y, a.scale - b.scale);
            }
            if (x != Long.MIN_VALUE && y != Long.MIN_VALUE) {
                return Long.compare(x, y);
            }
        }
        return a.toBigDecimal().compareTo(b.toBigDecimal());
    }

    /** Adds {@code (qu × 10^-qs) × (vu × 10^-vs)}. */
    void addProduct(long qu, int qs, long vu, int vs) {
        if (wide == null) {
            long ps = (long) qs + vs;
            if (Math.abs(ps) <= MAX_SCALE) {
                long pu = Math.multiplyHigh(qu, vu);
                long lo = qu * vu;
                if ((pu == 0 && lo >= 0) || (pu == -1 && lo < 0)) { // the product fits a long
                    if (add(lo, (int) ps)) {
                        return;
                    }
                }
            }
            wide = toBigDecimal();
        }
        wide = wide.add(BigDecimal.valueOf(qu, qs).multiply(BigDecimal.valueOf(vu, vs)));
    }

    /** Adds {@code q × v}, exactly as {@code BigDecimal} would. */
    void addProduct(BigDecimal q, BigDecimal v) {
        wide = toBigDecimal().add(q.multiply(v));
    }

    /** Adds {@code u × 10^-s}; false (and nothing added) when the sum would not fit. */
    private boolean add(long u, int s) {
        long a = unscaled;
        long b = u;
        int to = Math.max(scale, s);
        if (scale < to) {
            a = raise(a, to - scale);
        } else if (s < to) {
            b = raise(b, to - s);
        }
        if (a == Long.MIN_VALUE || b == Long.MIN_VALUE) {
            return false;
        }
        long sum = a + b;
        if (((a ^ sum) & (b ^ sum)) < 0) { // overflow
            return false;
        }
        unscaled = sum;
        scale = to;
        return true;
    }

    /** {@code u × 10^k}, or {@code Long.MIN_VALUE} when it does not fit (the sentinel is never a valid term). */
    static long raise(long u, int k) {
        if (u == 0) {
            return 0;
        }
        if (k >= POWERS_OF_TEN.length) {
            return Long.MIN_VALUE;
        }
        long p = POWERS_OF_TEN[k];
        long hi = Math.multiplyHigh(u, p);
        long lo = u * p;
        return (hi == 0 && lo >= 0) || (hi == -1 && lo < 0) ? lo : Long.MIN_VALUE;
    }

    /** Sets {@code column[i]} to this sum. */
    void storeIn(DecimalColumn column, int i) {
        if (wide == null) {
            column.set(i, unscaled, scale);
        } else {
            column.set(i, wide);
        }
    }

    /** Whether the sum is still a long (then {@link #unscaled()} and {@link #scale()} hold it). */
    boolean fits() {
        return wide == null;
    }

    long unscaled() {
        return unscaled;
    }

    int scale() {
        return scale;
    }

    int signum() {
        return wide != null ? wide.signum() : Long.signum(unscaled);
    }

    BigDecimal toBigDecimal() {
        return wide != null ? wide : BigDecimal.valueOf(unscaled, scale);
    }
}
