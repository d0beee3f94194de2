package org.localis.scheme;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Points for operations and components done in the country; the sum must reach the period threshold.
 *
 * @param periods         sorted by year (stable: a file's order within a year), as {@link Scheme#periods()} promises
 * @param vehicleCategory the vehicle category it scores, or null for a scheme not tied to one
 * @param purposes        the thresholds' purposes, the deciding one first (may be empty)
 * @param coefficients    multipliers on classes of criteria
 * @param carriedInFrom   ids of schemes whose component certificates cited in the BOM carry their
 *                        criterion points into this product's total (Decree 719, note 5)
 */
public record PointsScheme(SchemeInfo info, Set<String> territory, List<Period> periods, List<Tier> tiers,
                           List<ClassificationRule> classification, Map<String, OperationDef> operations,
                           List<Criterion> criteria, VehicleCategory vehicleCategory, List<Purpose> purposes,
                           List<Coefficient> coefficients, Set<String> carriedInFrom, List<CriterionGroup> groups)
        implements Scheme {

    public PointsScheme {
        territory = Set.copyOf(territory);
        periods = periods.stream().sorted(java.util.Comparator.comparingInt(Period::year)).toList();
        tiers = List.copyOf(tiers);
        classification = List.copyOf(classification);
        operations = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(operations));
        criteria = List.copyOf(criteria);
        purposes = purposes == null ? List.of() : List.copyOf(purposes);
        coefficients = coefficients == null ? List.of() : List.copyOf(coefficients);
        carriedInFrom = carriedInFrom == null ? Set.of() : Set.copyOf(carriedInFrom);
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    /** Without named criterion groups (a criterion's group is then shown by its id). */
    public PointsScheme(SchemeInfo info, Set<String> territory, List<Period> periods, List<Tier> tiers,
                        List<ClassificationRule> classification, Map<String, OperationDef> operations,
                        List<Criterion> criteria, VehicleCategory vehicleCategory, List<Purpose> purposes,
                        List<Coefficient> coefficients, Set<String> carriedInFrom) {
        this(info, territory, periods, tiers, classification, operations, criteria, vehicleCategory, purposes,
                coefficients, carriedInFrom, List.of());
    }

    /** The named group with this id, if the scheme names its groups. */
    public java.util.Optional<CriterionGroup> group(String id) {
        return groups.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    public PointsScheme(SchemeInfo info, Set<String> territory, List<Period> periods, List<Tier> tiers,
                        List<ClassificationRule> classification, Map<String, OperationDef> operations,
                        List<Criterion> criteria) {
        this(info, territory, periods, tiers, classification, operations, criteria, null, List.of(), List.of(), Set.of());
    }

    @Override
    public String unit() {
        return "points";
    }

    @Override
    public boolean lowerIsBetter() {
        return false;
    }
}
