package org.localis.scheme;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A versioned official (or Localis policy) scheme loaded from a scheme file. Schemes are data: the
 * engine interprets them, nothing about a particular scheme is in code.
 */
public sealed interface Scheme permits PointsScheme, ValueShareScheme {

    SchemeInfo info();

    /** Countries whose materials are originating. */
    Set<String> territory();

    /** Periods in ascending year order. */
    List<Period> periods();

    /** Tiers from the lowest to the highest. */
    List<Tier> tiers();

    /** The classification ladder, deepest class first. */
    List<ClassificationRule> classification();

    /** Codes accepted in operations.csv, by code, in file order. */
    Map<String, OperationDef> operations();

    default String id() {
        return info().id();
    }

    /** "points" or "percent". */
    String unit();

    /** True when a lower score is better (a cap on non-originating content). */
    boolean lowerIsBetter();

    /**
     * The period in force in a year for the scheme's first purpose and a vehicle without a
     * powertrain-specific threshold: the latest such period starting in or before it.
     */
    default Optional<Period> periodFor(int year) {
        return periodFor(year, primaryPurpose(), null);
    }

    /**
     * The period in force in a year for a purpose and powertrain: the periods set for that powertrain if
     * the purpose has any, otherwise those set for every powertrain; the latest starting in or before it.
     */
    default Optional<Period> periodFor(int year, String purpose, Powertrain powertrain) {
        List<Period> ofPurpose = periods().stream().filter(p -> p.purpose().equals(purpose)).toList();
        List<Period> specific = powertrain == null ? List.of()
                : ofPurpose.stream().filter(p -> p.powertrains().contains(powertrain)).toList();
        List<Period> candidates = specific.isEmpty()
                ? ofPurpose.stream().filter(p -> p.powertrains().isEmpty()).toList() : specific;
        return candidates.stream().filter(p -> p.year() <= year).max(Comparator.comparingInt(Period::year));
    }

    /** The purposes of the thresholds, the deciding one first; empty for a scheme without purposes. */
    default List<Purpose> purposes() {
        return List.of();
    }

    /** The purpose whose threshold decides pass/fail and tiers ("" without purposes). */
    default String primaryPurpose() {
        return purposes().isEmpty() ? "" : purposes().get(0).id();
    }

    /** Whether {@code score} meets {@code threshold} in this scheme's direction. */
    default boolean meets(BigDecimal score, BigDecimal threshold) {
        int c = score.compareTo(threshold);
        return lowerIsBetter() ? c <= 0 : c >= 0;
    }

    default String kind() {
        return this instanceof PointsScheme ? "points" : "value-share";
    }
}
