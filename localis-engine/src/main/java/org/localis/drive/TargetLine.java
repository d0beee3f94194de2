package org.localis.drive;

/**
 * One row of a drive's target table: a tire size and season, how many tires, and the estimated
 * price of one, in minor units.
 */
public record TargetLine(String key, int quantity, long unitPriceMinor) {

    public TargetLine {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a target line needs a key");
        }
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive: " + key);
        }
        if (unitPriceMinor <= 0) {
            throw new IllegalArgumentException("unit price must be positive: " + key);
        }
    }

    /** The money this line needs. */
    public long valueMinor() {
        return Math.multiplyExact(quantity, unitPriceMinor);
    }
}
