package org.localis.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.localis.fleet.RandomFleets.Scenario;
import org.localis.fleet.SetAllocation.Assignment;
import org.localis.fleet.SetAllocation.Unserved;

/** Invariants of the set allocation over random fleets and stock. */
class SetAllocatorProperties {

    private static final ServiceCategories CATEGORIES = ServiceCategories.demo();
    private static final NeedRules RULES = NeedRules.defaults();

    private static SetAllocation allocate(Scenario s, Season season) {
        return SetAllocator.allocate(s.stock(), s.vehicles(), CATEGORIES, RULES, RandomFleets.TODAY, season);
    }

    private static Season season(long seed) {
        return (seed & 1) == 0 ? Season.SUMMER : Season.WINTER;
    }

    private static Optional<DueReason> due(Vehicle v, Season season) {
        return DueSets.reason(v, season, RULES, RandomFleets.TODAY, RandomFleets.TODAY);
    }

    private static boolean fits(StockItem s, Vehicle v, Season season) {
        return s.season().covers(season) && s.tire().satisfies(v.tireSize());
    }

    @Property(tries = 1000)
    void neverGivesMoreThanTheStockAndOnlyFullSetsThatFit(@ForAll long seed) {
        Scenario s = RandomFleets.scenario(seed);
        Season season = season(seed);
        SetAllocation a = allocate(s, season);
        Map<String, Vehicle> vehicles = s.vehicles().stream().collect(Collectors.toMap(Vehicle::id, Function.identity()));
        Map<String, StockItem> stock = s.stock().stream().collect(Collectors.toMap(StockItem::stockId, Function.identity()));
        Map<String, Integer> given = new HashMap<>();
        for (Assignment x : a.assignments()) {
            Vehicle v = vehicles.get(x.vehicleId());
            StockItem item = stock.get(x.stockId());
            assertThat(x.quantity()).isEqualTo(v.tiresPerSet());
            assertThat(fits(item, v, season)).as(x.toString()).isTrue();
            given.merge(x.stockId(), x.quantity(), Integer::sum);
        }
        for (StockItem item : s.stock()) {
            int out = given.getOrDefault(item.stockId(), 0);
            assertThat(out).isLessThanOrEqualTo(item.quantity());
            assertThat(a.remainingStock().get(item.stockId())).isEqualTo(item.quantity() - out);
        }
        assertThat(a.remainingStock()).hasSize(s.stock().size());
    }

    @Property(tries = 1000)
    void everyDueVehicleIsServedOnceOrUnservedAndNoOtherAppears(@ForAll long seed) {
        Scenario s = RandomFleets.scenario(seed);
        Season season = season(seed);
        SetAllocation a = allocate(s, season);
        Set<String> due = s.vehicles().stream().filter(v -> due(v, season).isPresent()).map(Vehicle::id)
                .collect(Collectors.toSet());
        List<String> served = a.assignments().stream().map(Assignment::vehicleId).toList();
        List<String> unserved = a.unserved().stream().map(Unserved::vehicleId).toList();
        assertThat(new HashSet<>(served)).hasSize(served.size());
        List<String> all = new ArrayList<>(served);
        all.addAll(unserved);
        assertThat(all).containsExactlyInAnyOrderElementsOf(due);
        Map<String, Vehicle> vehicles = s.vehicles().stream().collect(Collectors.toMap(Vehicle::id, Function.identity()));
        for (Unserved u : a.unserved()) {
            boolean anyFits = s.stock().stream().anyMatch(item -> fits(item, vehicles.get(u.vehicleId()), season));
            assertThat(u.reason()).isEqualTo(anyFits ? UnservedReason.NOT_ENOUGH_STOCK : UnservedReason.NO_MATCHING_STOCK);
        }
    }

    /** The serving order, written out from the rules (not taken from the allocator). */
    private static Comparator<Vehicle> priority(Season season) {
        return Comparator.comparingInt((Vehicle v) -> -CATEGORIES.weight(v.category()))
                .thenComparing(v -> !(v.offRoad() || due(v, season).orElseThrow() == DueReason.TREAD))
                .thenComparing(v -> due(v, season).orElseThrow() != DueReason.NO_SET)
                .thenComparingInt(Vehicle::priority)
                .thenComparing(Vehicle::id);
    }

    @Property(tries = 1000)
    void noUnservedVehicleCouldHaveHadTheStockOfALowerPriorityOne(@ForAll long seed) {
        Scenario s = RandomFleets.scenario(seed);
        Season season = season(seed);
        SetAllocation a = allocate(s, season);
        Map<String, Vehicle> vehicles = s.vehicles().stream().collect(Collectors.toMap(Vehicle::id, Function.identity()));
        Map<String, StockItem> stock = s.stock().stream().collect(Collectors.toMap(StockItem::stockId, Function.identity()));
        Comparator<Vehicle> order = priority(season);
        for (Unserved u : a.unserved()) {
            Vehicle high = vehicles.get(u.vehicleId());
            for (Assignment x : a.assignments()) {
                Vehicle low = vehicles.get(x.vehicleId());
                if (order.compare(high, low) >= 0) {
                    continue; // not lower in priority
                }
                StockItem item = stock.get(x.stockId());
                // the tires the lower one got plus what is left of the item would have made the higher one's set
                boolean couldHave = fits(item, high, season)
                        && x.quantity() + a.remainingStock().get(item.stockId()) >= high.tiresPerSet();
                assertThat(couldHave).as(high.id() + " unserved while " + low.id() + " got " + x.stockId()).isFalse();
            }
        }
        // and the served ones come out in priority order
        List<Vehicle> servedOrder = a.assignments().stream().map(x -> vehicles.get(x.vehicleId())).toList();
        assertThat(servedOrder).isSortedAccordingTo(order);
    }

    @Property(tries = 500)
    void theOrderOfTheInputDoesNotMatter(@ForAll long seed) {
        Scenario s = RandomFleets.scenario(seed);
        Season season = season(seed);
        List<Vehicle> vs = new ArrayList<>(s.vehicles());
        List<StockItem> st = new ArrayList<>(s.stock());
        Collections.shuffle(vs, new Random(seed));
        Collections.shuffle(st, new Random(seed + 1));
        SetAllocation a = allocate(s, season);
        SetAllocation b = SetAllocator.allocate(st, vs, CATEGORIES, RULES, RandomFleets.TODAY, season);
        assertThat(b.assignments()).isEqualTo(a.assignments());
        assertThat(b.unserved()).isEqualTo(a.unserved());
        assertThat(new HashMap<>(b.remainingStock())).isEqualTo(new HashMap<>(a.remainingStock()));
    }
}
