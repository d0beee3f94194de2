package org.localis.fleet;

import java.util.List;

/**
 * A drive's tire need.
 *
 * @param lines        every size and season some vehicle is due a set of, by size key then season (including
 *                     lines fully covered by stock, with quantity 0)
 * @param popular      the smallest set of lines, largest first, whose quantities make up at least the coverage
 *                     share of the total (ties by size key, then season)
 * @param notCovered   the other lines with a quantity, in the same order
 * @param total        tires to obtain, all lines
 * @param popularTotal tires to obtain, popular lines
 * @param vehicleNeeds every due set with its reason, by vehicle (file order) then season
 */
public record Need(List<NeedLine> lines, List<NeedLine> popular, List<NeedLine> notCovered, int total,
                   int popularTotal, List<VehicleNeed> vehicleNeeds) {

    public Need {
        lines = List.copyOf(lines);
        popular = List.copyOf(popular);
        notCovered = List.copyOf(notCovered);
        vehicleNeeds = List.copyOf(vehicleNeeds);
    }
}
