package org.localis.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.localis.fleet.Season.ALL_SEASON;
import static org.localis.fleet.Season.SUMMER;
import static org.localis.fleet.Season.WINTER;
import static org.localis.fleet.Vehicles.stock;
import static org.localis.fleet.Vehicles.vehicle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class NeedCalculatorTest {

    private static final NeedRules RULES = NeedRules.defaults();
    private static final LocalDate AS_OF = LocalDate.of(2025, 9, 1);
    private static final LocalDate DEADLINE = LocalDate.of(2025, 11, 1);

    @Test
    void theSpecsSanityCheckThousandTwinRearAmbulancesNeedSevenThousandTires() {
        List<Vehicle> fleet = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            // twin rear (6) with a full-size spare, on good winter tires: due a summer set only
            fleet.add(vehicle("AMB-" + i, "ambulance", "195/75 R16 C 107/105 R", 6, true, WINTER, "8.0", "2024-01"));
        }
        Need need = NeedCalculator.calculate(fleet, List.of(), RULES, AS_OF, DEADLINE);
        assertThat(need.total()).isEqualTo(7000);
        assertThat(need.lines()).singleElement().satisfies(l -> {
            assertThat(l.sizeKey()).isEqualTo("195/75 R16 C");
            assertThat(l.season()).isEqualTo(SUMMER);
            assertThat(l.vehicles()).isEqualTo(1000);
            assertThat(l.quantity()).isEqualTo(7000);
            assertThat(l.vehiclesByCategory()).containsExactly(Map.entry("ambulance", 1000));
        });
        assertThat(need.popularTotal()).isEqualTo(7000);
        assertThat(need.vehicleNeeds()).hasSize(1000).allMatch(v -> v.reason() == DueReason.NO_SET && v.tires() == 7);

        // "or 1,750 single-rear vans x 4"
        List<Vehicle> vans = new ArrayList<>();
        for (int i = 0; i < 1750; i++) {
            vans.add(vehicle("VAN-" + i, "ambulance", "185/75 R16 C 104/102 Q", 4, false, SUMMER, "7.0", "2024-01"));
        }
        assertThat(NeedCalculator.calculate(vans, List.of(), RULES, AS_OF, DEADLINE).total()).isEqualTo(7000);
    }

    /** The mixed fleet of the hand count below. */
    static List<Vehicle> mixedFleet() {
        return List.of(
                vehicle("V1", "ambulance", "185/75 R16 C 104/102 Q", 4, true, SUMMER, "5.0", "2023-01"),
                vehicle("V2", "emergency", "185/75 R16 C 104/102 R", 4, false, WINTER, "3.5", "2022-05"),
                vehicle("V3", "ambulance", "235/65 R16 C 115/113 R", 4, true, SUMMER, "1.5", "2021-02"),
                vehicle("V4", "emergency", "225/75 R16 108Q", 4, true, ALL_SEASON, "3.0", "2018-06"),
                vehicle("V5", "emergency", "225/75 R16 108Q", 4, true, ALL_SEASON, "6.0", "2024-03"),
                vehicle("V6", "ambulance", "195/75 R16 C 107/105 R", 6, true, WINTER, "6.0", "2019-10"));
    }

    static List<StockItem> mixedStock() {
        return List.of(
                stock("S1", "185/75 R16 C 104/102 Q", WINTER, 6),   // too slow for V2 (R), so not usable for the line
                stock("S2", "185/75 R16 C 106/104 R", WINTER, 3),
                stock("S3", "225/75 R16 110T", ALL_SEASON, 8),      // winter first (5), then summer (3)
                stock("S4", "195/75 R16 C 107/105 R", SUMMER, 20));
    }

    @Test
    void countsAMixedFleetByHand() {
        Need need = NeedCalculator.calculate(mixedFleet(), mixedStock(), RULES, AS_OF, DEADLINE);
        // line: size, season, vehicles, due tires, stock counted, quantity
        assertThat(need.lines()).extracting(NeedLine::sizeKey, NeedLine::season, NeedLine::vehicles,
                NeedLine::dueTires, NeedLine::stockTires, NeedLine::quantity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("185/75 R16 C", SUMMER, 1, 4, 0, 4),   // V2 has no summer set
                org.assertj.core.groups.Tuple.tuple("185/75 R16 C", WINTER, 2, 9, 3, 6),   // V1 no set 5 + V2 tread 4; S2 only
                org.assertj.core.groups.Tuple.tuple("195/75 R16 C", SUMMER, 1, 7, 7, 0),   // V6 no set; S4 covers it
                org.assertj.core.groups.Tuple.tuple("195/75 R16 C", WINTER, 1, 7, 0, 7),   // V6 age: 2019-10 + 6y < deadline
                org.assertj.core.groups.Tuple.tuple("225/75 R16", SUMMER, 1, 5, 3, 2),     // V4 age; S3's last 3
                org.assertj.core.groups.Tuple.tuple("225/75 R16", WINTER, 1, 5, 5, 0),     // V4 tread 3.0 < 4.0; S3 5
                org.assertj.core.groups.Tuple.tuple("235/65 R16 C", SUMMER, 1, 5, 0, 5),   // V3 tread 1.5 < 1.6
                org.assertj.core.groups.Tuple.tuple("235/65 R16 C", WINTER, 1, 5, 0, 5));  // V3 no winter set
        assertThat(need.total()).isEqualTo(4 + 6 + 7 + 2 + 5 + 5);
        NeedLine gazWinter = need.lines().get(1);
        assertThat(gazWinter.required().canonical()).isEqualTo("185/75 R16 C 104/102 R");
        assertThat(gazWinter.vehiclesByCategory()).containsExactly(Map.entry("ambulance", 1), Map.entry("emergency", 1));
        assertThat(gazWinter.tiresByCategory()).containsExactly(Map.entry("ambulance", 5), Map.entry("emergency", 4));

        // 90 % of 29 = 26.1: 7 + 6 + 5 + 5 + 4 = 27 (235/65 summer before winter on the tie of 5)
        assertThat(need.popular()).extracting(l -> l.sizeKey() + " " + l.season()).containsExactly(
                "195/75 R16 C WINTER", "185/75 R16 C WINTER", "235/65 R16 C SUMMER", "235/65 R16 C WINTER",
                "185/75 R16 C SUMMER");
        assertThat(need.popularTotal()).isEqualTo(27);
        assertThat(need.notCovered()).extracting(l -> l.sizeKey() + " " + l.season()).containsExactly("225/75 R16 SUMMER");

        assertThat(need.vehicleNeeds()).containsExactly(
                new VehicleNeed("V1", WINTER, DueReason.NO_SET, 5),
                new VehicleNeed("V2", SUMMER, DueReason.NO_SET, 4),
                new VehicleNeed("V2", WINTER, DueReason.TREAD, 4),
                new VehicleNeed("V3", SUMMER, DueReason.TREAD, 5),
                new VehicleNeed("V3", WINTER, DueReason.NO_SET, 5),
                new VehicleNeed("V4", SUMMER, DueReason.AGE, 5),
                new VehicleNeed("V4", WINTER, DueReason.TREAD, 5),
                new VehicleNeed("V6", SUMMER, DueReason.NO_SET, 7),
                new VehicleNeed("V6", WINTER, DueReason.AGE, 7));
    }

    @Test
    void theCoverageShareSetsHowManyLinesArePopular() {
        Need half = NeedCalculator.calculate(mixedFleet(), mixedStock(), RULES, AS_OF, DEADLINE, new BigDecimal("0.5"));
        // 50 % of 29 = 14.5: 7 + 6 = 13 is short, 7 + 6 + 5 = 18 covers it
        assertThat(half.popular()).hasSize(3);
        assertThat(half.popularTotal()).isEqualTo(18);
        assertThat(half.notCovered()).hasSize(3);
        Need all = NeedCalculator.calculate(mixedFleet(), mixedStock(), RULES, AS_OF, DEADLINE, BigDecimal.ONE);
        assertThat(all.popular()).hasSize(6);
        assertThat(all.notCovered()).isEmpty();
        Need none = NeedCalculator.calculate(mixedFleet(), mixedStock(), RULES, AS_OF, DEADLINE, BigDecimal.ZERO);
        assertThat(none.popular()).isEmpty();
        assertThat(none.notCovered()).hasSize(6);
        assertThatThrownBy(() -> NeedCalculator.calculate(mixedFleet(), List.of(), RULES, AS_OF, DEADLINE,
                new BigDecimal("1.1"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void treadAtTheLimitIsLegalAndBelowItIsDue() {
        Vehicle atLimit = vehicle("A", "ambulance", "185/75 R16 92Q", 4, false, ALL_SEASON, "1.6", "2024-01");
        Vehicle below = vehicle("B", "ambulance", "185/75 R16 92Q", 4, false, ALL_SEASON, "1.5", "2024-01");
        assertThat(DueSets.reason(atLimit, SUMMER, RULES, AS_OF, DEADLINE)).isEmpty();
        assertThat(DueSets.reason(atLimit, WINTER, RULES, AS_OF, DEADLINE)).contains(DueReason.TREAD);
        assertThat(DueSets.reason(below, SUMMER, RULES, AS_OF, DEADLINE)).contains(DueReason.TREAD);
        Vehicle winter4 = vehicle("C", "ambulance", "185/75 R16 92Q", 4, false, WINTER, "4.0", "2024-01");
        assertThat(DueSets.reason(winter4, WINTER, RULES, AS_OF, DEADLINE)).isEmpty();
        assertThat(DueSets.reason(winter4, SUMMER, RULES, AS_OF, DEADLINE)).contains(DueReason.NO_SET);
    }

    @Test
    void tiresOlderThanTheMaximumAtTheDeadlineAreDue() {
        Vehicle v = vehicle("A", "ambulance", "185/75 R16 92Q", 4, false, SUMMER, "7.0", "2019-10");
        // made in October 2019: exactly six years on 2025-10-01, older from the day after
        assertThat(DueSets.reason(v, SUMMER, RULES, AS_OF, LocalDate.of(2025, 10, 1))).isEmpty();
        assertThat(DueSets.reason(v, SUMMER, RULES, AS_OF, LocalDate.of(2025, 10, 2))).contains(DueReason.AGE);
        assertThat(DueSets.reason(v, SUMMER, RULES.withMaxAgeYears(7), AS_OF, LocalDate.of(2025, 10, 2))).isEmpty();
        // tread is reported before age when both fail
        Vehicle worn = Vehicles.withTread(v, new BigDecimal("1.0"));
        assertThat(DueSets.reason(worn, SUMMER, RULES, AS_OF, LocalDate.of(2025, 10, 2))).contains(DueReason.TREAD);
    }

    @Test
    void wearIsProjectedFromTheReadingsToTheDeadline() {
        Vehicle v = vehicle("A", "ambulance", "185/75 R16 92Q", 4, false, WINTER, "4.3", "2024-01");
        NeedRules wearing = RULES.withWearPerMonthMm(new BigDecimal("0.2"));
        assertThat(DueSets.reason(v, WINTER, RULES, AS_OF, DEADLINE)).isEmpty();
        // two whole months: 4.3 - 0.4 = 3.9 < 4.0
        assertThat(DueSets.projectedTread(v, wearing, AS_OF, DEADLINE)).isEqualByComparingTo("3.9");
        assertThat(DueSets.reason(v, WINTER, wearing, AS_OF, DEADLINE)).contains(DueReason.TREAD);
        // one whole month from 15 September: 4.1
        assertThat(DueSets.reason(v, WINTER, wearing, LocalDate.of(2025, 9, 15), DEADLINE)).isEmpty();
        // never below zero, and no wear back in time
        assertThat(DueSets.projectedTread(v, RULES.withWearPerMonthMm(BigDecimal.TEN), AS_OF, DEADLINE)).isEqualByComparingTo("0");
        assertThat(DueSets.projectedTread(v, wearing, DEADLINE, AS_OF)).isEqualByComparingTo("4.3");
    }

    @Test
    void anAllSeasonSetCoversBothSeasonsUntilItFails() {
        Vehicle good = vehicle("A", "ambulance", "225/75 R16 108Q", 4, true, ALL_SEASON, "6.0", "2024-03");
        assertThat(NeedCalculator.calculate(List.of(good), List.of(), RULES, AS_OF, DEADLINE).lines()).isEmpty();
        Vehicle old = Vehicles.withTiresMade(good, java.time.YearMonth.of(2018, 1));
        Need need = NeedCalculator.calculate(List.of(old), List.of(), RULES, AS_OF, DEADLINE);
        assertThat(need.total()).isEqualTo(10); // a summer and a winter set of 5
    }

    @Test
    void stockThatFitsOnlySomeVehiclesOfALineIsNotCounted() {
        // the line needs R; Q tires in stock would leave the R vehicle short
        List<Vehicle> vs = List.of(
                vehicle("A", "ambulance", "185/75 R16 C 104/102 Q", 4, false, SUMMER, "7", "2024-01"),
                vehicle("B", "ambulance", "185/75 R16 C 104/102 R", 4, false, SUMMER, "7", "2024-01"));
        Need need = NeedCalculator.calculate(vs, List.of(stock("Q", "185/75 R16 C 104/102 Q", WINTER, 8)), RULES,
                AS_OF, DEADLINE);
        assertThat(need.total()).isEqualTo(8);
        Need fits = NeedCalculator.calculate(vs, List.of(stock("R", "185/75 R16 C 106/104 S", WINTER, 5)), RULES,
                AS_OF, DEADLINE);
        assertThat(fits.total()).isEqualTo(3);
        assertThat(fits.lines().get(0).stockTires()).isEqualTo(5);
        // stock above the need counts only up to it
        Need plenty = NeedCalculator.calculate(vs, List.of(stock("R", "185/75 R16 C 106/104 S", WINTER, 50)), RULES,
                AS_OF, DEADLINE);
        assertThat(plenty.total()).isZero();
        assertThat(plenty.lines().get(0).stockTires()).isEqualTo(8);
        assertThat(plenty.popular()).isEmpty();
        assertThat(plenty.notCovered()).isEmpty();
    }
}
