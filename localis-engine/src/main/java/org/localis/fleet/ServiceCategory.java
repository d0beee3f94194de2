package org.localis.fleet;

import java.util.Locale;
import java.util.Objects;

/**
 * A kind of service a vehicle does, with the weight that orders vehicles when tires are allocated (higher
 * first): e.g. ambulance 100, utility 20.
 *
 * @param code   lower-case code used in fleet files, e.g. {@code ambulance}
 * @param weight 0 or more; higher is served first
 */
public record ServiceCategory(String code, int weight) {

    public ServiceCategory {
        Objects.requireNonNull(code, "code");
        code = code.strip().toLowerCase(Locale.ROOT);
        if (code.isEmpty()) {
            throw new IllegalArgumentException("a service category needs a code");
        }
        if (weight < 0) {
            throw new IllegalArgumentException("service category " + code + " has a negative weight " + weight);
        }
    }
}
