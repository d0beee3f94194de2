package org.localis.app.fleet;

import java.math.BigDecimal;
import java.util.Objects;

import org.localis.fleet.StoredSet;
import org.localis.fleet.Vehicle;

/** Compares vehicles by their facts as stored (tread by value, sizes by their canonical text). */
final class VehicleFacts {

    private VehicleFacts() {
    }

    /** Every stored field is equal. */
    static boolean same(Vehicle a, Vehicle b) {
        return a.id().equals(b.id()) && a.makeModel().equals(b.makeModel()) && a.category().equals(b.category())
                && a.wheelPositions() == b.wheelPositions() && a.fullSizeSpare() == b.fullSizeSpare()
                && a.tireSize().canonical().equals(b.tireSize().canonical()) && a.region().equals(b.region())
                && a.priority() == b.priority() && a.offRoad() == b.offRoad()
                && a.axles().text().equals(b.axles().text()) && sameTires(a, b);
    }

    /** The fitted and stored sets are equal. */
    static boolean sameTires(Vehicle a, Vehicle b) {
        return a.fittedSeason() == b.fittedSeason() && eq(a.treadMm(), b.treadMm()) && a.tiresMade().equals(b.tiresMade())
                && sameStored(a.stored(), b.stored());
    }

    private static boolean sameStored(StoredSet a, StoredSet b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.season() == b.season() && a.tireSize().canonical().equals(b.tireSize().canonical())
                && eq(a.treadMm(), b.treadMm()) && a.tiresMade().equals(b.tiresMade());
    }

    private static boolean eq(BigDecimal a, BigDecimal b) {
        return Objects.equals(a == null ? null : a.stripTrailingZeros(), b == null ? null : b.stripTrailingZeros());
    }
}
