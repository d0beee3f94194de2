package org.localis.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class CostProperties {

    private static BigDecimal money(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    @Property
    void allocationSharesAddUpToTheCostWithinHalfACentEach(@ForAll @IntRange(min = 1, max = 100_000_000) int costCents,
                                                           @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 1_000_000) Integer> bases) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (int i = 0; i < bases.size(); i++) {
            m.put("G" + i, BigDecimal.valueOf(bases.get(i)));
        }
        if (bases.stream().mapToLong(Integer::longValue).sum() == 0) {
            m.put("G" + bases.size(), BigDecimal.ONE);
        }
        Allocation.Result r = Allocation.allocate(money(costCents), AllocationBasis.UNITS_PRODUCED, m, null);
        BigDecimal sum = r.shares().stream().map(Allocation.Share::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal ratios = r.shares().stream().map(Allocation.Share::ratio).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum.subtract(money(costCents)).abs()).isLessThanOrEqualTo(new BigDecimal("0.005").multiply(BigDecimal.valueOf(m.size())));
        assertThat(ratios.subtract(BigDecimal.ONE).abs()).isLessThan(new BigDecimal("1e-30"));
        for (Allocation.Share s : r.shares()) {
            assertThat(s.amount().signum()).isGreaterThanOrEqualTo(0);
        }
    }

    /** Receipts and shipments that never ship more than is in stock, ending with a shipment of all that is left. */
    @Provide
    Arbitrary<List<InventoryEvent>> inventories() {
        Arbitrary<int[]> step = Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(1, 500),
                Arbitraries.integers().between(50, 300), Arbitraries.of(true, false)).as((k, u, c, o) -> new int[] {k, u, c, o ? 1 : 0});
        return step.list().ofMinSize(1).ofMaxSize(30).map(steps -> {
            List<InventoryEvent> ev = new ArrayList<>();
            LocalDate d = LocalDate.of(2024, 1, 1);
            BigDecimal stock = BigDecimal.ZERO;
            for (int[] s : steps) {
                d = d.plusDays(1);
                if (s[0] > 0 || stock.signum() == 0) {
                    ev.add(new InventoryEvent.Receipt(d, BigDecimal.valueOf(s[1]), money(s[2]), s[3] == 1));
                    stock = stock.add(BigDecimal.valueOf(s[1]));
                } else {
                    BigDecimal u = BigDecimal.valueOf(s[1]).min(stock);
                    ev.add(new InventoryEvent.Shipment(d, u));
                    stock = stock.subtract(u);
                }
            }
            if (stock.signum() > 0) {
                ev.add(new InventoryEvent.Shipment(d.plusDays(1), stock));
            }
            return ev;
        });
    }

    @Property
    void fifoAndLifoDrawEveryReceivedUnitOnceAndAgreeOnTheTotalWhenTheStockIsEmptied(@ForAll("inventories") List<InventoryEvent> events) {
        BigDecimal nonOriginatingValue = BigDecimal.ZERO;
        BigDecimal received = BigDecimal.ZERO;
        for (InventoryEvent e : events) {
            if (e instanceof InventoryEvent.Receipt r) {
                received = received.add(r.units());
                if (!r.originating()) {
                    nonOriginatingValue = nonOriginatingValue.add(r.value());
                }
            }
        }
        for (InventoryMethod m : List.of(InventoryMethod.FIFO, InventoryMethod.LIFO)) {
            List<Inventory.ShipmentResult> r = Inventory.run(m, events, Inventory.AverageRounding.EXACT);
            BigDecimal shipped = BigDecimal.ZERO;
            BigDecimal vnm = BigDecimal.ZERO;
            for (Inventory.ShipmentResult s : r) {
                BigDecimal drawn = s.draws().stream().map(Inventory.Draw::units).reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(drawn).isEqualByComparingTo(s.units());
                assertThat(s.originatingUnits().add(s.nonOriginatingUnits())).isEqualByComparingTo(s.units());
                shipped = shipped.add(s.units());
                vnm = vnm.add(s.vnm());
            }
            assertThat(shipped).isEqualByComparingTo(received);
            assertThat(vnm).as(m.name()).isEqualByComparingTo(nonOriginatingValue);
        }
    }

    @Property
    void theAverageMethodNeverCountsMoreNonOriginatingUnitsThanShipped(@ForAll("inventories") List<InventoryEvent> events) {
        for (Inventory.ShipmentResult s : Inventory.run(InventoryMethod.AVERAGE, events, Inventory.AverageRounding.EXACT)) {
            assertThat(s.nonOriginatingUnits()).isBetween(BigDecimal.ZERO, s.units());
            assertThat(s.vnm().signum()).isGreaterThanOrEqualTo(0);
        }
    }

    @Property
    void netCostIsTotalCostLessExcludedCostsWhateverTheOrderOfTheLines(
            @ForAll @Size(min = 1, max = 20) List<@IntRange(min = 0, max = 1_000_000) Integer> amounts,
            @ForAll @IntRange(min = 0, max = 10_000) int seed) {
        List<CostLine> lines = new ArrayList<>();
        CostSection[] sections = CostSection.values();
        ExcludedCost[] kinds = ExcludedCost.values();
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal excluded = BigDecimal.ZERO;
        for (int i = 0; i < amounts.size(); i++) {
            BigDecimal a = money(amounts.get(i));
            CostSection s = sections[(i + seed) % sections.length];
            sum = sum.add(a);
            if (s == CostSection.MATERIAL) {
                lines.add(CostLine.material("m" + i, a, MaterialOrigin.values()[(i * 7 + seed) % 3]));
            } else if ((i + seed) % 3 == 0) {
                lines.add(CostLine.excluded(s, "x" + i, a, kinds[(i + seed) % kinds.length]));
                excluded = excluded.add(a);
            } else {
                lines.add(CostLine.of(s, "c" + i, a));
            }
        }
        NetCostResult r = NetCost.of(CostStatement.of("USD", lines));
        assertThat(r.totalCost()).isEqualByComparingTo(sum);
        assertThat(r.excludedTotal()).isEqualByComparingTo(excluded);
        assertThat(r.netCost()).isEqualByComparingTo(sum.subtract(excluded));
        List<CostLine> shuffled = new ArrayList<>(lines);
        Collections.shuffle(shuffled, new java.util.Random(seed));
        NetCostResult again = NetCost.of(CostStatement.of("USD", shuffled));
        assertThat(again.netCost()).isEqualByComparingTo(r.netCost());
        assertThat(again.nonOriginatingMaterials()).isEqualByComparingTo(r.nonOriginatingMaterials());
    }

    @Property
    void aSupplierStatementNeverRaisesTheBuyersVnm(@ForAll @IntRange(min = 1, max = 1_000_000) int valueCents,
                                                  @ForAll @IntRange(min = 0, max = 2_000_000) int amountCents) {
        BigDecimal value = money(valueCents);
        CostStatement without = CostStatement.of("USD", List.of(CostLine.material("part", value, MaterialOrigin.NON_ORIGINATING),
                CostLine.of(CostSection.PRODUCT, "labour", money(100_00))));
        CostStatement with = CostStatement.of("USD", List.of(
                CostLine.material("part", value, SupplierStatement.OriginatingAmount.of(money(amountCents))),
                CostLine.of(CostSection.PRODUCT, "labour", money(100_00))));
        NetCostResult a = NetCost.of(without);
        NetCostResult b = NetCost.of(with);
        assertThat(b.nonOriginatingMaterials()).isLessThanOrEqualTo(a.nonOriginatingMaterials());
        assertThat(b.netCost()).isEqualByComparingTo(a.netCost());
        assertThat(b.rvc()).isGreaterThanOrEqualTo(a.rvc());
    }
}
