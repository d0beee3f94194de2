package org.localis.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.localis.fleet.Season.ALL_SEASON;
import static org.localis.fleet.Season.SUMMER;
import static org.localis.fleet.Season.WINTER;
import static org.localis.fleet.Vehicles.stock;
import static org.localis.fleet.Vehicles.vehicle;
import static org.localis.fleet.Vehicles.withPriority;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.localis.fleet.SetAllocation.Assignment;
import org.localis.fleet.SetAllocation.Unserved;

class SetAllocatorTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 10, 15);
    private static final String GAZ = "185/75 R16 C 104/102 Q";

    @Test
    void servesFullSetsInPriorityOrderWithTheLeastExcess() {
        List<Vehicle> vehicles = List.of(
                withPriority(vehicle("A1", "ambulance", GAZ, 4, true, SUMMER, "5.0", "2024-01"), 2, false), // no set, 5
                withPriority(vehicle("A2", "ambulance", GAZ, 4, false, WINTER, "3.0", "2024-01"), 3, false), // tread, 4
                withPriority(vehicle("A3", "ambulance", GAZ, 4, true, WINTER, "6.0", "2018-01"), 1, false), // age, 5
                withPriority(vehicle("E1", "emergency", GAZ, 4, true, SUMMER, "5.0", "2024-01"), 1, true),  // off road
                withPriority(vehicle("H1", "humanitarian", GAZ, 6, true, SUMMER, "5.0", "2024-01"), 1, false), // 7
                vehicle("U1", "utility", "185/75 R16 92Q", 4, true, SUMMER, "5.0", "2024-01"),
                vehicle("OK", "ambulance", GAZ, 4, true, WINTER, "7.0", "2024-01")); // not due
        List<StockItem> stock = List.of(
                stock("K1", "185/75 R16 C 106/104 R", WINTER, 10),
                stock("K2", GAZ, ALL_SEASON, 5),
                stock("K3", GAZ, WINTER, 9),
                stock("K4", "185/75 R16 92Q", SUMMER, 10),
                stock("K5", GAZ, SUMMER, 20));
        SetAllocation a = SetAllocator.allocate(stock, vehicles, ServiceCategories.demo(), NeedRules.defaults(), TODAY,
                WINTER);
        // ambulances first: A2 (below the winter minimum) before A1 (no winter set) before A3 (only too old);
        // K3 is the exact match, K2 the same tire but all-season, K1 the stronger one
        assertThat(a.assignments()).containsExactly(
                new Assignment("A2", "K3", 4),
                new Assignment("A1", "K3", 5),
                new Assignment("A3", "K2", 5),
                new Assignment("E1", "K1", 5));
        assertThat(a.unserved()).containsExactly(
                new Unserved("H1", UnservedReason.NOT_ENOUGH_STOCK), // 5 left of K1, 7 needed
                new Unserved("U1", UnservedReason.NO_MATCHING_STOCK)); // only summer tires of its size
        assertThat(a.remainingStock()).containsExactly(Map.entry("K1", 5), Map.entry("K2", 0), Map.entry("K3", 0),
                Map.entry("K4", 10), Map.entry("K5", 20));
    }

    @Test
    void aVehicleTakesNothingRatherThanAPartialOrMixedSet() {
        Vehicle v = vehicle("T", "ambulance", "195/75 R16 C 107/105 R", 6, true, SUMMER, "5.0", "2024-01");
        List<StockItem> stock = List.of(stock("X", "195/75 R16 C 107/105 R", WINTER, 4),
                stock("Y", "195/75 R16 C 107/105 R", WINTER, 4));
        SetAllocation a = SetAllocator.allocate(stock, List.of(v), ServiceCategories.demo(), NeedRules.defaults(),
                TODAY, WINTER);
        assertThat(a.assignments()).isEmpty();
        assertThat(a.unserved()).containsExactly(new Unserved("T", UnservedReason.NOT_ENOUGH_STOCK));
        assertThat(a.remainingStock()).containsExactly(Map.entry("X", 4), Map.entry("Y", 4));
    }

    @Test
    void weakerOrSlowerTiresDoNotFit() {
        Vehicle v = vehicle("S", "ambulance", "235/65 R16 C 115/113 R", 4, false, SUMMER, "5.0", "2024-01");
        List<StockItem> stock = List.of(stock("weak", "235/65 R16 C 113/111 R", WINTER, 8),
                stock("slow", "235/65 R16 C 115/113 Q", WINTER, 8),
                stock("nodual", "235/65 R16 C 115 R", WINTER, 8));
        SetAllocation a = SetAllocator.allocate(stock, List.of(v), ServiceCategories.demo(), NeedRules.defaults(),
                TODAY, WINTER);
        assertThat(a.unserved()).containsExactly(new Unserved("S", UnservedReason.NO_MATCHING_STOCK));
    }

    @Test
    void rejectsBadArguments() {
        Vehicle v = vehicle("S", "police", GAZ, 4, false, SUMMER, "5.0", "2024-01");
        assertThatThrownBy(() -> SetAllocator.allocate(List.of(), List.of(v), ServiceCategories.demo(),
                NeedRules.defaults(), TODAY, WINTER)).hasMessageContaining("unknown service category 'police'");
        assertThatThrownBy(() -> SetAllocator.allocate(List.of(), List.of(), ServiceCategories.demo(),
                NeedRules.defaults(), TODAY, ALL_SEASON)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SetAllocator.allocate(List.of(stock("K", GAZ, WINTER, 1), stock("K", GAZ, WINTER, 2)),
                List.of(), ServiceCategories.demo(), NeedRules.defaults(), TODAY, WINTER))
                .hasMessageContaining("stock id K appears twice");
    }
}
