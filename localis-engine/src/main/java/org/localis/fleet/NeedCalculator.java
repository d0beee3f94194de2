package org.localis.fleet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Counts the tires a fleet needs per size and season:
 * {@code need(s,t) = Σ tiresPerSet(v) over vehicles due a set of size s for season t − usable stock(s,t)},
 * at least 0 (spec §4.3), with the due rule of {@link DueSets}.
 *
 * <p>Usable stock for a line is stock of the line's size whose tire satisfies the line's strictest requirement
 * (so it fits every vehicle of the line): first the stock of the line's season; then all-season stock, which may
 * serve either season and is given to winter lines first (summer tires are banned in winter, so a missing winter
 * set is the more urgent one), then to summer lines. Stock is counted in tires, not full sets: a buyer completes
 * partial sets with the same tire.
 */
public final class NeedCalculator {

    /** The default share of the total need the popular sizes must cover. */
    public static final BigDecimal DEFAULT_COVERAGE = new BigDecimal("0.90");

    private NeedCalculator() {
    }

    /** {@link #calculate(List, List, NeedRules, LocalDate, LocalDate, BigDecimal)} with 90 % coverage. */
    public static Need calculate(List<Vehicle> vehicles, List<StockItem> stock, NeedRules rules, LocalDate asOf,
                                 LocalDate deadline) {
        return calculate(vehicles, stock, rules, asOf, deadline, DEFAULT_COVERAGE);
    }

    /**
     * @param asOf          the date of the tread readings (wear is projected from it to the deadline)
     * @param deadline      the date by which the sets must be fitted
     * @param coverageShare the share of the total need the popular lines must cover, 0..1
     */
    public static Need calculate(List<Vehicle> vehicles, List<StockItem> stock, NeedRules rules, LocalDate asOf,
                                 LocalDate deadline, BigDecimal coverageShare) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(deadline, "deadline");
        if (coverageShare.signum() < 0 || coverageShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("the coverage share must be between 0 and 1, not " + coverageShare);
        }
        List<VehicleNeed> vehicleNeeds = new ArrayList<>();
        Map<Key, List<Vehicle>> due = new TreeMap<>();
        for (Vehicle v : vehicles) {
            for (Season t : Season.DEMAND) {
                Optional<DueReason> reason = DueSets.reason(v, t, rules, asOf, deadline);
                if (reason.isPresent()) {
                    vehicleNeeds.add(new VehicleNeed(v.id(), t, reason.get(), v.tiresPerSet()));
                    due.computeIfAbsent(new Key(v.tireSize().sizeKey(), t), k -> new ArrayList<>()).add(v);
                }
            }
        }
        List<Draft> drafts = new ArrayList<>();
        for (Map.Entry<Key, List<Vehicle>> e : due.entrySet()) {
            drafts.add(new Draft(e.getKey(), e.getValue()));
        }
        countStock(drafts, stock);
        List<NeedLine> lines = drafts.stream().map(Draft::line).toList();
        return popular(lines, coverageShare, vehicleNeeds);
    }

    private static void countStock(List<Draft> drafts, List<StockItem> stock) {
        for (Draft d : drafts) {
            long exact = 0;
            for (StockItem s : stock) {
                if (s.season() == d.key.season() && s.tire().satisfies(d.required)) {
                    exact += s.quantity();
                }
            }
            d.stock = (int) Math.min(d.dueTires, exact);
        }
        List<StockItem> allSeason = stock.stream().filter(s -> s.season() == Season.ALL_SEASON)
                .sorted(Comparator.comparing(StockItem::stockId)).toList();
        if (allSeason.isEmpty()) {
            return;
        }
        int[] left = allSeason.stream().mapToInt(StockItem::quantity).toArray();
        for (Season t : List.of(Season.WINTER, Season.SUMMER)) {
            for (Draft d : drafts) {
                if (d.key.season() != t) {
                    continue;
                }
                for (int i = 0; i < allSeason.size() && d.stock < d.dueTires; i++) {
                    if (allSeason.get(i).tire().satisfies(d.required)) {
                        int take = Math.min(d.dueTires - d.stock, left[i]);
                        d.stock += take;
                        left[i] -= take;
                    }
                }
            }
        }
    }

    private static Need popular(List<NeedLine> lines, BigDecimal coverageShare, List<VehicleNeed> vehicleNeeds) {
        List<NeedLine> wanted = lines.stream().filter(l -> l.quantity() > 0)
                .sorted(Comparator.comparingInt(NeedLine::quantity).reversed()
                        .thenComparing(NeedLine::sizeKey).thenComparing(NeedLine::season))
                .toList();
        long total = 0;
        for (NeedLine l : wanted) {
            total += l.quantity();
        }
        BigDecimal target = coverageShare.multiply(BigDecimal.valueOf(total));
        List<NeedLine> popular = new ArrayList<>();
        long covered = 0;
        int i = 0;
        while (i < wanted.size() && BigDecimal.valueOf(covered).compareTo(target) < 0) {
            covered += wanted.get(i).quantity();
            popular.add(wanted.get(i));
            i++;
        }
        return new Need(lines, popular, wanted.subList(i, wanted.size()), Math.toIntExact(total),
                Math.toIntExact(covered), vehicleNeeds);
    }

    /** A line's size and season; ordered by size key, then season. */
    private record Key(String sizeKey, Season season) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = sizeKey.compareTo(o.sizeKey);
            return c != 0 ? c : season.compareTo(o.season);
        }
    }

    /** A line being counted. */
    private static final class Draft {
        final Key key;
        final TireSize required;
        final int dueTires;
        final Map<String, Integer> vehiclesByCategory = new TreeMap<>();
        final Map<String, Integer> tiresByCategory = new TreeMap<>();
        final int vehicles;
        int stock;

        Draft(Key key, List<Vehicle> due) {
            this.key = key;
            this.required = TireSize.strictest(due.stream().map(Vehicle::tireSize).toList());
            int tires = 0;
            for (Vehicle v : due) {
                tires += v.tiresPerSet();
                vehiclesByCategory.merge(v.category(), 1, Integer::sum);
                tiresByCategory.merge(v.category(), v.tiresPerSet(), Integer::sum);
            }
            this.dueTires = tires;
            this.vehicles = due.size();
        }

        NeedLine line() {
            return new NeedLine(key.sizeKey(), key.season(), required, vehicles, dueTires, stock, dueTires - stock,
                    new TreeMap<>(vehiclesByCategory), new TreeMap<>(tiresByCategory));
        }
    }
}
