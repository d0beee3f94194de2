package org.localis.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.localis.fleet.Vehicles.stock;
import static org.localis.fleet.Vehicles.vehicle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Issue 23: a vehicle's fitted and stored sets, and the one "due by" date of need and allocation. */
class StoredSetsTest {

    private static final NeedRules RULES = NeedRules.defaults();
    private static final LocalDate ASOF = LocalDate.of(2026, 12, 1);
    private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 20);

    private static Vehicle winterWithStoredSummer(String id, String storedTread, String storedMade) {
        Vehicle v = vehicle(id, "ambulance", "205/55 R16 91H", 4, false, Season.WINTER, "7.0", "2024-09");
        return v.withStored(new StoredSet(Season.SUMMER, v.tireSize(), new BigDecimal(storedTread),
                YearMonth.parse(storedMade)));
    }

    @Test
    void aDecemberWinterDriveWithStoredSummerSetsHasNoSummerNeed() {
        List<Vehicle> fleet = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            fleet.add(winterWithStoredSummer("S" + i, "5.0", "2023-04"));
        }
        // ten vehicles with a worn winter set: they need winter tires, and still no summer ones
        for (int i = 0; i < 10; i++) {
            Vehicle v = vehicle("W" + i, "ambulance", "205/55 R16 91H", 4, false, Season.WINTER, "3.0", "2024-09");
            fleet.add(v.withStored(new StoredSet(Season.SUMMER, v.tireSize(), new BigDecimal("6.0"),
                    YearMonth.parse("2024-03"))));
        }
        Need need = NeedCalculator.calculate(fleet, List.of(), RULES, ASOF, DEADLINE);

        assertThat(need.lines()).filteredOn(l -> l.season() == Season.SUMMER).isEmpty();
        assertThat(need.vehicleNeeds()).noneMatch(vn -> vn.season() == Season.SUMMER);
        assertThat(need.total()).isEqualTo(40);
        assertThat(need.lines()).singleElement().satisfies(l -> {
            assertThat(l.season()).isEqualTo(Season.WINTER);
            assertThat(l.quantity()).isEqualTo(40);
        });
    }

    @Test
    void withoutTheStoredSetsTheSameFleetCarriesTheWholeSummerNeed() {
        List<Vehicle> fleet = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            fleet.add(winterWithStoredSummer("S" + i, "5.0", "2023-04").withStored(null));
        }
        Need need = NeedCalculator.calculate(fleet, List.of(), RULES, ASOF, DEADLINE);
        assertThat(need.total()).isEqualTo(200);
        assertThat(need.vehicleNeeds()).allMatch(vn -> vn.season() == Season.SUMMER && vn.reason() == DueReason.NO_SET);
    }

    @Test
    void aWornOrOldStoredSetIsDueWithItsReason() {
        Vehicle worn = winterWithStoredSummer("A", "1.0", "2023-04");
        Vehicle old = winterWithStoredSummer("B", "5.0", "2019-01");
        assertThat(DueSets.reason(worn, Season.SUMMER, RULES, ASOF, DEADLINE)).contains(DueReason.TREAD);
        assertThat(DueSets.reason(old, Season.SUMMER, RULES, ASOF, DEADLINE)).contains(DueReason.AGE);
        assertThat(DueSets.reason(winterWithStoredSummer("C", "5.0", "2023-04"), Season.SUMMER, RULES, ASOF, DEADLINE))
                .isEmpty();
    }

    @Test
    void aStoredAllSeasonSetServesBothSeasonsAndAStoredSetOfTheSameSeasonBacksAWornFittedOne() {
        Vehicle v = vehicle("A", "ambulance", "205/55 R16 91H", 4, false, Season.WINTER, "2.0", "2024-09");
        Vehicle allSeason = v.withStored(new StoredSet(Season.ALL_SEASON, v.tireSize(), new BigDecimal("6.0"),
                YearMonth.parse("2024-01")));
        assertThat(DueSets.reason(allSeason, Season.SUMMER, RULES, ASOF, DEADLINE)).isEmpty();
        assertThat(DueSets.reason(allSeason, Season.WINTER, RULES, ASOF, DEADLINE)).isEmpty();
        Vehicle spareWinter = v.withStored(new StoredSet(Season.WINTER, v.tireSize(), new BigDecimal("3.0"),
                YearMonth.parse("2024-01")));
        // the fitted winter set is worn and the stored one too: due, and the fitted set's reason is reported
        assertThat(DueSets.reason(spareWinter, Season.WINTER, RULES, ASOF, DEADLINE)).contains(DueReason.TREAD);
    }

    @Test
    void needAndAllocationUseTheSameDueByDate() {
        // tires made 2020-12: six years old on 2026-12-01 is not yet too old, on the 20th it is
        Vehicle v = vehicle("A", "ambulance", "205/55 R16 91H", 4, false, Season.WINTER, "8.0", "2020-12")
                .withStored(new StoredSet(Season.SUMMER, TireSize.parse("205/55 R16 91H"), new BigDecimal("6.0"),
                        YearMonth.parse("2024-03")));
        LocalDate asOf = LocalDate.of(2026, 12, 1);
        Need need = NeedCalculator.calculate(List.of(v), List.of(), RULES, asOf, DEADLINE);
        assertThat(need.vehicleNeeds()).singleElement().satisfies(vn -> {
            assertThat(vn.season()).isEqualTo(Season.WINTER);
            assertThat(vn.reason()).isEqualTo(DueReason.AGE);
        });
        List<StockItem> stock = List.of(stock("st", "205/55 R16 91H", Season.WINTER, 4));
        SetAllocation dueByDeadline = SetAllocator.allocate(stock, List.of(v), ServiceCategories.demo(), RULES, asOf,
                DEADLINE, Season.WINTER);
        assertThat(dueByDeadline.assignments()).singleElement()
                .satisfies(a -> assertThat(a.vehicleId()).isEqualTo("A"));
        // what the old rule (due today) did: the vehicle counted in the need was left without its set
        SetAllocation dueToday = SetAllocator.allocate(stock, List.of(v), ServiceCategories.demo(), RULES, asOf,
                Season.WINTER);
        assertThat(dueToday.assignments()).isEmpty();
    }

    @Test
    void theSeasonOfADay() {
        assertThat(Season.at(LocalDate.of(2026, 12, 4))).isEqualTo(Season.WINTER);
        assertThat(Season.at(LocalDate.of(2026, 11, 1))).isEqualTo(Season.WINTER);
        assertThat(Season.at(LocalDate.of(2027, 3, 31))).isEqualTo(Season.WINTER);
        assertThat(Season.at(LocalDate.of(2027, 4, 1))).isEqualTo(Season.SUMMER);
        assertThat(Season.at(LocalDate.of(2027, 10, 31))).isEqualTo(Season.SUMMER);
    }
}
