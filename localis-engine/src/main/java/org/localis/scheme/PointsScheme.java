package org.localis.scheme;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Points for operations and components done in the country; the sum must reach the period threshold. */
public record PointsScheme(SchemeInfo info, Set<String> territory, List<Period> periods, List<Tier> tiers,
                           List<ClassificationRule> classification, Map<String, OperationDef> operations,
                           List<Criterion> criteria) implements Scheme {

    public PointsScheme {
        territory = Set.copyOf(territory);
        periods = List.copyOf(periods);
        tiers = List.copyOf(tiers);
        classification = List.copyOf(classification);
        operations = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(operations));
        criteria = List.copyOf(criteria);
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
