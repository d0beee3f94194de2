package org.localis.fleet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random fleets and stock over a few realistic sizes (so that vehicles share lines and stock fits some). */
final class RandomFleets {

    static final List<String> TWIN_SIZES = List.of("185/75 R16 C 104/102 Q", "185/75 R16 C 104/102 R",
            "185/75 R16 C 106/104 R", "195/75 R16 C 107/105 R", "195/75 R16 C 110/108 R", "235/65 R16 C 115/113 R");
    static final List<String> SINGLE_SIZES = List.of("225/75 R16 108Q", "225/75 R16 104Q", "225/75 R16 110T",
            "185/75 R16 92Q", "185/75 R16 95T");
    static final List<String> CATEGORIES = List.of("ambulance", "emergency", "humanitarian", "utility");
    static final LocalDate TODAY = LocalDate.of(2025, 10, 15);

    record Scenario(List<Vehicle> vehicles, List<StockItem> stock) {
    }

    private RandomFleets() {
    }

    static Scenario scenario(long seed) {
        Random r = new Random(seed);
        int n = r.nextInt(40);
        List<Vehicle> vehicles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            vehicles.add(vehicle(r, "V" + i));
        }
        int m = r.nextInt(10);
        List<StockItem> stock = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            String size = pick(r, r.nextBoolean() ? TWIN_SIZES : SINGLE_SIZES);
            stock.add(new StockItem("S" + i, TireSize.parse(size), pick(r, List.of(Season.values())), r.nextInt(30)));
        }
        return new Scenario(vehicles, stock);
    }

    static Vehicle vehicle(Random r, String id) {
        boolean twin = r.nextInt(3) == 0;
        String size = twin || r.nextBoolean() ? pick(r, TWIN_SIZES) : pick(r, SINGLE_SIZES);
        BigDecimal tread = BigDecimal.valueOf(r.nextInt(121), 1);
        YearMonth made = YearMonth.of(2015 + r.nextInt(11), 1 + r.nextInt(12));
        return new Vehicle(id, "", pick(r, CATEGORIES), twin ? 6 : 4, r.nextBoolean(), TireSize.parse(size),
                pick(r, List.of(Season.values())), tread, made, "", 1 + r.nextInt(5), r.nextInt(10) == 0);
    }

    static <T> T pick(Random r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }
}
