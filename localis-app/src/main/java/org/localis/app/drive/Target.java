package org.localis.app.drive;

/** One row of the target table. {@code key()} identifies it for funding progress. */
public record Target(int lineNo, String sizeKey, String designation, String season, int quantity, long unitPriceMinor,
                     int vehicles) {
    public String key() {
        return sizeKey + "|" + season;
    }

    public long valueMinor() {
        return Math.multiplyExact(quantity, unitPriceMinor);
    }
}
