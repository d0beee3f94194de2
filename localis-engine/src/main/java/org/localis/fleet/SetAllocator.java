package org.localis.fleet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Gives stock to vehicles as full sets for one season.
 *
 * <p>Every vehicle due a set for the season ({@link DueSets}, as of {@code today}) gets a full set
 * ({@link Vehicle#tiresPerSet()} tires) of one stock item whose tire {@linkplain TireSize#satisfies satisfies}
 * the vehicle's size and whose season is that season or all-season, or nothing. Vehicles are served one at a
 * time in priority order:
 * <ol>
 *   <li>service category weight, highest first;</li>
 *   <li>vehicles off the road, or with tread below the season's legal minimum, first;</li>
 *   <li>vehicles with no set for the season first (before sets that are only too old);</li>
 *   <li>the vehicle's priority field, 1 first;</li>
 *   <li>vehicle id.</li>
 * </ol>
 * Each takes, among the items with a full set left that fit it, the one with the least excess: the lowest load
 * index, then the lowest dual load index, then the slowest speed symbol, then an item of the exact season before
 * an all-season one, then the stock id; so stronger tires stay for vehicles that need them. Because vehicles are
 * served in order and stock only goes down, no unserved vehicle could have been served with the stock a
 * vehicle after it got.
 */
public final class SetAllocator {

    private SetAllocator() {
    }

    /** {@link #allocate(List, List, ServiceCategories, NeedRules, LocalDate, LocalDate, Season)} due by today. */
    public static SetAllocation allocate(List<StockItem> stock, List<Vehicle> vehicles, ServiceCategories categories,
                                         NeedRules rules, LocalDate today, Season season) {
        return allocate(stock, vehicles, categories, rules, today, today, season);
    }

    /**
     * @param asOf   the date of the tread readings
     * @param dueBy  the date by which the sets must be fitted: the same "due by" date the need was counted with
     *               (the drive's deadline), so every vehicle counted in the need may be served
     * @param season SUMMER or WINTER
     * @throws IllegalArgumentException for ALL_SEASON, a stock id or vehicle id given twice, or a vehicle whose
     *                                  category is not in {@code categories}
     */
    public static SetAllocation allocate(List<StockItem> stock, List<Vehicle> vehicles, ServiceCategories categories,
                                         NeedRules rules, LocalDate asOf, LocalDate dueBy, Season season) {
        if (season == Season.ALL_SEASON) {
            throw new IllegalArgumentException("sets are allocated for summer or winter, not all-season");
        }
        Map<String, Integer> remaining = new LinkedHashMap<>();
        for (StockItem s : stock) {
            if (remaining.putIfAbsent(s.stockId(), s.quantity()) != null) {
                throw new IllegalArgumentException("stock id " + s.stockId() + " appears twice");
            }
        }
        List<Due> due = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Vehicle v : vehicles) {
            if (!ids.add(v.id())) {
                throw new IllegalArgumentException("vehicle id " + v.id() + " appears twice");
            }
            int weight = categories.weight(v.category());
            Optional<DueReason> reason = DueSets.reason(v, season, rules, asOf, dueBy);
            reason.ifPresent(r -> due.add(new Due(v, weight, r)));
        }
        due.sort(PRIORITY);
        List<StockItem> usable = stock.stream().filter(s -> s.season().covers(season))
                .sorted(leastExcess(season)).toList();
        List<SetAllocation.Assignment> assignments = new ArrayList<>();
        List<SetAllocation.Unserved> unserved = new ArrayList<>();
        for (Due d : due) {
            Vehicle v = d.vehicle();
            int set = v.tiresPerSet();
            boolean fits = false;
            StockItem chosen = null;
            for (StockItem s : usable) {
                if (s.tire().satisfies(v.tireSize())) {
                    fits = true;
                    if (remaining.get(s.stockId()) >= set) {
                        chosen = s;
                        break;
                    }
                }
            }
            if (chosen == null) {
                unserved.add(new SetAllocation.Unserved(v.id(),
                        fits ? UnservedReason.NOT_ENOUGH_STOCK : UnservedReason.NO_MATCHING_STOCK));
            } else {
                remaining.merge(chosen.stockId(), -set, Integer::sum);
                assignments.add(new SetAllocation.Assignment(v.id(), chosen.stockId(), set));
            }
        }
        return new SetAllocation(assignments, unserved, remaining);
    }

    /** A vehicle due a set, with what orders it. */
    record Due(Vehicle vehicle, int weight, DueReason reason) {
        boolean urgent() {
            return vehicle.offRoad() || reason == DueReason.TREAD;
        }
    }

    /** The serving order (see the class comment). */
    static final Comparator<Due> PRIORITY = Comparator.comparingInt((Due d) -> -d.weight())
            .thenComparing(d -> !d.urgent())
            .thenComparing(d -> d.reason() != DueReason.NO_SET)
            .thenComparingInt(d -> d.vehicle().priority())
            .thenComparing(d -> d.vehicle().id());

    /** Stock in order of least excess (see the class comment). */
    private static Comparator<StockItem> leastExcess(Season season) {
        return Comparator.comparingInt((StockItem s) -> s.tire().loadIndex() == null ? -1 : s.tire().loadIndex())
                .thenComparingInt(s -> s.tire().dualLoadIndex() == null ? -1 : s.tire().dualLoadIndex())
                .thenComparingInt(s -> s.tire().ratedSpeed() == null ? -1 : s.tire().ratedSpeed().ordinal())
                .thenComparing(s -> s.season() != season)
                .thenComparing(StockItem::stockId);
    }
}
