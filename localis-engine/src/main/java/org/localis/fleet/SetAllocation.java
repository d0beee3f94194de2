package org.localis.fleet;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of {@link SetAllocator#allocate}: full sets given to vehicles, due vehicles left without one,
 * and the stock left.
 *
 * @param assignments    in the order vehicles were served (priority order)
 * @param unserved       due vehicles without a set, in priority order
 * @param remainingStock tires left per stock id, in the order of the stock given
 */
public record SetAllocation(List<Assignment> assignments, List<Unserved> unserved,
                            Map<String, Integer> remainingStock) {

    public SetAllocation {
        assignments = List.copyOf(assignments);
        unserved = List.copyOf(unserved);
        remainingStock = Collections.unmodifiableMap(new LinkedHashMap<>(remainingStock));
    }

    /** A full set of one stock item for one vehicle. */
    public record Assignment(String vehicleId, String stockId, int quantity) {
    }

    /** A due vehicle that got no set, and why. */
    public record Unserved(String vehicleId, UnservedReason reason) {
    }
}
