package org.localis.fleet;

import java.math.BigDecimal;
import java.time.YearMonth;

/** Short ways to make vehicles in tests. */
final class Vehicles {

    private Vehicles() {
    }

    /** A vehicle in Kazan with priority 3, on the road. */
    static Vehicle vehicle(String id, String category, String size, int positions, boolean spare, Season fitted,
                           String tread, String made) {
        return new Vehicle(id, "", category, positions, spare, TireSize.parse(size), fitted, new BigDecimal(tread),
                YearMonth.parse(made), "Kazan", 3, false);
    }

    static Vehicle withPriority(Vehicle v, int priority, boolean offRoad) {
        return new Vehicle(v.id(), v.makeModel(), v.category(), v.wheelPositions(), v.fullSizeSpare(), v.tireSize(),
                v.fittedSeason(), v.treadMm(), v.tiresMade(), v.region(), priority, offRoad);
    }

    static Vehicle withTread(Vehicle v, BigDecimal tread) {
        return new Vehicle(v.id(), v.makeModel(), v.category(), v.wheelPositions(), v.fullSizeSpare(), v.tireSize(),
                v.fittedSeason(), tread, v.tiresMade(), v.region(), v.priority(), v.offRoad());
    }

    static Vehicle withTiresMade(Vehicle v, YearMonth made) {
        return new Vehicle(v.id(), v.makeModel(), v.category(), v.wheelPositions(), v.fullSizeSpare(), v.tireSize(),
                v.fittedSeason(), v.treadMm(), made, v.region(), v.priority(), v.offRoad());
    }

    static StockItem stock(String id, String size, Season season, int quantity) {
        return new StockItem(id, TireSize.parse(size), season, quantity);
    }
}
