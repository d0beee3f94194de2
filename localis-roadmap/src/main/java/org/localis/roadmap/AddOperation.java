package org.localis.roadmap;

import java.math.BigDecimal;
import java.util.List;

/**
 * Start performing a technological operation (or making a component) in the country: from its adoption
 * year the operation {@code code} of the scheme is declared performed.
 */
public record AddOperation(String id, String code, BigDecimal capitalCost, BigDecimal yearlyCost,
                           List<String> requires, List<String> excludes, Integer earliestYear, String note,
                           int line) implements Action {

    public AddOperation {
        capitalCost = capitalCost == null ? BigDecimal.ZERO : capitalCost;
        yearlyCost = yearlyCost == null ? BigDecimal.ZERO : yearlyCost;
        requires = requires == null ? List.of() : List.copyOf(requires);
        excludes = excludes == null ? List.of() : List.copyOf(excludes);
        note = note == null ? "" : note;
    }

    public static AddOperation of(String id, String code, BigDecimal capitalCost, BigDecimal yearlyCost) {
        return new AddOperation(id, code, capitalCost, yearlyCost, List.of(), List.of(), null, "", 0);
    }

    @Override
    public String kind() {
        return "operation";
    }

    @Override
    public String target() {
        return code;
    }
}
