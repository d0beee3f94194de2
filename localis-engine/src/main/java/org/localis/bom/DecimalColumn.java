package org.localis.bom;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

/**
 * Exact decimals by index, each held as an unscaled {@code long} and a scale (the value unscaled × 10^-scale, as a
 * {@code BigDecimal} holds a small value), and as the {@link BigDecimal} itself where it does not fit (an unscaled
 * value beyond a long, a scale beyond ±{@value #MAX_SCALE}). A million amounts are then two arrays rather than a
 * million objects; {@link #get} gives back the very value that was set, scale included.
 *
 * <p>A column {@link #freeze() frozen} by its owner (a {@link Bom}'s) refuses changes; {@link #copy()} one to
 * change it.
 */
public final class DecimalColumn {

    /** The largest scale (either sign) held as a long; a {@code byte} each. */
    public static final int MAX_SCALE = Byte.MAX_VALUE;

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private long[] unscaled;
    private byte[] scale;
    private BigDecimal[] wide; // made when a first value does not fit; non-null at the indexes that do not
    private int size;
    private boolean frozen;

    /** A column of {@code size} zeros (scale 0). */
    public DecimalColumn(int size) {
        unscaled = new long[size];
        scale = new byte[size];
        this.size = size;
    }

    /** An empty column to {@link #add} to. */
    public static DecimalColumn growing(int capacity) {
        DecimalColumn c = new DecimalColumn(Math.max(capacity, 16));
        c.size = 0;
        return c;
    }

    /** The values of {@code amounts}, in order. */
    public static DecimalColumn of(List<BigDecimal> amounts) {
        DecimalColumn c = new DecimalColumn(amounts.size());
        for (int i = 0; i < amounts.size(); i++) {
            c.set(i, amounts.get(i));
        }
        return c;
    }

    /** Refuses every change from now on (the column is shared as it is). */
    public DecimalColumn freeze() {
        frozen = true;
        return this;
    }

    /** A column of the same values that can be changed without changing this one. */
    public DecimalColumn copy() {
        DecimalColumn c = new DecimalColumn(0);
        c.unscaled = Arrays.copyOf(unscaled, size);
        c.scale = Arrays.copyOf(scale, size);
        c.wide = wide == null ? null : Arrays.copyOf(wide, size);
        c.size = size;
        return c;
    }

    /** Appends {@code u × 10^-s}. */
    public void add(long u, int s) {
        grow();
        size++;
        set(size - 1, u, s);
    }

    /** Appends {@code v}. */
    public void add(BigDecimal v) {
        grow();
        size++;
        set(size - 1, v);
    }

    /** Appends the values of {@code from}, in order. */
    public void addAll(DecimalColumn from) {
        if (frozen) {
            throw new IllegalStateException("a frozen column does not change");
        }
        int n = from.size;
        if (size + n > unscaled.length) {
            int cap = Math.max(size + n, 16);
            unscaled = Arrays.copyOf(unscaled, cap);
            scale = Arrays.copyOf(scale, cap);
            if (wide != null) {
                wide = Arrays.copyOf(wide, cap);
            }
        }
        System.arraycopy(from.unscaled, 0, unscaled, size, n);
        System.arraycopy(from.scale, 0, scale, size, n);
        if (from.wide != null) {
            if (wide == null) {
                wide = new BigDecimal[unscaled.length];
            }
            System.arraycopy(from.wide, 0, wide, size, n);
        } else if (wide != null) {
            Arrays.fill(wide, size, size + n, null);
        }
        size += n;
    }

    private void grow() {
        if (size == unscaled.length) {
            int cap = Math.max(16, unscaled.length * 2);
            unscaled = Arrays.copyOf(unscaled, cap);
            scale = Arrays.copyOf(scale, cap);
            if (wide != null) {
                wide = Arrays.copyOf(wide, cap);
            }
        }
    }

    /** Sets {@code [i]} to {@code u × 10^-s}. */
    public void set(int i, long u, int s) {
        if (frozen) {
            throw new IllegalStateException("a frozen column does not change");
        }
        if (s < -MAX_SCALE || s > MAX_SCALE) {
            setWide(i, BigDecimal.valueOf(u, s));
            return;
        }
        unscaled[i] = u;
        scale[i] = (byte) s;
        if (wide != null) {
            wide[i] = null;
        }
    }

    public void set(int i, BigDecimal v) {
        int s = v.scale();
        if (s >= -MAX_SCALE && s <= MAX_SCALE) {
            if (s == 0 && v.precision() < 19) { // an integer below 10^18: no BigInteger made to read it
                set(i, v.longValue(), 0);
                return;
            }
            BigInteger u = v.unscaledValue();
            if (u.compareTo(LONG_MIN) >= 0 && u.compareTo(LONG_MAX) <= 0) {
                set(i, u.longValue(), s);
                return;
            }
        }
        setWide(i, v);
    }

    private void setWide(int i, BigDecimal v) {
        if (frozen) {
            throw new IllegalStateException("a frozen column does not change");
        }
        if (wide == null) {
            wide = new BigDecimal[unscaled.length];
        }
        wide[i] = v;
    }

    /** Sets {@code this[i]} to {@code from[j]}. */
    public void copy(int i, DecimalColumn from, int j) {
        if (from.fits(j)) {
            set(i, from.unscaled[j], from.scale[j]);
        } else {
            set(i, from.wide[j]);
        }
    }

    /** Whether the value at {@code i} is an unscaled long and a scale (else only {@link #get} has it). */
    public boolean fits(int i) {
        return wide == null || wide[i] == null;
    }

    public long unscaled(int i) {
        return unscaled[i];
    }

    public int scale(int i) {
        return scale[i];
    }

    public int signum(int i) {
        return fits(i) ? Long.signum(unscaled[i]) : wide[i].signum();
    }

    public BigDecimal get(int i) {
        return fits(i) ? BigDecimal.valueOf(unscaled[i], scale[i]) : wide[i];
    }

    public int size() {
        return size;
    }
}
