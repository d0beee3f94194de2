package org.localis.cost;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The origin of a material line of a cost statement. {@code INTERMEDIATE} is a self-produced material the
 * producer designated as an intermediate material and that qualifies under its own rule (s. 8(6)-(8)): it
 * counts as originating at its total cost.
 */
public enum MaterialOrigin {
    ORIGINATING("originating"),
    NON_ORIGINATING("non-originating"),
    INTERMEDIATE("intermediate");

    private final String code;

    MaterialOrigin(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean originating() {
        return this != NON_ORIGINATING;
    }

    public static Optional<MaterialOrigin> of(String code) {
        String c = code.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.code.equals(c)).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(MaterialOrigin::code).toList());
    }
}
