package org.localis.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.localis.cost.CostFixtures.bd;
import static org.localis.cost.CostFixtures.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.localis.cost.Inventory.ShipmentResult;

/**
 * Every worked example of the cost-based methods printed in the CUSMA Rules of Origin Regulations (SOR/2020-155,
 * Canada's text of the USMCA Uniform Regulations), number for number: the expected figures are the ones printed in
 * the regulation (test resources: {@code org/localis/cost/sor-2020-155/SOURCES.md}; docs/worked-examples.md).
 */
class CostWorkedExamplesTest {

    private static BigDecimal rvc1(NetCostResult r) {
        return Rvc.round(r.rvc(), 1);
    }

    // ---- s. 7(22): net cost ----

    @Test
    @DisplayName("s. 7(22), Example 4: total cost 100.00, excluded 12.00, net cost 88.00, RVC 54.5 %")
    void example4() {
        NetCostResult r = NetCost.of(statement("s7-example4.csv"));
        assertThat(r.originatingMaterials()).isEqualByComparingTo("30.00");
        assertThat(r.nonOriginatingMaterials()).isEqualByComparingTo("40.00");
        assertThat(r.otherProductCosts()).isEqualByComparingTo("20.00");
        assertThat(r.periodCosts()).isEqualByComparingTo("10.00");
        assertThat(r.totalCost()).isEqualByComparingTo("100.00");
        assertThat(r.excluded().get(ExcludedCost.SALES_PROMOTION)).isEqualByComparingTo("5.00");
        assertThat(r.excluded().get(ExcludedCost.ROYALTIES)).isEqualByComparingTo("2.50");
        assertThat(r.excluded().get(ExcludedCost.SHIPPING_PACKING)).isEqualByComparingTo("3.00");
        assertThat(r.excluded().get(ExcludedCost.NON_ALLOWABLE_INTEREST)).isEqualByComparingTo("1.50");
        assertThat(r.excludedTotal()).isEqualByComparingTo("12.00");
        assertThat(r.netCost()).isEqualByComparingTo("88.00");
        assertThat(rvc1(r)).isEqualByComparingTo("54.5");
        assertThat(r.rvc()).isGreaterThanOrEqualTo(bd("50"));
        assertThat(r.explanation()).contains("net cost = total cost − excluded costs = 100.00 − 12.00 = 88.00 USD");
    }

    @Test
    @DisplayName("s. 7(22), Example 5 (7(11)(a)): 9,000 − 1,200 = 7,800 for Goods A and B together")
    void example5() {
        CostStatement s = CostStatement.of("USD", List.of(
                CostLine.material("originating", bd("2000"), MaterialOrigin.ORIGINATING),
                CostLine.material("non-originating", bd("1000"), MaterialOrigin.NON_ORIGINATING),
                CostLine.of(CostSection.PRODUCT, "other product costs", bd("2400")),
                CostLine.of(CostSection.PERIOD, "period costs", bd("2000")),
                CostLine.excluded(CostSection.PERIOD, "excluded", bd("1200"), ExcludedCost.SALES_PROMOTION),
                CostLine.of(CostSection.OTHER, "other costs", bd("400"))));
        NetCostResult r = NetCost.of(s);
        assertThat(r.periodCosts()).isEqualByComparingTo("3200");
        assertThat(r.totalCost()).isEqualByComparingTo("9000");
        assertThat(r.netCost()).isEqualByComparingTo("7800");
    }

    @Test
    @DisplayName("s. 7(22), Example 6 (7(11)(b)): total cost 5,220 / 3,780 allocated, excluded 696 / 504, net cost 4,524 / 3,276")
    void example6() {
        // the example gives the allocated total cost (5,220 and 3,780 of 9,000); the ratio follows from it
        Map<String, BigDecimal> bases = new LinkedHashMap<>();
        bases.put("Good A", bd("5220"));
        bases.put("Good B", bd("3780"));
        Allocation.Result total = Allocation.allocate(bd("9000"), AllocationBasis.TOTAL_COST, bases, null);
        assertThat(total.share("Good A").ratio()).isEqualByComparingTo("0.58");
        Allocation.Result promo = Allocation.allocate(bd("500"), AllocationBasis.TOTAL_COST, bases, null);
        Allocation.Result royalties = Allocation.allocate(bd("200"), AllocationBasis.TOTAL_COST, bases, null);
        Allocation.Result shipping = Allocation.allocate(bd("500"), AllocationBasis.TOTAL_COST, bases, null);
        assertThat(promo.share("Good A").amount()).isEqualByComparingTo("290");
        assertThat(promo.share("Good B").amount()).isEqualByComparingTo("210");
        assertThat(royalties.share("Good A").amount()).isEqualByComparingTo("116");
        assertThat(royalties.share("Good B").amount()).isEqualByComparingTo("84");
        assertThat(shipping.share("Good A").amount()).isEqualByComparingTo("290");
        assertThat(shipping.share("Good B").amount()).isEqualByComparingTo("210");
        Map<String, BigDecimal> net = Allocation.allocateNet(bd("9000"), bd("1200"), AllocationBasis.TOTAL_COST, bases, null);
        assertThat(net.get("Good A")).isEqualByComparingTo("4524");
        assertThat(net.get("Good B")).isEqualByComparingTo("3276");
    }

    @Test
    @DisplayName("s. 7(22), Example 7 (7(11)(c)): costs allocated one by one: Good C 3,836, Good D 2,923, together 6,759 (thousands)")
    void example7() {
        NetCostResult c = NetCost.of(statement("s7-example7-good-C.csv"));
        NetCostResult d = NetCost.of(statement("s7-example7-good-D.csv"));
        assertThat(c.periodCosts()).isEqualByComparingTo("3036");
        assertThat(d.periodCosts()).isEqualByComparingTo("2643");
        assertThat(c.netCost()).isEqualByComparingTo("3836");
        assertThat(d.netCost()).isEqualByComparingTo("2923");
        assertThat(c.netCost().add(d.netCost())).isEqualByComparingTo("6759");
        assertThat(c.excludedTotal().add(d.excludedTotal())).isEqualByComparingTo("420");
    }

    @Test
    @DisplayName("s. 7(22), Examples 9 and 10: a related net exchange gain lowers total cost to 44,000, a net loss makes it 45,000; VNM unchanged")
    void examples9and10() {
        List<CostLine> base = List.of(
                CostLine.material("non-originating materials", bd("20000"), MaterialOrigin.NON_ORIGINATING),
                CostLine.of(CostSection.PRODUCT, "other product costs", bd("25000")));
        CostStatement ex9 = CostStatement.of("USD", base).plus(List.of(
                CostLine.of(CostSection.EXCHANGE, "gain on purchases of non-originating materials", bd("-7000")),
                CostLine.of(CostSection.EXCHANGE, "loss on purchases of non-originating materials", bd("6000"))));
        NetCostResult r9 = NetCost.of(ex9);
        assertThat(r9.exchange()).isEqualByComparingTo("-1000");
        assertThat(r9.totalCost()).isEqualByComparingTo("44000");
        assertThat(r9.nonOriginatingMaterials()).isEqualByComparingTo("20000");

        CostStatement ex10 = CostStatement.of("USD", List.of(
                CostLine.material("non-originating materials", bd("20000"), MaterialOrigin.NON_ORIGINATING),
                CostLine.of(CostSection.PRODUCT, "other product costs", bd("24000")),
                CostLine.of(CostSection.EXCHANGE, "gain", bd("-6000")),
                CostLine.of(CostSection.EXCHANGE, "loss", bd("7000"))));
        NetCostResult r10 = NetCost.of(ex10);
        assertThat(r10.exchange()).isEqualByComparingTo("1000");
        assertThat(r10.totalCost()).isEqualByComparingTo("45000");
        assertThat(r10.nonOriginatingMaterials()).isEqualByComparingTo("20000");
    }

    // ---- s. 8(28): intermediate materials ----

    @Test
    @DisplayName("s. 8(28), Example 2: the chainring (total cost 10.60) designated and originating; the bicycle's total cost 28.20")
    void example2() {
        CostStatement chainring = CostStatement.of("USD", List.of(
                CostLine.material("originating", bd("1.00"), MaterialOrigin.ORIGINATING),
                CostLine.material("non-originating", bd("7.50"), MaterialOrigin.NON_ORIGINATING),
                CostLine.of(CostSection.PRODUCT, "other product costs", bd("1.50")),
                CostLine.of(CostSection.PERIOD, "period costs", bd("0.20")),
                CostLine.excluded(CostSection.PERIOD, "royalties", bd("0.30"), ExcludedCost.ROYALTIES),
                CostLine.of(CostSection.OTHER, "other costs", bd("0.10"))));
        IntermediateMaterial.Result ring = IntermediateMaterial.evaluate("chainring", chainring, true,
                new IntermediateMaterial.Qualification.TariffShift(true, "subsection 3(2) (change in tariff classification)"));
        assertThat(ring.own().totalCost()).isEqualByComparingTo("10.60");
        assertThat(ring.qualifies()).isTrue();
        CostStatement bicycle = CostStatement.of("USD", List.of(
                CostLine.material("other originating materials", bd("3.00"), MaterialOrigin.ORIGINATING),
                CostLine.material("non-originating materials", bd("5.50"), MaterialOrigin.NON_ORIGINATING),
                CostLine.of(CostSection.PRODUCT, "other product costs", bd("6.50")),
                CostLine.of(CostSection.PERIOD, "period costs", bd("2.50")),
                CostLine.of(CostSection.OTHER, "other costs", bd("0.10")))).plus(ring.linesForGood());
        NetCostResult r = NetCost.of(bicycle);
        assertThat(r.originatingMaterials()).isEqualByComparingTo("13.60");
        assertThat(r.nonOriginatingMaterials()).isEqualByComparingTo("5.50");
        assertThat(r.totalCost()).isEqualByComparingTo("28.20");
    }

    @Test
    @DisplayName("s. 8(28), Example 3 A: purchased originating frame: net cost 23.40, RVC 76.5 %")
    void example3a() {
        NetCostResult r = NetCost.of(statement("s8-example3-A.csv"));
        assertThat(r.totalCost()).isEqualByComparingTo("23.60");
        assertThat(r.netCost()).isEqualByComparingTo("23.40");
        assertThat(rvc1(r)).isEqualByComparingTo("76.5");
    }

    @Test
    @DisplayName("s. 8(28), Example 3 B: self-produced frame not designated: VNM 13.00, net cost 22.80, RVC below 50 %")
    void example3b() {
        IntermediateMaterial.Result frame = IntermediateMaterial.evaluate("bicycle frame", statement("s8-frame.csv"), false,
                new IntermediateMaterial.Qualification.TariffShift(true, "subsection 3(2)"));
        assertThat(frame.own().totalCost()).isEqualByComparingTo("10.60");
        NetCostResult r = NetCost.of(statement("s8-bicycle-additional.csv").plus(frame.linesForGood()));
        assertThat(r.originatingMaterials()).isEqualByComparingTo("1.00");
        assertThat(r.nonOriginatingMaterials()).isEqualByComparingTo("13.00");
        assertThat(r.otherProductCosts()).isEqualByComparingTo("8.00");
        assertThat(r.totalCost()).isEqualByComparingTo("23.20");
        assertThat(r.excludedTotal()).isEqualByComparingTo("0.40");
        assertThat(r.netCost()).isEqualByComparingTo("22.80");
        // 9.80 / 22.80 = 42.98...%: the regulation prints 42.9 % (cut, not rounded; its other examples round half-up)
        assertThat(Rvc.round(r.rvc(), 2)).isEqualByComparingTo("42.98");
        assertThat(r.rvc()).isLessThan(bd("50"));
    }

    @Test
    @DisplayName("s. 8(28), Example 3 C: frame designated as intermediate material: counts 10.60 originating, net cost 23.00, RVC 76.1 %")
    void example3c() {
        IntermediateMaterial.Result frame = IntermediateMaterial.evaluate("bicycle frame", statement("s8-frame.csv"), true,
                new IntermediateMaterial.Qualification.TariffShift(true, "subsection 3(2)"));
        assertThat(frame.qualifies()).isTrue();
        NetCostResult r = NetCost.of(statement("s8-bicycle-additional.csv").plus(frame.linesForGood()));
        assertThat(r.originatingMaterials()).isEqualByComparingTo("10.60");
        assertThat(r.nonOriginatingMaterials()).isEqualByComparingTo("5.50");
        assertThat(r.totalCost()).isEqualByComparingTo("23.20");
        assertThat(r.excludedTotal()).isEqualByComparingTo("0.20");
        assertThat(r.netCost()).isEqualByComparingTo("23.00");
        assertThat(rvc1(r)).isEqualByComparingTo("76.1");
        assertThat(frame.explanation()).anyMatch(s -> s.contains("at its total cost 10.60"));
    }

    @Test
    @DisplayName("s. 8(28), a frame that must meet its own RVC: 27.88 % < 50 % does not qualify, so it enters line by line")
    void frameUnderOwnRvc() {
        IntermediateMaterial.Result frame = IntermediateMaterial.evaluate("bicycle frame", statement("s8-frame.csv"), true,
                new IntermediateMaterial.Qualification.RegionalValueContent(bd("50")));
        // own net cost 10.40, VNM 7.50: (10.40 − 7.50) / 10.40 = 27.88 %
        assertThat(Rvc.round(frame.own().rvc(), 2)).isEqualByComparingTo("27.88");
        assertThat(frame.qualifies()).isFalse();
        assertThat(frame.linesForGood()).hasSize(6);
    }

    // ---- s. 9(8) Example 1: accumulation with supplier statements ----

    @Test
    @DisplayName("s. 9(8) Example 1, Producer A's finished bearing rings: total cost 1.45, net cost 1.40")
    void bearingRings() {
        NetCostResult r = NetCost.of(statement("s9-bearing-rings.csv"));
        assertThat(r.totalCost()).isEqualByComparingTo("1.45");
        assertThat(r.netCost()).isEqualByComparingTo("1.40");
    }

    @Test
    @DisplayName("s. 9(8) Example 1, Situation A, no statement: net cost 2.85, VNM 1.50, RVC 47.4 %")
    void situationA() {
        NetCostResult r = NetCost.of(statement("s9-bearings-A.csv"));
        assertThat(r.totalCost()).isEqualByComparingTo("2.90");
        assertThat(r.netCost()).isEqualByComparingTo("2.85");
        assertThat(r.nonOriginatingMaterials()).isEqualByComparingTo("1.50");
        assertThat(rvc1(r)).isEqualByComparingTo("47.4");
    }

    @Test
    @DisplayName("s. 9(8) Example 1, Situation B, statement of 9(2)(a) (net cost 1.40, VNM 0.75): net cost 2.75, VNM 0.75, RVC 72.7 %")
    void situationB() {
        NetCostResult r = NetCost.of(statement("s9-bearings-B.csv"));
        assertThat(r.netCost()).isEqualByComparingTo("2.75");
        assertThat(r.nonOriginatingMaterials()).isEqualByComparingTo("0.75");
        assertThat(rvc1(r)).isEqualByComparingTo("72.7");
    }

    @Test
    @DisplayName("s. 9(8) Example 1, Situation C, statement of 9(2)(b) for 0.65: VNM 0.85, originating 1.10, RVC 70.2 %")
    void situationC() {
        NetCostResult r = NetCost.of(statement("s9-bearings-C.csv"));
        assertThat(r.originatingMaterials()).isEqualByComparingTo("1.10");
        assertThat(r.nonOriginatingMaterials()).isEqualByComparingTo("0.85");
        assertThat(r.netCost()).isEqualByComparingTo("2.85");
        assertThat(rvc1(r)).isEqualByComparingTo("70.2");
    }

    @Test
    @DisplayName("s. 9(8) Example 1, Situation D, statement of 9(2)(b) for 0.35: VNM 1.15, RVC 59.6 %")
    void situationD() {
        NetCostResult r = NetCost.of(statement("s9-bearings-D.csv"));
        assertThat(r.nonOriginatingMaterials()).isEqualByComparingTo("1.15");
        assertThat(r.netCost()).isEqualByComparingTo("2.85");
        assertThat(rvc1(r)).isEqualByComparingTo("59.6");
    }

    @Test
    @DisplayName("s. 9(8) Example 1, Situation E, statement of 9(3) under the transaction value method: TV 3.15 − 0.15 = 3.00, VNM 0.75, RVC 75 %")
    void situationE() {
        SupplierStatement s = SupplierStatement.NonOriginatingValue.of(bd("0.75"));
        BigDecimal vnm = s.vnmFor(bd("1.50"));
        BigDecimal tv = bd("3.15").subtract(bd("0.15"));
        assertThat(tv).isEqualByComparingTo("3.00");
        assertThat(Rvc.transactionValue(tv, vnm)).isEqualByComparingTo("75");
        assertThat(s.netCostMethod()).isFalse();
    }

    @Test
    @DisplayName("s. 9(8) Example 1, s. 9(4)(a): an averaged statement divides the period's sums by the units stated")
    void averagedStatement() {
        SupplierStatement.NetCostAndVnm s = SupplierStatement.NetCostAndVnm.averaged(bd("14000"), bd("7500"), bd("10000"));
        assertThat(s.netCost()).isEqualByComparingTo("1.40");
        assertThat(s.vnm()).isEqualByComparingTo("0.75");
    }

    // ---- Schedule 5: reasonable allocation ----

    private Map<String, BigDecimal> ab(String a, String b) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        m.put("Good A", bd(a));
        m.put("Good B", bd(b));
        return m;
    }

    private void check(AllocationBasis basis, String a, String b, Integer scale, String ratioA, String amountA, String amountB) {
        Allocation.Result r = Allocation.allocate(bd("6000000"), basis, ab(a, b), scale);
        assertThat(r.share("Good A").ratio()).isEqualByComparingTo(ratioA);
        assertThat(r.share("Good A").amount()).isEqualByComparingTo(amountA);
        assertThat(r.share("Good B").amount()).isEqualByComparingTo(amountB);
    }

    @Test
    @DisplayName("Schedule 5, Appendix A, Examples 1 to 6 (cost ratio method), ratios as the examples state them")
    void appendixA() {
        check(AllocationBasis.DIRECT_LABOUR_HOURS, "5000", "3000", null, "0.625", "3750000", "2250000");
        check(AllocationBasis.DIRECT_LABOUR_COSTS, "50000", "10000", 3, "0.833", "4998000", "1002000");
        check(AllocationBasis.UNITS_PRODUCED, "100000", "50000", 3, "0.667", "4002000", "1998000");
        check(AllocationBasis.MACHINE_HOURS, "1200", "1800", null, "0.40", "2400000", "3600000");
        check(AllocationBasis.SALES_VALUE, "8000000", "600000", 2, "0.93", "5580000", "420000");
        check(AllocationBasis.FLOOR_SPACE, "40000", "60000", null, "0.40", "2400000", "3600000");
    }

    @Test
    @DisplayName("Schedule 5, Appendix B, Examples 1 and 2 (direct labour and direct material ratio): 18.00 and 12.00 both ways")
    void appendixB() {
        Map<String, BigDecimal> bases = Allocation.labourAndMaterialBases(ab("5", "5"), ab("10", "5"));
        Allocation.Result r = Allocation.allocate(bd("30"), AllocationBasis.DIRECT_LABOUR_AND_MATERIAL, bases, null);
        assertThat(r.share("Good A").amount()).isEqualByComparingTo("18.00");
        assertThat(r.share("Good B").amount()).isEqualByComparingTo("12.00");
        Map<String, BigDecimal> net = Allocation.allocateNet(bd("50"), bd("20"), AllocationBasis.DIRECT_LABOUR_AND_MATERIAL, bases, null);
        assertThat(net.get("Good A")).isEqualByComparingTo("18.00");
        assertThat(net.get("Good B")).isEqualByComparingTo("12.00");
    }

    @Test
    @DisplayName("Schedule 5, Appendix C, Examples 1 and 2 (direct cost ratio): 19.71 / 10.29, and 19.72 / 10.28 when excluded costs are allocated apart")
    void appendixC() {
        Map<String, BigDecimal> bases = Allocation.directCostBases(ab("5", "5"), ab("10", "5"), ab("8", "2"));
        assertThat(bases.get("Good A")).isEqualByComparingTo("23");
        Allocation.Result r = Allocation.allocate(bd("30"), AllocationBasis.DIRECT_COST, bases, null);
        assertThat(r.share("Good A").amount()).isEqualByComparingTo("19.71");
        assertThat(r.share("Good B").amount()).isEqualByComparingTo("10.29");
        Map<String, BigDecimal> net = Allocation.allocateNet(bd("50"), bd("20"), AllocationBasis.DIRECT_COST, bases, null);
        assertThat(net.get("Good A")).isEqualByComparingTo("19.72");
        assertThat(net.get("Good B")).isEqualByComparingTo("10.28");
    }

    // ---- Schedule 7: identical non-originating materials ----

    private List<BigDecimal> vnm(InventoryMethod m) {
        return Inventory.run(m, CostFixtures.inventory("schedule7-inventory.csv"), Inventory.AverageRounding.EXACT)
                .stream().map(ShipmentResult::vnm).toList();
    }

    @Test
    @DisplayName("Schedule 7, Example 1, FIFO: 510, 500, 1,615, 1,615")
    void schedule7Fifo() {
        assertThat(vnm(InventoryMethod.FIFO)).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(bd("510"), bd("500"), bd("1615"), bd("1615"));
    }

    @Test
    @DisplayName("Schedule 7, Example 2, LIFO: 550, 550, 1,550, 1,650")
    void schedule7Lifo() {
        assertThat(vnm(InventoryMethod.LIFO)).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(bd("550"), bd("550"), bd("1550"), bd("1650"));
    }

    @Test
    @DisplayName("Schedule 7, Example 3, rolling average: 2,310 ÷ 2,200 = 1.05; 525 and 525")
    void schedule7RollingAverage() {
        List<ShipmentResult> r = Inventory.run(InventoryMethod.ROLLING_AVERAGE,
                CostFixtures.inventory("schedule7-inventory.csv"), Inventory.AverageRounding.EXACT);
        assertThat(r.get(0).vnm()).isEqualByComparingTo("525");
        assertThat(r.get(1).vnm()).isEqualByComparingTo("525");
        assertThat(r.get(0).explanation()).contains("2310.00 ÷ 2200 = 1.05");
    }

    @Test
    @DisplayName("Schedule 7, Example 3's own table (it leaves out the receipt of 01/10 and the shipment of 01/14): 3,200 units worth 3,460")
    void rollingAverageTable() {
        List<InventoryEvent> table = CostFixtures.inventory("schedule7-inventory.csv").stream()
                .filter(e -> !e.date().equals(LocalDate.of(2021, 1, 10)) && !e.date().equals(LocalDate.of(2021, 1, 14)))
                .filter(e -> !e.date().equals(LocalDate.of(2021, 1, 18)))
                .toList();
        List<InventoryEvent> withProbe = new java.util.ArrayList<>(table);
        withProbe.add(new InventoryEvent.Shipment(LocalDate.of(2021, 1, 31), bd("3200")));
        List<ShipmentResult> r = Inventory.run(InventoryMethod.ROLLING_AVERAGE, withProbe, Inventory.AverageRounding.EXACT);
        // shipping the whole 3,200 units left values them at their total, 3,460 (average 1.08125, shown as 1.08)
        assertThat(r.get(2).vnm()).isEqualByComparingTo("3460");
    }

    // ---- Schedule 8: fungible materials (Appendix A) and goods (Appendix B) ----

    private final List<InventoryEvent> events = CostFixtures.inventory("schedule8-inventory.csv");

    @Test
    @DisplayName("Schedule 8, Appendix A, Example 1, FIFO: VNM 0, 110, 660, 440")
    void schedule8Fifo() {
        List<ShipmentResult> r = Inventory.run(InventoryMethod.FIFO, events, Inventory.AverageRounding.EXACT);
        assertThat(r.stream().map(ShipmentResult::vnm).toList()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(bd("0"), bd("110"), bd("660"), bd("440"));
    }

    @Test
    @DisplayName("Schedule 8, Appendix A, Example 2, LIFO: 100 N of 01/05, 700 O of 01/10, 1,000 N and 900 N of 01/16")
    void schedule8Lifo() {
        List<ShipmentResult> r = Inventory.run(InventoryMethod.LIFO, events, Inventory.AverageRounding.EXACT);
        assertThat(r.get(0).draws()).containsExactly(new Inventory.Draw(LocalDate.of(2021, 1, 5), bd("100"), bd("1.10"), false));
        assertThat(r.get(1).draws()).containsExactly(new Inventory.Draw(LocalDate.of(2021, 1, 10), bd("700"), bd("1.05"), true));
        assertThat(r.get(2).draws()).containsExactly(new Inventory.Draw(LocalDate.of(2021, 1, 16), bd("1000"), bd("1.10"), false));
        assertThat(r.get(3).draws()).containsExactly(new Inventory.Draw(LocalDate.of(2021, 1, 16), bd("900"), bd("1.10"), false));
        assertThat(r.stream().map(ShipmentResult::nonOriginatingUnits).toList()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(bd("100"), bd("0"), bd("1000"), bd("900"));
    }

    @Test
    @DisplayName("Schedule 8, Appendix A, Example 3, average per shipment (ratio and unit value to 2 decimals): 52.50, 249.90, 684.80, 616.32")
    void averagePerShipment() {
        List<ShipmentResult> r = Inventory.run(InventoryMethod.AVERAGE, events, new Inventory.AverageRounding(2, 2));
        assertThat(r.stream().map(ShipmentResult::vnm).toList()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(bd("52.50"), bd("249.90"), bd("684.80"), bd("616.32"));
        assertThat(r.stream().map(ShipmentResult::nonOriginatingUnits).toList()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(bd("50"), bd("238"), bd("640"), bd("576"));
    }

    @Test
    @DisplayName("Schedule 8, Appendix A, Example 4, average over January 2021: ratio 0.404, 1,091 O and 1,609 N, $0.64 a unit, VNM 1,728; 1,010 O and 1,490 N left")
    void averageOverMonth() {
        Inventory.PeriodAverage p = Inventory.periodAverage(CostFixtures.receipts(events), bd("2700"), bd("2500"),
                new Inventory.PeriodRounding(3, 0, 2, 2));
        assertThat(p.originatingRatio()).isEqualByComparingTo("0.404");
        assertThat(p.originatingUnits()).isEqualByComparingTo("1091");
        assertThat(p.nonOriginatingUnits()).isEqualByComparingTo("1609");
        assertThat(p.averageUnitValue()).isEqualByComparingTo("1.07");
        assertThat(p.vnmPerUnit()).isEqualByComparingTo("0.64");
        assertThat(p.vnm()).isEqualByComparingTo("1728");
        assertThat(p.remainingOriginating()).isEqualByComparingTo("1010");
        assertThat(p.remainingNonOriginating()).isEqualByComparingTo("1490");
    }

    @Test
    @DisplayName("Schedule 8, Appendix B, Examples 1 and 2, fungible goods: FIFO and LIFO originating units per shipment")
    void goodsFifoLifo() {
        List<ShipmentResult> fifo = Inventory.run(InventoryMethod.FIFO, events, Inventory.AverageRounding.EXACT);
        assertThat(fifo.stream().map(ShipmentResult::originatingUnits).toList()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(bd("100"), bd("600"), bd("400"), bd("500"));
        List<ShipmentResult> lifo = Inventory.run(InventoryMethod.LIFO, events, Inventory.AverageRounding.EXACT);
        assertThat(lifo.stream().map(ShipmentResult::originatingUnits).toList()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(bd("0"), bd("700"), bd("0"), bd("0"));
    }

    @Test
    @DisplayName("Schedule 8, Appendix B, Example 3: January's ratio 40.4 % applied to February's 3,000 units: 1,212 originating, 1,788 not")
    void goodsAverage() {
        Inventory.PeriodAverage p = Inventory.periodAverage(CostFixtures.receipts(events), bd("3000"), bd("2500"),
                new Inventory.PeriodRounding(3, 0, 2, 2));
        assertThat(p.originatingUnits()).isEqualByComparingTo("1212");
        assertThat(p.nonOriginatingUnits()).isEqualByComparingTo("1788");
        assertThat(p.remainingOriginating()).isEqualByComparingTo("1010");
    }

    // ---- Schedule 9: non-allowable interest ----

    private static final List<String> PRINCIPAL = List.of("75867.96", "80420.04", "85245.24", "90359.95", "95781.55",
            "101528.44", "107620.15", "114077.36", "120922.00", "128177.32");

    @Test
    @DisplayName("Schedule 9, fixed-rate contract: weighted average principal maturity 5.977993 → 6 years; 5- and 7-year yields 4.7 and 5.0 → 4.85 %; 6 % is within 700 bp")
    void fixedRate() {
        List<ReferenceRates.PrincipalPayment> payments = new java.util.ArrayList<>();
        for (int i = 0; i < PRINCIPAL.size(); i++) {
            payments.add(new ReferenceRates.PrincipalPayment(BigDecimal.valueOf(i + 1), bd(PRINCIPAL.get(i))));
        }
        // the printed weighted column adds up to 5,977,993.19; principal × years gives 5,977,993.08 (the table's
        // own rounding): both round to 6.0
        assertThat(ReferenceRates.weightedPrincipal(payments)).isEqualByComparingTo("5977993.08");
        assertThat(ReferenceRates.weightedAveragePrincipalMaturity(bd("5977993.19"), bd("1000000"))).isEqualByComparingTo("6.0");
        assertThat(ReferenceRates.weightedAveragePrincipalMaturity(ReferenceRates.weightedPrincipal(payments), bd("1000000")))
                .isEqualByComparingTo("6.0");
        BigDecimal ref = ReferenceRates.interpolate(Map.of(bd("5"), bd("4.7"), bd("7"), bd("5.0")), bd("6"));
        assertThat(ref).isEqualByComparingTo("4.85");
        NonAllowableInterest.Part p = NonAllowableInterest.of(new DebtLine(0, "loan", bd("60000.00"), bd("6"), ref),
                NonAllowableInterest.USMCA_MARGIN);
        assertThat(p.amount()).isEqualByComparingTo("0");
        assertThat(p.allowedRate()).isEqualByComparingTo("11.85");
    }

    @Test
    @DisplayName("Schedule 9, the lender's payment schedule: interest 6 % of the prior balance, in cents, gives the printed interest and principal of years 1 to 9")
    void fixedRateSchedule() {
        BigDecimal balance = bd("1000000.00");
        for (int year = 1; year <= 9; year++) {
            BigDecimal interest = Money.cents(balance.multiply(bd("0.06")));
            BigDecimal principal = bd("135867.96").subtract(interest);
            assertThat(principal).as("year %d", year).isEqualByComparingTo(PRINCIPAL.get(year - 1));
            balance = balance.subtract(principal);
        }
    }

    @Test
    @DisplayName("Schedule 9, variable-rate contract: 1,924,132.04 ÷ 1,000,000 → 1.9 and 1,608,102.62 ÷ 843,712.01 → 1.9; 1- and 2-year yields 3.0 and 3.5 → 3.45 %; 6 % and 8 % within 700 bp")
    void variableRate() {
        BigDecimal first = ReferenceRates.weightedPrincipal(List.of(
                new ReferenceRates.PrincipalPayment(bd("1"), bd("75867.96")),
                new ReferenceRates.PrincipalPayment(bd("2"), bd("924132.04"))));
        assertThat(first).isEqualByComparingTo("1924132.04");
        assertThat(ReferenceRates.weightedAveragePrincipalMaturity(first, bd("1000000"))).isEqualByComparingTo("1.9");
        BigDecimal second = ReferenceRates.weightedPrincipal(List.of(
                new ReferenceRates.PrincipalPayment(bd("1"), bd("79321.38")),
                new ReferenceRates.PrincipalPayment(bd("2"), bd("764390.62"))));
        assertThat(second).isEqualByComparingTo("1608102.62");
        assertThat(ReferenceRates.weightedAveragePrincipalMaturity(second, bd("843712.01"))).isEqualByComparingTo("1.9");
        BigDecimal ref = ReferenceRates.interpolate(Map.of(bd("1.0"), bd("3.0"), bd("2.0"), bd("3.5")), bd("1.9"));
        assertThat(ref).isEqualByComparingTo("3.45");
        assertThat(NonAllowableInterest.of(new DebtLine(0, "years 1-2", bd("60000.00"), bd("6"), ref), bd("7")).amount()).isZero();
        assertThat(NonAllowableInterest.of(new DebtLine(0, "years 3-4", bd("67496.96"), bd("8"), ref), bd("7")).amount()).isZero();
    }

    // ---- s. 6(5): sets ----

    private ProductSet.Result set(String nonOriginatingShare) {
        return ProductSet.check(bd("100.00"), List.of(
                new ProductSet.Component("originating goods", bd("100.00").subtract(bd(nonOriginatingShare)), true),
                new ProductSet.Component("non-originating good", bd(nonOriginatingShare), false)), ProductSet.USMCA_CAP);
    }

    @Test
    @DisplayName("s. 6(5), Example 1 (paint brushes 4 %), Example 3 (belt 8 %), Example 5 (chef hat 9.7 %): originating; Example 4 (tie 13 %): not")
    void examples() {
        assertThat(set("4").originating()).isTrue();
        assertThat(set("8").originating()).isTrue();
        assertThat(set("9.7").originating()).isTrue();
        assertThat(set("13").originating()).isFalse();
        assertThat(set("10").originating()).as("'does not exceed 10 %%'").isTrue();
    }

    // ---- s. 7(15), 16(4)-(5) and 13(3): averaging periods and thresholds by date ----

    private final ThresholdSchedule passengerVehicles = ThresholdSchedule.of(Map.of(
            LocalDate.of(2020, 7, 1), bd("66"), LocalDate.of(2021, 7, 1), bd("69"),
            LocalDate.of(2022, 7, 1), bd("72"), LocalDate.of(2023, 7, 1), bd("75")));

    @Test
    @DisplayName("s. 7(15), 16(4)-(5) and 13(3), s. 7(15)(a)(ii): with a calendar fiscal year, quarters start in January, April, July, October; halves in January and July")
    void periodsThatDivideTheFiscalYear() {
        MonthDay jan1 = MonthDay.of(1, 1);
        assertThat(AveragingPeriod.months(LocalDate.of(2024, 4, 1), 3, jan1).to()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(AveragingPeriod.months(LocalDate.of(2024, 7, 1), 6, jan1).to()).isEqualTo(LocalDate.of(2024, 12, 31));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AveragingPeriod.months(LocalDate.of(2024, 2, 1), 3, jan1))
                .hasMessageContaining("11 months");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AveragingPeriod.months(LocalDate.of(2024, 4, 1), 6, jan1))
                .hasMessageContaining("9 months");
        // a fiscal year starting 1 July: a quarter from 1 October leaves 9 months, which 3 divides
        assertThat(AveragingPeriod.months(LocalDate.of(2024, 10, 1), 3, MonthDay.of(7, 1)).kind())
                .isEqualTo(AveragingPeriod.Kind.THREE_MONTHS);
    }

    @Test
    @DisplayName("s. 7(15), 16(4)-(5) and 13(3), s. 16(5)(a): a period from 1 July 2021 gets 69 %; s. 16(12): 1 July 2020 to 31 December 2021 straddles 1 July 2021")
    void thresholdsByDate() {
        AveragingPeriod july = AveragingPeriod.declared(LocalDate.of(2021, 7, 1), LocalDate.of(2022, 6, 30));
        AveragingPeriod.Result r = july.average(List.of(new AveragingPeriod.Part("H2 2021", bd("600"), bd("200")),
                new AveragingPeriod.Part("H1 2022", bd("400"), bd("110"))), passengerVehicles);
        assertThat(r.netCost()).isEqualByComparingTo("1000");
        assertThat(r.vnm()).isEqualByComparingTo("310");
        assertThat(r.rvc()).isEqualByComparingTo("69");
        assertThat(r.threshold()).isEqualByComparingTo("69");
        assertThat(r.meets()).isTrue();

        ThresholdSchedule.Applied eighteen = passengerVehicles.forPeriod(LocalDate.of(2020, 7, 1), LocalDate.of(2021, 12, 31));
        assertThat(eighteen.straddles()).isTrue();
        assertThat(eighteen.threshold()).isEqualByComparingTo("69");
        assertThat(passengerVehicles.forPeriod(LocalDate.of(2020, 7, 1), LocalDate.of(2021, 6, 30)).threshold())
                .isEqualByComparingTo("66");
    }
}
