package org.localis.fleet;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * A tire designation as moulded on the sidewall, printed on a vehicle's tire placard or written in a price
 * list, e.g. {@code 205/55 R16 91V}, {@code 225/70 R15 C 112/110 R}, {@code LT 225/75 R16 115/112 Q},
 * {@code 315/80 R22.5 156/150 L}, {@code 275/35 ZR19 (100Y) XL}, {@code 12.00 R20 154/150 K},
 * {@code 9.00-20}, {@code 31x10.50 R15 LT 109 Q}.
 *
 * <p>{@link #parse(String)} accepts the spellings of {@link TireSizeParser} (any spacing and case, Latin or
 * Cyrillic letters, the C or LT mark before or after the rim, markings after the service description);
 * {@link #canonical()} writes one spelling that parses back to an equal value, used to match a fleet's need
 * with suppliers' offers.
 *
 * @param sizing          how the size is given: metric, inch, flotation
 * @param passenger       {@code P} prefix: US passenger standard (kept for display; not part of {@link #sizeKey()})
 * @param highLoad        {@code HL} prefix: ETRTO high-load passenger tire (HL 275/35 R22 107Y), which carries a
 *                        higher load index than the XL tire of the same size (kept for display; not part of
 *                        {@link #sizeKey()}: the load index already says what it carries)
 * @param lightTruck      {@code LT} prefix or suffix: US light-truck standard
 * @param overallDiameter flotation sizes only: the overall diameter in inches (31 in 31x10.50R15), else null
 * @param width           section width: mm for metric sizes (a whole number), inches for inch and flotation sizes
 *                        (as written: 12.00 and 12 are different sizes)
 * @param aspect          aspect ratio in percent, or null when the designation has none (185 R14, 11 R22.5)
 * @param construction    R, D or B
 * @param zr              {@code ZR} instead of R: a radial tire for more than 240 km/h
 * @param rim             rim (bead seat) diameter in inches, whole or a half (17.5); without trailing zeros
 * @param commercial      {@code C} after the rim: European commercial (van) tire
 * @param loadIndex       load index for single mounting, 0..279, or null when the designation has no service
 *                        description
 * @param dualLoadIndex   load index for twin (dual) mounting, not above the single one, or null
 * @param speed           speed symbol, or null
 * @param plyRating       ply rating ({@code 8PR}), or null
 * @param reinforced      {@code XL} / reinforced / extra load
 * @param runFlat         run-flat (RunFlat, RFT, ROF, ZP, SSR, ... or the F of ZRF)
 * @param winter          {@code M+S} or {@code 3PMSF}, or null
 * @param studded         studded (шип.)
 */
public record TireSize(Sizing sizing, boolean passenger, boolean highLoad, boolean lightTruck, BigDecimal overallDiameter,
                       BigDecimal width, Integer aspect, Construction construction, boolean zr, BigDecimal rim,
                       boolean commercial, Integer loadIndex, Integer dualLoadIndex, SpeedSymbol speed,
                       Integer plyRating, boolean reinforced, boolean runFlat, WinterMark winter, boolean studded) {

    /** The smallest and largest rim diameters accepted, in inches. */
    public static final int MIN_RIM = 8;
    public static final int MAX_RIM = 30;

    /** @throws IllegalArgumentException with a message naming the wrong part */
    public TireSize {
        Objects.requireNonNull(sizing, "sizing");
        Objects.requireNonNull(width, "width");
        Objects.requireNonNull(construction, "construction");
        Objects.requireNonNull(rim, "rim");
        rim = normalize(rim);
        String problem = TireSizeRules.problem(new TireSizeRules.Parts(sizing, passenger, highLoad, lightTruck,
                overallDiameter, width, aspect, construction, zr, rim, commercial, loadIndex, dualLoadIndex, speed, plyRating));
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** A size without the {@code HL} prefix (the form of every size but the ETRTO high-load ones). */
    public TireSize(Sizing sizing, boolean passenger, boolean lightTruck, BigDecimal overallDiameter, BigDecimal width,
                    Integer aspect, Construction construction, boolean zr, BigDecimal rim, boolean commercial,
                    Integer loadIndex, Integer dualLoadIndex, SpeedSymbol speed, Integer plyRating, boolean reinforced,
                    boolean runFlat, WinterMark winter, boolean studded) {
        this(sizing, passenger, false, lightTruck, overallDiameter, width, aspect, construction, zr, rim, commercial,
                loadIndex, dualLoadIndex, speed, plyRating, reinforced, runFlat, winter, studded);
    }

    /**
     * A metric size with a full service description and no markings: {@code 205/55 R16 91V}.
     *
     * @throws IllegalArgumentException when a part is out of its range
     */
    public static TireSize metric(int width, int aspect, BigDecimal rim, boolean commercial, int loadIndex,
                                  Integer dualLoadIndex, SpeedSymbol speed) {
        return new TireSize(Sizing.METRIC, false, false, null, BigDecimal.valueOf(width), aspect, Construction.R,
                false, rim, commercial, loadIndex, dualLoadIndex, speed, null, false, false, null, false);
    }

    /**
     * Parses a designation (markings that mean nothing for matching, such as TL or a model name, are dropped:
     * {@link #read(String)} says which).
     *
     * @throws IllegalArgumentException with a message a person can act on, of the form
     *                                  {@code '<text>': <what is wrong>}
     */
    public static TireSize parse(String text) {
        return TireSizeParser.parse(text).size();
    }

    /** Parses a designation and says what was ignored in it. */
    public static TireDesignation read(String text) {
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

    /**
     * Whether the designation gives its service description (a load index and a speed symbol), as a supplier's
     * offer should: {@code 12.00 R20} is a size, {@code 12.00 R20 154/150 K} a tire one can buy against a need.
     */
    public boolean hasServiceDescription() {
        return loadIndex != null && speed != null;
    }

    /** Whether this tire carries a dual (twin-mounting) load index. */
    public boolean hasDualLoadIndex() {
        return dualLoadIndex != null;
    }

    /** The rim diameter as written: {@code 16}, {@code 17.5}. */
    public String rimText() {
        return rim.toPlainString();
    }

    /** The section width as written: {@code 205}, {@code 12.00}, {@code 10.50}. */
    public String widthText() {
        return width.toPlainString();
    }

    /** The load per tire at single mounting, in kilograms (from {@link LoadIndex}), or null without a load index. */
    public BigDecimal singleLoadKg() {
        return loadIndex == null ? null : LoadIndex.kilograms(loadIndex);
    }

    /**
     * The speed symbol the tire is rated for: {@link #speed()}, or for a ZR tire without one at least V (ZR
     * means above 240 km/h), or null.
     */
    public SpeedSymbol ratedSpeed() {
        if (speed != null) {
            return speed;
        }
        return zr ? SpeedSymbol.V : null;
    }

    /**
     * The designation in one spelling: {@code 205/55 R16 91V}, {@code P215/65 R16 98H},
     * {@code 225/70 R15 C 112/110 R}, {@code LT 225/75 R16 115/112 Q}, {@code 225/45 R17 94W XL},
     * {@code 315/80 R22.5 156/150 L}, {@code 275/35 ZR19 (100Y) XL RunFlat}, {@code 185 R14 C 102/100 Q 8PR},
     * {@code 9.00-20}, {@code 31x10.50 R15 LT 109 Q}, {@code 205/55 R16 94T XL M+S Studded},
     * {@code HL 275/35 R22 107Y}.
     */
    public String canonical() {
        StringBuilder b = new StringBuilder(48);
        b.append(size(true));
        if (loadIndex != null || speed != null) {
            b.append(' ').append(service());
        }
        if (plyRating != null) {
            b.append(' ').append(plyRating).append("PR");
        }
        if (reinforced) {
            b.append(" XL");
        }
        if (runFlat) {
            b.append(" RunFlat");
        }
        if (winter != null) {
            b.append(' ').append(winter.code());
        }
        if (studded) {
            b.append(" Studded");
        }
        return b.toString();
    }

    /** The service description as written in {@link #canonical()}: {@code 91V}, {@code 112/110 R}, {@code (100Y)}. */
    private String service() {
        if (loadIndex == null) {
            return speed.code();
        }
        StringBuilder b = new StringBuilder(12);
        b.append(loadIndex);
        if (dualLoadIndex != null) {
            b.append('/').append(dualLoadIndex);
        }
        if (speed == SpeedSymbol.Y_ABOVE) {
            return "(" + b + "Y)";
        }
        if (speed != null) {
            if (commercial || lightTruck || dualLoadIndex != null) {
                b.append(' ');
            }
            b.append(speed.code());
        }
        return b.toString();
    }

    /**
     * The size alone, with or without the P prefix and the ZR mark. {@code LT} is a prefix of metric sizes and a
     * suffix of inch and flotation sizes, as each is usually written.
     */
    private String size(boolean display) {
        StringBuilder b = new StringBuilder(24);
        if (sizing == Sizing.METRIC && lightTruck) {
            b.append("LT ");
        } else if (display && passenger) {
            b.append('P');
        } else if (display && highLoad) {
            b.append("HL ");
        }
        if (sizing == Sizing.FLOTATION) {
            b.append(overallDiameter.toPlainString()).append('x');
        }
        b.append(widthText());
        if (aspect != null) {
            b.append('/').append(aspect);
        }
        if (construction == Construction.D && sizing != Sizing.METRIC) {
            b.append('-');
        } else {
            b.append(' ').append(display && zr ? "ZR" : construction.name());
        }
        b.append(rimText());
        if (commercial) {
            b.append(" C");
        }
        if (sizing != Sizing.METRIC && lightTruck) {
            b.append(" LT");
        }
        return b.toString();
    }

    /**
     * The size for aggregating demand and matching offers: sizing, width, aspect, construction (ZR counts as R),
     * rim and the C or LT standard, without the service description and markings: {@code 225/70 R15 C},
     * {@code LT 225/75 R16}, {@code 205/55 R16}, {@code 315/80 R22.5}, {@code 12.00 R20}, {@code 9.00-20}.
     */
    public String sizeKey() {
        return size(false);
    }

    /**
     * Whether this tire may be fitted where {@code required} is specified: the same {@link #sizeKey()}, a single
     * load index at least the required one, a dual load index at least the required one when one is required,
     * and a speed symbol at least as fast (a ZR tire without a speed symbol counts as V). What the requirement
     * leaves out is not checked. Reflexive and transitive.
     */
    public boolean satisfies(TireSize required) {
        if (!sizeKey().equals(required.sizeKey())) {
            return false;
        }
        if (required.loadIndex != null && (loadIndex == null || loadIndex < required.loadIndex)) {
            return false;
        }
        if (required.dualLoadIndex != null && (dualLoadIndex == null || dualLoadIndex < required.dualLoadIndex)) {
            return false;
        }
        SpeedSymbol need = required.ratedSpeed();
        if (need == null) {
            return true;
        }
        SpeedSymbol have = ratedSpeed();
        return have != null && have.atLeast(need);
    }

    /**
     * The strictest requirement of several sizes with one {@link #sizeKey()}: the highest single load index,
     * the highest dual load index (null when none has one), the fastest speed symbol, no markings. A tire that
     * satisfies it satisfies every one of them.
     *
     * @throws IllegalArgumentException when the sizes are empty or differ in size key
     */
    public static TireSize strictest(Collection<TireSize> sizes) {
        if (sizes.isEmpty()) {
            throw new IllegalArgumentException("no tire sizes");
        }
        TireSize first = sizes.iterator().next();
        String key = first.sizeKey();
        Integer load = null;
        Integer dual = null;
        SpeedSymbol speed = null;
        boolean allPassenger = true;
        boolean allHighLoad = true;
        for (TireSize t : sizes) {
            if (!t.sizeKey().equals(key)) {
                throw new IllegalArgumentException("sizes " + key + " and " + t.sizeKey() + " differ");
            }
            load = max(load, t.loadIndex());
            dual = max(dual, t.dualLoadIndex());
            SpeedSymbol s = t.ratedSpeed();
            if (s != null) {
                speed = speed == null ? s : SpeedSymbol.max(speed, s);
            }
            allPassenger &= t.passenger();
            allHighLoad &= t.highLoad();
        }
        if (load == null && dual != null) {
            load = dual;
        }
        if (dual != null && dual > load) {
            dual = load;
        }
        SpeedSymbol kept = load == null && speed != null && speed.compareTo(SpeedSymbol.J) < 0 ? null : speed;
        return new TireSize(first.sizing(), allPassenger, allHighLoad, first.lightTruck(), first.overallDiameter(), first.width(),
                first.aspect(), first.construction(), false, first.rim(), first.commercial(), load, dual, kept, null,
                false, false, null, false);
    }

    private static Integer max(Integer a, Integer b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Math.max(a, b);
    }

    @Override
    public String toString() {
        return canonical();
    }

    private static BigDecimal normalize(BigDecimal rim) {
        BigDecimal r = rim.stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0) : r;
    }
}
