package org.localis.fleet;

import java.math.BigDecimal;

/**
 * The ranges and combinations a tire size must respect, shared by {@link TireSize}'s constructor and the
 * parser (which reports them with the text). Each message names the wrong part.
 */
final class TireSizeRules {

    /** The parts of a size that the rules look at. */
    record Parts(Sizing sizing, boolean passenger, boolean highLoad, boolean lightTruck, BigDecimal overallDiameter, BigDecimal width,
                 Integer aspect, Construction construction, boolean zr, BigDecimal rim, boolean commercial,
                 Integer loadIndex, Integer dualLoadIndex, SpeedSymbol speed, Integer plyRating) {
    }

    static final int MIN_METRIC_WIDTH = 60;
    static final int MAX_METRIC_WIDTH = 495;
    static final int MIN_ASPECT = 20;
    static final int MAX_ASPECT = 100;
    static final BigDecimal MIN_INCH_WIDTH = BigDecimal.valueOf(4);
    static final BigDecimal MAX_INCH_WIDTH = BigDecimal.valueOf(24);
    static final BigDecimal MIN_DIAMETER = BigDecimal.valueOf(15);
    static final BigDecimal MAX_DIAMETER = BigDecimal.valueOf(60);
    static final int MAX_PLY = 40;

    private TireSizeRules() {
    }

    /** The first thing wrong with the parts, or null. */
    static String problem(Parts p) {
        String s = standardProblem(p);
        if (s == null) {
            s = sizeProblem(p);
        }
        if (s == null) {
            s = rimProblem(p.rim());
        }
        if (s == null) {
            s = serviceProblem(p);
        }
        return s;
    }

    private static String standardProblem(Parts p) {
        if (p.lightTruck() && p.passenger()) {
            return "a size is either P (passenger) or LT (light truck), not both";
        }
        if (p.lightTruck() && p.commercial()) {
            return "a size is either LT (US light truck) or C (European commercial), not both";
        }
        if (p.highLoad() && (p.passenger() || p.lightTruck() || p.commercial())) {
            return "HL (high load) is a passenger-car size of its own, not combined with P, LT or C";
        }
        if (p.highLoad() && p.sizing() != Sizing.METRIC) {
            return "the HL (high load) prefix belongs to metric sizes such as HL 275/35 R22";
        }
        if (p.passenger() && p.sizing() != Sizing.METRIC) {
            return "the P (passenger) prefix belongs to metric sizes such as P215/65 R16";
        }
        if (p.zr() && (p.construction() != Construction.R || p.sizing() != Sizing.METRIC)) {
            return "ZR marks metric radial sizes only, such as 225/45 ZR17";
        }
        if ((p.overallDiameter() != null) != (p.sizing() == Sizing.FLOTATION)) {
            return "only a flotation size (such as 31x10.50 R15) has an overall diameter";
        }
        return null;
    }

    private static String sizeProblem(Parts p) {
        BigDecimal w = p.width();
        switch (p.sizing()) {
            case METRIC -> {
                if (w.signum() < 0 || w.stripTrailingZeros().scale() > 0) {
                    return "section width " + w.toPlainString() + " mm is not a whole number of mm";
                }
                int mm = w.intValue();
                int min = p.aspect() == null ? 125 : MIN_METRIC_WIDTH;
                if (w.compareTo(BigDecimal.valueOf(min)) < 0 || w.compareTo(BigDecimal.valueOf(MAX_METRIC_WIDTH)) > 0) {
                    return "section width " + w.toPlainString() + " mm is outside " + min + ".." + MAX_METRIC_WIDTH + " mm";
                }
                if (mm % 5 != 0) {
                    return "section width " + mm + " mm is not a multiple of 5 mm";
                }
                if (p.aspect() != null) {
                    int a = p.aspect();
                    if (a < MIN_ASPECT || a > MAX_ASPECT) {
                        return "aspect ratio " + a + " is outside " + MIN_ASPECT + ".." + MAX_ASPECT;
                    }
                    if (a % 5 != 0) {
                        return "aspect ratio " + a + " is not a multiple of 5";
                    }
                }
            }
            case INCH, FLOTATION -> {
                if (p.aspect() != null) {
                    return "an inch size (such as 12.00 R20 or 31x10.50 R15) has no aspect ratio";
                }
                if (w.compareTo(MIN_INCH_WIDTH) < 0 || w.compareTo(MAX_INCH_WIDTH) > 0 || w.scale() > 2) {
                    return "section width " + w.toPlainString() + " inches is outside 4..24 inches";
                }
                if (p.sizing() == Sizing.FLOTATION) {
                    BigDecimal d = p.overallDiameter();
                    if (d.compareTo(MIN_DIAMETER) < 0 || d.compareTo(MAX_DIAMETER) > 0 || d.scale() > 2) {
                        return "overall diameter " + d.toPlainString() + " inches is outside 15..60 inches";
                    }
                    if (d.compareTo(w) <= 0) {
                        return "the overall diameter " + d.toPlainString() + " is not larger than the width "
                                + w.toPlainString() + " (write diameter x width, e.g. 31x10.50 R15)";
                    }
                }
            }
            default -> throw new IllegalStateException();
        }
        return null;
    }

    static String rimProblem(BigDecimal rim) {
        if (rim.compareTo(BigDecimal.valueOf(TireSize.MIN_RIM)) < 0 || rim.compareTo(BigDecimal.valueOf(TireSize.MAX_RIM)) > 0) {
            return "rim diameter " + rim.stripTrailingZeros().toPlainString() + " inches is outside " + TireSize.MIN_RIM
                    + ".." + TireSize.MAX_RIM;
        }
        if (rim.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() > 0) {
            return "rim diameter " + rim.stripTrailingZeros().toPlainString()
                    + " is not whole inches or a half inch (such as 17.5)";
        }
        return null;
    }

    private static String serviceProblem(Parts p) {
        Integer load = p.loadIndex();
        Integer dual = p.dualLoadIndex();
        if (load != null && !LoadIndex.isValid(load)) {
            return "load index " + load + " is outside " + LoadIndex.MIN + ".." + LoadIndex.MAX;
        }
        if (dual != null) {
            if (load == null) {
                return "a dual (twin-mounting) load index needs the single one before it, e.g. 156/150";
            }
            if (!LoadIndex.isValid(dual)) {
                return "dual load index " + dual + " is outside " + LoadIndex.MIN + ".." + LoadIndex.MAX;
            }
            if (dual > load) {
                return "the dual (twin-mounting) load index " + dual + " is higher than the single one "
                        + load + "; write the single index first, e.g. " + dual + "/" + load;
            }
        }
        if (p.speed() == SpeedSymbol.Y_ABOVE && !p.zr()) {
            return "(Y), above 300 km/h, is marked on ZR tires only, e.g. 275/35 ZR19 (100Y)";
        }
        if (load == null && p.speed() != null && p.speed().compareTo(SpeedSymbol.J) < 0) {
            return "a speed symbol below J needs the load index before it, e.g. 96A8";
        }
        if (p.plyRating() != null && (p.plyRating() < 1 || p.plyRating() > MAX_PLY)) {
            return "ply rating " + p.plyRating() + " is outside 1.." + MAX_PLY;
        }
        return null;
    }
}
