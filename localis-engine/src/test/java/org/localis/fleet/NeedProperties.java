package org.localis.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.localis.fleet.RandomFleets.Scenario;

/** Invariants of the need over random fleets and stock. */
class NeedProperties {

    private static final NeedRules RULES = NeedRules.defaults();
    private static final LocalDate AS_OF = RandomFleets.TODAY;
    private static final LocalDate DEADLINE = AS_OF.plusMonths(2);

    private static Need need(List<Vehicle> vehicles, List<StockItem> stock) {
        return NeedCalculator.calculate(vehicles, stock, RULES, AS_OF, DEADLINE);
    }

    @Property(tries = 1000)
    void moreWornTiresNeverMeanLessNeed(@ForAll long seed) {
        Scenario s = RandomFleets.scenario(seed);
        if (s.vehicles().isEmpty()) {
            return;
        }
        Random r = new Random(seed);
        List<Vehicle> worn = new ArrayList<>(s.vehicles());
        for (int k = 0; k < 1 + r.nextInt(3); k++) {
            int i = r.nextInt(worn.size());
            Vehicle v = worn.get(i);
            BigDecimal less = v.treadMm().subtract(BigDecimal.valueOf(r.nextInt(60), 1)).max(BigDecimal.ZERO);
            worn.set(i, Vehicles.withTread(v, less));
        }
        Need before = need(s.vehicles(), s.stock());
        Need after = need(worn, s.stock());
        assertThat(after.total()).isGreaterThanOrEqualTo(before.total());
        assertThat(after.vehicleNeeds()).containsAll(before.vehicleNeeds().stream()
                .filter(n -> n.reason() == DueReason.NO_SET).toList());
        assertThat(after.vehicleNeeds().size()).isGreaterThanOrEqualTo(before.vehicleNeeds().size());
    }

    @Property(tries = 1000)
    void olderTiresNeverMeanLessNeed(@ForAll long seed) {
        Scenario s = RandomFleets.scenario(seed);
        if (s.vehicles().isEmpty()) {
            return;
        }
        Random r = new Random(seed);
        List<Vehicle> older = new ArrayList<>(s.vehicles());
        int i = r.nextInt(older.size());
        older.set(i, Vehicles.withTiresMade(older.get(i), older.get(i).tiresMade().minusMonths(1 + r.nextInt(48))));
        assertThat(need(older, s.stock()).total()).isGreaterThanOrEqualTo(need(s.vehicles(), s.stock()).total());
    }

    @Property(tries = 1000)
    void moreStockNeverMeansMoreNeed(@ForAll long seed) {
        Scenario s = RandomFleets.scenario(seed);
        if (s.stock().isEmpty()) {
            return;
        }
        Random r = new Random(seed);
        List<StockItem> more = new ArrayList<>(s.stock());
        int i = r.nextInt(more.size());
        StockItem it = more.get(i);
        more.set(i, new StockItem(it.stockId(), it.tire(), it.season(), it.quantity() + 1 + r.nextInt(20)));
        Need before = need(s.vehicles(), s.stock());
        Need after = need(s.vehicles(), more);
        assertThat(after.total()).isLessThanOrEqualTo(before.total());
        assertThat(need(s.vehicles(), List.of()).total()).isGreaterThanOrEqualTo(before.total());
    }

    @Property(tries = 1000)
    void linesAddUpAndPopularIsTheSmallestCoveringPrefix(@ForAll long seed) {
        Scenario s = RandomFleets.scenario(seed);
        BigDecimal share = BigDecimal.valueOf(new Random(seed).nextInt(101), 2);
        Need need = NeedCalculator.calculate(s.vehicles(), s.stock(), RULES, AS_OF, DEADLINE, share);
        int dueTires = need.vehicleNeeds().stream().mapToInt(VehicleNeed::tires).sum();
        assertThat(need.lines().stream().mapToInt(NeedLine::dueTires).sum()).isEqualTo(dueTires);
        assertThat(need.lines().stream().mapToInt(NeedLine::quantity).sum()).isEqualTo(need.total());
        for (NeedLine l : need.lines()) {
            assertThat(l.quantity()).isEqualTo(l.dueTires() - l.stockTires()).isGreaterThanOrEqualTo(0);
            assertThat(l.vehiclesByCategory().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(l.vehicles());
            assertThat(l.tiresByCategory().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(l.dueTires());
        }
        // stock is counted at most once: never more in all lines than there is
        int stockTires = s.stock().stream().mapToInt(StockItem::quantity).sum();
        assertThat(need.lines().stream().mapToInt(NeedLine::stockTires).sum()).isLessThanOrEqualTo(stockTires);
        List<NeedLine> wanted = new ArrayList<>(need.popular());
        wanted.addAll(need.notCovered());
        assertThat(wanted).containsExactlyInAnyOrderElementsOf(need.lines().stream().filter(l -> l.quantity() > 0).toList());
        for (int i = 1; i < wanted.size(); i++) {
            assertThat(wanted.get(i).quantity()).isLessThanOrEqualTo(wanted.get(i - 1).quantity());
        }
        BigDecimal target = share.multiply(BigDecimal.valueOf(need.total()));
        assertThat(need.popular().stream().mapToInt(NeedLine::quantity).sum()).isEqualTo(need.popularTotal());
        assertThat(BigDecimal.valueOf(need.popularTotal())).isGreaterThanOrEqualTo(target);
        if (!need.popular().isEmpty()) {
            int withoutLast = need.popularTotal() - need.popular().get(need.popular().size() - 1).quantity();
            assertThat(BigDecimal.valueOf(withoutLast)).isLessThan(target);
        }
    }

    @Property(tries = 1000)
    void theRequiredTireOfALineFitsEveryVehicleInIt(@ForAll long seed) {
        Scenario s = RandomFleets.scenario(seed);
        Need need = need(s.vehicles(), s.stock());
        for (VehicleNeed vn : need.vehicleNeeds()) {
            Vehicle v = s.vehicles().stream().filter(x -> x.id().equals(vn.vehicleId())).findFirst().orElseThrow();
            NeedLine line = need.lines().stream().filter(l -> l.season() == vn.season()
                    && l.sizeKey().equals(v.tireSize().sizeKey())).findFirst().orElseThrow();
            assertThat(line.required().satisfies(v.tireSize())).isTrue();
        }
    }
}
