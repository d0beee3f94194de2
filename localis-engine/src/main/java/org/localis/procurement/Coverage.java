package org.localis.procurement;

/**
 * How much of one requirement a plan covers.
 *
 * @param requirementKey the requirement
 * @param quantity       tires wanted
 * @param covered        tires the plan buys for it
 */
public record Coverage(String requirementKey, int quantity, int covered) {

    public Coverage {
        if (covered < 0 || covered > quantity) {
            throw new IllegalArgumentException("coverage " + covered + " of " + quantity + " for " + requirementKey);
        }
    }

    /** Tires still missing. */
    public int uncovered() {
        return quantity - covered;
    }
}
