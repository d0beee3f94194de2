package org.localis.fleet;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A vehicle's second tire set, kept in storage while the other one is fitted (typically the summer set in
 * winter and the winter set in summer).
 *
 * @param season    the season the stored set is made for
 * @param tireSize  its size (usually the vehicle's placard size)
 * @param treadMm   its remaining tread depth (the worst tire), 0..30 mm, at most one decimal
 * @param tiresMade the month its tires were made (their DOT date)
 */
public record StoredSet(Season season, TireSize tireSize, BigDecimal treadMm, YearMonth tiresMade) {

    /** @throws IllegalArgumentException when a field is out of its range */
    public StoredSet {
        Objects.requireNonNull(season, "season");
        Objects.requireNonNull(tireSize, "tireSize");
        Objects.requireNonNull(treadMm, "treadMm");
        Objects.requireNonNull(tiresMade, "tiresMade");
        if (treadMm.signum() < 0 || treadMm.compareTo(Vehicle.MAX_TREAD_MM) > 0) {
            throw new IllegalArgumentException("stored set: tread depth " + treadMm.toPlainString()
                    + " mm is outside 0..30 mm");
        }
        if (treadMm.stripTrailingZeros().scale() > 1) {
            throw new IllegalArgumentException("stored set: tread depth " + treadMm.toPlainString()
                    + " mm has more than one decimal");
        }
    }
}
