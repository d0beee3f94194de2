package org.localis.fleet;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The need for one size and season.
 *
 * @param sizeKey            the aggregation key, e.g. {@code 185/75 R16 C}
 * @param season             SUMMER or WINTER
 * @param required           the strictest requirement of the vehicles in the line (highest load indices,
 *                           fastest speed): a tire that satisfies it fits every one of them
 * @param vehicles           vehicles due a set of this size and season
 * @param dueTires           tires of those sets
 * @param stockTires         tires of usable stock counted against them (at most {@code dueTires})
 * @param quantity           tires to obtain: {@code dueTires - stockTires}
 * @param vehiclesByCategory vehicles by service category code
 * @param tiresByCategory    due tires by service category code
 */
public record NeedLine(String sizeKey, Season season, TireSize required, int vehicles, int dueTires, int stockTires,
                       int quantity, SortedMap<String, Integer> vehiclesByCategory,
                       SortedMap<String, Integer> tiresByCategory) {

    public NeedLine {
        vehiclesByCategory = unmodifiable(vehiclesByCategory);
        tiresByCategory = unmodifiable(tiresByCategory);
    }

    private static SortedMap<String, Integer> unmodifiable(Map<String, Integer> m) {
        return java.util.Collections.unmodifiableSortedMap(new TreeMap<>(m));
    }
}
