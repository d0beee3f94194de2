package org.localis.fleet;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * A tire designation as moulded on the sidewall and printed on a vehicle's tire placard, e.g.
 * {@code 205/55 R16 91V}, {@code 225/70 R15 C 112/110 R} or {@code LT 225/75 R16 115/112 Q}.
 *
 * <p>{@link #parse(String)} accepts the usual spellings (with or without spaces, any case, {@code P} and
 * {@code LT} prefixes, a Cyrillic {@code С} for the commercial {@code C}, an {@code XL} / "reinforced"
 * suffix); {@link #canonical()} writes one spelling that parses back to an equal value.
 *
 * @param lightTruck    {@code LT} prefix: US light-truck standard
 * @param passenger     {@code P} prefix: US passenger standard (kept for display; not part of {@link #sizeKey()})
 * @param width         section width in mm, 125..455, a multiple of 5
 * @param aspect        aspect ratio in percent, 25..95, a multiple of 5
 * @param construction  R, D or B
 * @param rim           rim (bead seat) diameter in inches, 10..24, whole or a half (17.5); stored without
 *                      trailing zeros, so 16 and 16.0 are equal
 * @param commercial    {@code C} after the rim: European commercial (van) tire
 * @param loadIndex     load index for single mounting, 0..279
 * @param dualLoadIndex load index for twin (dual) mounting, or null; only on C or LT tires, and not above
 *                      the single index
 * @param speed         speed symbol
 * @param reinforced    {@code XL} / reinforced / extra load marking
 */
public record TireSize(boolean lightTruck, boolean passenger, int width, int aspect, Construction construction,
                       BigDecimal rim, boolean commercial, int loadIndex, Integer dualLoadIndex, SpeedSymbol speed,
                       boolean reinforced) {

    /** The smallest and largest rim diameters accepted, in inches. */
    public static final int MIN_RIM = 10;
    public static final int MAX_RIM = 24;

    /** @throws IllegalArgumentException with a message naming the wrong part */
    public TireSize {
        Objects.requireNonNull(construction, "construction");
        Objects.requireNonNull(rim, "rim");
        Objects.requireNonNull(speed, "speed");
        rim = normalize(rim);
        String problem = partsProblem(lightTruck, passenger, width, aspect, rim, commercial, loadIndex, dualLoadIndex);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /**
     * Parses a designation.
     *
     * @throws IllegalArgumentException with a message a person can act on, of the form
     *                                  {@code '<text>': <what is wrong>}
     */
    public static TireSize parse(String text) {
        return TireSizeParser.parse(text);
    }

    /** What is wrong with a designation ({@code '<text>': <what is wrong>}), or empty when it parses. */
    public static Optional<String> problem(String text) {
        try {
            parse(text);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Whether this tire carries a dual (twin-mounting) load index. */
    public boolean hasDualLoadIndex() {
        return dualLoadIndex != null;
    }

    /** The rim diameter as written: {@code 16}, {@code 17.5}. */
    public String rimText() {
        return rim.toPlainString();
    }

    /** The load per tire at single mounting, in kilograms (from {@link LoadIndex}). */
    public BigDecimal singleLoadKg() {
        return LoadIndex.kilograms(loadIndex);
    }

    /**
     * The designation in one spelling: {@code 205/55 R16 91V}, {@code P215/65 R16 98H},
     * {@code 225/70 R15 C 112/110 R}, {@code LT 225/75 R16 115/112 Q}, {@code 225/45 R17 94W XL}.
     */
    public String canonical() {
        StringBuilder b = new StringBuilder(32);
        if (lightTruck) {
            b.append("LT ");
        } else if (passenger) {
            b.append('P');
        }
        b.append(width).append('/').append(aspect).append(' ').append(construction.name()).append(rimText());
        if (commercial) {
            b.append(" C");
        }
        b.append(' ').append(loadIndex);
        if (dualLoadIndex != null) {
            b.append('/').append(dualLoadIndex);
        }
        if (commercial || lightTruck) {
            b.append(' ');
        }
        b.append(speed.name());
        if (reinforced) {
            b.append(" XL");
        }
        return b.toString();
    }

    /**
     * The size for aggregating demand: width, aspect, construction, rim and the C or LT standard, without the
     * service description: {@code 225/70 R15 C}, {@code LT 225/75 R16}, {@code 205/55 R16}.
     */
    public String sizeKey() {
        StringBuilder b = new StringBuilder(20);
        if (lightTruck) {
            b.append("LT ");
        }
        b.append(width).append('/').append(aspect).append(' ').append(construction.name()).append(rimText());
        if (commercial) {
            b.append(" C");
        }
        return b.toString();
    }

    /**
     * Whether this tire may be fitted where {@code required} is specified: the same {@link #sizeKey()}, a single
     * load index at least the required one, a dual load index at least the required one when one is required,
     * and a speed symbol at least as fast. Reflexive and transitive.
     */
    public boolean satisfies(TireSize required) {
        if (!sizeKey().equals(required.sizeKey())) {
            return false;
        }
        if (loadIndex < required.loadIndex) {
            return false;
        }
        if (required.dualLoadIndex != null && (dualLoadIndex == null || dualLoadIndex < required.dualLoadIndex)) {
            return false;
        }
        return speed.atLeast(required.speed);
    }

    /**
     * The strictest requirement of several sizes with one {@link #sizeKey()}: the highest single load index,
     * the highest dual load index (null when none has one), the fastest speed symbol. A tire that satisfies
     * it satisfies every one of them.
     *
     * @throws IllegalArgumentException when the sizes are empty or differ in size key
     */
    public static TireSize strictest(Collection<TireSize> sizes) {
        if (sizes.isEmpty()) {
            throw new IllegalArgumentException("no tire sizes");
        }
        TireSize first = sizes.iterator().next();
        String key = first.sizeKey();
        int load = 0;
        Integer dual = null;
        SpeedSymbol speed = first.speed();
        boolean allPassenger = true;
        for (TireSize t : sizes) {
            if (!t.sizeKey().equals(key)) {
                throw new IllegalArgumentException("sizes " + key + " and " + t.sizeKey() + " differ");
            }
            load = Math.max(load, t.loadIndex());
            if (t.dualLoadIndex() != null) {
                dual = dual == null ? t.dualLoadIndex() : Math.max(dual, t.dualLoadIndex());
            }
            speed = SpeedSymbol.max(speed, t.speed());
            allPassenger &= t.passenger();
        }
        return new TireSize(first.lightTruck(), allPassenger, first.width(), first.aspect(), first.construction(),
                first.rim(), first.commercial(), load, dual, speed, false);
    }

    @Override
    public String toString() {
        return canonical();
    }

    private static BigDecimal normalize(BigDecimal rim) {
        BigDecimal r = rim.stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0) : r;
    }

    /** The first thing wrong with the parts of a size, or null. */
    static String partsProblem(boolean lightTruck, boolean passenger, int width, int aspect, BigDecimal rim,
                          boolean commercial, int loadIndex, Integer dualLoadIndex) {
        if (lightTruck && passenger) {
            return "a size is either P (passenger) or LT (light truck), not both";
        }
        if (lightTruck && commercial) {
            return "a size is either LT (US light truck) or C (European commercial), not both";
        }
        if (width < 125 || width > 455) {
            return "section width " + width + " mm is outside 125..455 mm";
        }
        if (width % 5 != 0) {
            return "section width " + width + " mm is not a multiple of 5 mm";
        }
        if (aspect < 25 || aspect > 95) {
            return "aspect ratio " + aspect + " is outside 25..95";
        }
        if (aspect % 5 != 0) {
            return "aspect ratio " + aspect + " is not a multiple of 5";
        }
        if (rim.compareTo(BigDecimal.valueOf(MIN_RIM)) < 0 || rim.compareTo(BigDecimal.valueOf(MAX_RIM)) > 0) {
            return "rim diameter " + rim.toPlainString() + " inches is outside " + MIN_RIM + ".." + MAX_RIM;
        }
        if (rim.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() > 0) {
            return "rim diameter " + rim.toPlainString() + " is not whole inches or a half inch (such as 17.5)";
        }
        if (!LoadIndex.isValid(loadIndex)) {
            return "load index " + loadIndex + " is outside " + LoadIndex.MIN + ".." + LoadIndex.MAX;
        }
        if (dualLoadIndex != null) {
            if (!commercial && !lightTruck) {
                return "a dual (twin-mounting) load index " + loadIndex + "/" + dualLoadIndex
                        + " is only marked on C (commercial) or LT (light truck) tires";
            }
            if (!LoadIndex.isValid(dualLoadIndex)) {
                return "dual load index " + dualLoadIndex + " is outside " + LoadIndex.MIN + ".." + LoadIndex.MAX;
            }
            if (dualLoadIndex > loadIndex) {
                return "the dual (twin-mounting) load index " + dualLoadIndex + " is higher than the single one "
                        + loadIndex + "; write the single index first, e.g. " + dualLoadIndex + "/" + loadIndex;
            }
        }
        return null;
    }
}
