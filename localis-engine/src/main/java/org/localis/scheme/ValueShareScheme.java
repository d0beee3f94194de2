package org.localis.scheme;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** A share of the product's value: regional value content (build-down or build-up) or a cap on foreign content. */
public record ValueShareScheme(SchemeInfo info, Set<String> territory, List<Period> periods, List<Tier> tiers,
                               List<ClassificationRule> classification, Map<String, OperationDef> operations,
                               ValueMethod method, OriginRule originRule) implements Scheme {

    public ValueShareScheme {
        territory = Set.copyOf(territory);
        periods = List.copyOf(periods);
        tiers = List.copyOf(tiers);
        classification = List.copyOf(classification);
        operations = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(operations));
    }

    @Override
    public String unit() {
        return "percent";
    }

    @Override
    public boolean lowerIsBetter() {
        return method.lowerIsBetter();
    }
}
