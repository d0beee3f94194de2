package org.localis.scheme;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a vehicle is driven, as Decree 719 distinguishes it: internal combustion engine, hybrid, or
 * electric only (a traction battery charged only from an external source).
 */
public enum Powertrain {
    ICE("ice"), HYBRID("hybrid"), ELECTRIC("electric");

    private final String code;

    Powertrain(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Powertrain> fromCode(String s) {
        return Arrays.stream(values()).filter(v -> v.code.equalsIgnoreCase(s)).findFirst();
    }

    public static String codes() {
        return "ice, hybrid, electric";
    }
}
