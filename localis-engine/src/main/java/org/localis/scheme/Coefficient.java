package org.localis.scheme;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A multiplier on the points of the criteria of one class ({@code coefficient: ice} on a criterion),
 * applied when the product meets a condition: an emission standard (UN R83-07, R154-00 1A, R49-06),
 * and/or only for one purpose and some years (R&D x 1.3 for public procurement in 2024). When several
 * apply to the same class, the largest factor is used.
 *
 * @param emissionStandards the product must meet one of these (empty: no such condition)
 * @param purpose           only in the score for this purpose (null: every purpose)
 * @param years             only in these calculation years (empty: every year)
 */
public record Coefficient(String id, String appliesTo, BigDecimal factor, Set<String> emissionStandards,
                          String purpose, Set<Integer> years, String title, String titleRu, String source,
                          String sourceRu) {

    public Coefficient {
        emissionStandards = Set.copyOf(emissionStandards);
        years = Set.copyOf(years);
        title = title == null ? id : title;
        titleRu = titleRu == null ? title : titleRu;
        source = source == null ? "" : source;
        sourceRu = sourceRu == null || sourceRu.isEmpty() ? source : sourceRu;
    }

    /** Without a Russian source ({@code source-ru}): the English one stands for it. */
    public Coefficient(String id, String appliesTo, BigDecimal factor, Set<String> emissionStandards, String purpose,
                       Set<Integer> years, String title, String titleRu, String source) {
        this(id, appliesTo, factor, emissionStandards, purpose, years, title, titleRu, source, null);
    }

    /** Whether it applies to a product with this emission standard in this year, ignoring purpose. */
    public boolean appliesTo(String emissionStandard, int year) {
        boolean standard = emissionStandards.isEmpty()
                || (emissionStandard != null && emissionStandards.stream().anyMatch(s -> s.equalsIgnoreCase(emissionStandard)));
        return standard && (years.isEmpty() || years.contains(year));
    }

    /** The standards as listed, sorted, for explanations. */
    public List<String> standardsSorted() {
        return emissionStandards.stream().sorted().toList();
    }
}
