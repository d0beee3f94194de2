package org.localis.fleet;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The vehicles of a fleet, in file order, with unique ids.
 *
 * @param vehicles never empty when read from a file
 */
public record Fleet(List<Vehicle> vehicles) {

    /** @throws IllegalArgumentException when two vehicles share an id */
    public Fleet {
        vehicles = List.copyOf(vehicles);
        Set<String> ids = new HashSet<>();
        for (Vehicle v : vehicles) {
            if (!ids.add(v.id())) {
                throw new IllegalArgumentException("vehicle id " + v.id() + " appears twice");
            }
        }
    }

    public int size() {
        return vehicles.size();
    }
}
