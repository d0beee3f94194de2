package org.localis.fleet;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * When a fitted set is due for replacement.
 *
 * @param minTreadSummerMm legal minimum tread for summer use (1.6 mm for M1/N1 vehicles)
 * @param minTreadWinterMm legal minimum tread for winter use (4.0 mm for winter tires in the EAEU)
 * @param maxAgeYears      replace tires older than this at the deadline (6 years: Mercedes' rule)
 * @param wearPerMonthMm   tread lost per month between the readings and the deadline (0.0: no projection)
 */
public record NeedRules(BigDecimal minTreadSummerMm, BigDecimal minTreadWinterMm, int maxAgeYears,
                        BigDecimal wearPerMonthMm) {

    /** @throws IllegalArgumentException for a negative value */
    public NeedRules {
        Objects.requireNonNull(minTreadSummerMm, "minTreadSummerMm");
        Objects.requireNonNull(minTreadWinterMm, "minTreadWinterMm");
        Objects.requireNonNull(wearPerMonthMm, "wearPerMonthMm");
        if (minTreadSummerMm.signum() < 0 || minTreadWinterMm.signum() < 0 || wearPerMonthMm.signum() < 0) {
            throw new IllegalArgumentException("tread limits and wear must not be negative");
        }
        if (maxAgeYears < 1) {
            throw new IllegalArgumentException("the maximum tire age must be at least 1 year, not " + maxAgeYears);
        }
    }

    /** 1.6 mm summer, 4.0 mm winter, 6 years, no wear projection. */
    public static NeedRules defaults() {
        return new NeedRules(new BigDecimal("1.6"), new BigDecimal("4.0"), 6, new BigDecimal("0.0"));
    }

    /** The minimum tread for use in season {@code t} (SUMMER or WINTER). */
    public BigDecimal minTread(Season t) {
        return switch (t) {
            case SUMMER -> minTreadSummerMm;
            case WINTER -> minTreadWinterMm;
            case ALL_SEASON -> throw new IllegalArgumentException("a tread minimum is for summer or winter use");
        };
    }

    public NeedRules withMinTreadSummerMm(BigDecimal mm) {
        return new NeedRules(mm, minTreadWinterMm, maxAgeYears, wearPerMonthMm);
    }

    public NeedRules withMinTreadWinterMm(BigDecimal mm) {
        return new NeedRules(minTreadSummerMm, mm, maxAgeYears, wearPerMonthMm);
    }

    public NeedRules withMaxAgeYears(int years) {
        return new NeedRules(minTreadSummerMm, minTreadWinterMm, years, wearPerMonthMm);
    }

    public NeedRules withWearPerMonthMm(BigDecimal mm) {
        return new NeedRules(minTreadSummerMm, minTreadWinterMm, maxAgeYears, mm);
    }
}
