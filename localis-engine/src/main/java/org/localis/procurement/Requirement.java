package org.localis.procurement;

import java.util.Objects;

import org.localis.fleet.NeedLine;
import org.localis.fleet.Season;
import org.localis.fleet.TireSize;

/**
 * One line of the target table to buy for.
 *
 * @param key      unique key of the line, e.g. {@code 205/55 R16 winter}
 * @param required the strictest requirement of the vehicles needing the line ({@link TireSize#strictest}): an
 *                 offered tire must {@linkplain TireSize#satisfies satisfy} it
 * @param season   the season the tires are for
 * @param quantity tires wanted, 0 or more
 */
public record Requirement(String key, TireSize required, Season season, int quantity) {

    /** @throws IllegalArgumentException for a blank key or a negative quantity */
    public Requirement {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(required, "required");
        Objects.requireNonNull(season, "season");
        key = key.strip();
        if (key.isEmpty()) {
            throw new IllegalArgumentException("a requirement needs a key");
        }
        if (quantity < 0) {
            throw new IllegalArgumentException("requirement " + key + " has a negative quantity " + quantity);
        }
    }

    /** The requirement for a line of the fleet need: key {@code <size key> <season word>}, its quantity. */
    public static Requirement of(NeedLine line) {
        return new Requirement(line.sizeKey() + " " + line.season().word(), line.required(), line.season(),
                line.quantity());
    }
}
