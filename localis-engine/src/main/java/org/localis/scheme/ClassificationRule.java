package org.localis.scheme;

import java.math.BigDecimal;
import java.util.List;

/**
 * A rule of the classification ladder, tried from the deepest class down; the first that holds wins
 * and CBU applies when none does. It holds when every operation in {@code requires} is performed and,
 * if {@code anyOf} is not empty, at least one of {@code anyOf} is performed, or else the domestic
 * share of the BOM value is at least {@code orDomesticShare} percent (when that is set).
 */
public record ClassificationRule(Classification result, List<String> requires, List<String> anyOf,
                                 BigDecimal orDomesticShare) {
    public ClassificationRule {
        requires = List.copyOf(requires);
        anyOf = List.copyOf(anyOf);
    }
}
