package org.localis.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.localis.cost.CostFixtures.bd;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.localis.input.InputError;
import org.localis.input.InvalidInputException;

class CostStatementReaderTest {

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> errors(Runnable r) {
        try {
            r.run();
        } catch (InvalidInputException e) {
            return e.errors().stream().map(InputError::toString).toList();
        }
        throw new AssertionError("expected the input to be refused");
    }

    private static final String RATES = """
            currency,date,rate
            EUR,2025-01-01,1.10
            EUR,2025-03-01,1.05
            """;

    @Test
    void everyBadLineIsReportedWithItsLineAndField() {
        String text = """
                section,item,amount,currency,date,excluded,origin
                material,steel,100.00,,,,
                material,glass,abc,,,,originating
                product,labour,-5,,,,
                period,royalties,2.00,,,royalty,
                material,paint,10.00,,,royalties,non-originating
                other,freight,3.00,EUR,,,
                other,freight,3.00,EUR,2024-12-31,,
                other,tools,1.00,,,,originating
                warehouse,rent,1.00,,,,
                """;
        DatedRates rates = DatedRates.read(csv(RATES), "fx.csv");
        assertThat(errors(() -> CostStatementCsvReader.read(csv(text), "cost.csv", "USD", rates, BigDecimal.ONE)))
                .containsExactly(
                        "cost.csv:2: origin: a material line needs its origin (one of originating, non-originating, intermediate)",
                        "cost.csv:3: amount: 'abc' is not a number (use digits with '.' as the decimal point, e.g. 1234.56)",
                        "cost.csv:4: amount: must not be negative (only an exchange line may be: a gain is negative)",
                        "cost.csv:5: excluded: 'royalty' is not an excluded cost (one of sales-promotion, royalties, shipping-packing, non-allowable-interest)",
                        "cost.csv:6: excluded: excluded costs in the value of a material are not subtracted (s. 7(13)(b)); list the material at its value without this column",
                        "cost.csv:7: date: a date is required to convert EUR to USD",
                        "cost.csv:8: currency: no EUR rate in force on 2024-12-31 in fx.csv",
                        "cost.csv:9: origin: only material lines have an origin",
                        "cost.csv:10: section: 'warehouse' is not a section (one of material, product, period, other, exchange)");
    }

    @Test
    void costsInOtherCurrenciesAreConvertedAtTheRateInForceOnTheirDate() {
        String text = """
                section,item,amount,currency,date,origin
                material,wheels,1000.00,EUR,2025-02-15,non-originating
                material,glass,1000.00,EUR,2025-03-01,non-originating
                product,labour,500.00,,,
                """;
        CostStatement s = CostStatementCsvReader.read(csv(text), "cost.csv", "USD", DatedRates.read(csv(RATES), "fx.csv"),
                BigDecimal.ONE);
        NetCostResult r = NetCost.of(s);
        assertThat(r.nonOriginatingMaterials()).isEqualByComparingTo("2150.00");
        assertThat(r.totalCost()).isEqualByComparingTo("2650.00");
        assertThat(r.explanation()).contains("line 2 wheels: 1000.00 EUR × 1.1 (rate of 2025-02-15) = 1100.00 USD",
                "line 3 glass: 1000.00 EUR × 1.05 (rate of 2025-03-01) = 1050.00 USD");
    }

    @Test
    void supplierStatementColumnsAreChecked() {
        String text = """
                section,item,amount,origin,statement_net_cost,statement_vnm,statement_amount
                material,rings,1.50,originating,1.40,0.75,
                material,rings,1.50,non-originating,1.40,,
                material,rings,1.50,non-originating,0.70,0.75,
                material,rings,1.50,non-originating,1.40,0.75,0.65
                """;
        assertThat(errors(() -> CostStatementCsvReader.read(csv(text), "cost.csv", "USD", DatedRates.NONE, BigDecimal.ONE)))
                .containsExactly(
                        "cost.csv:2: statement_net_cost: a supplier statement belongs to a non-originating material line",
                        "cost.csv:3: statement_vnm: a number is required with statement_net_cost",
                        "cost.csv:4: statement_vnm: is larger than statement_net_cost",
                        "cost.csv:5: statement_amount: give either statement_amount (s. 9(2)(b)) or statement_net_cost and "
                                + "statement_vnm (s. 9(2)(a)) or statement_vnm alone (s. 9(3)), not both");
    }

    @Test
    void headerAndEmptyFileProblems() {
        assertThat(errors(() -> CostStatementCsvReader.read(csv("section,item,cost\n"), "c.csv", "USD", DatedRates.NONE, BigDecimal.ONE)))
                .contains("c.csv:1: cost: unknown column (known columns: allocation_base, allocation_basis, allocation_total, amount, currency, date, excluded, item, origin, "
                        + "section, statement_amount, statement_net_cost, statement_vnm, or their Russian names; the file was read as UTF-8 text separated by ',': if that is wrong, save it as CSV UTF-8)", "c.csv:1: amount: required column is missing");
        assertThat(errors(() -> CostStatementCsvReader.read(csv("section,item,amount\n"), "c.csv", "USD", DatedRates.NONE, BigDecimal.ONE)))
                .containsExactly("c.csv: the cost statement has no cost lines");
    }

    @Test
    void datedRatesAndDebtsFilesAreChecked() {
        assertThat(errors(() -> DatedRates.read(csv("currency,date,rate\nEUR,2025-01-01,1.1\nEUR,2025-01-01,1.2\nXXY,2025-13-01,0\n"), "fx.csv")))
                .containsExactly("fx.csv:3: date: EUR already has a rate on 2025-01-01",
                        "fx.csv:4: currency: 'XXY' is not an ISO 4217 currency code",
                        "fx.csv:4: date: '2025-13-01' is not a date in the form YYYY-MM-DD",
                        "fx.csv:4: rate: must be greater than 0");
        assertThat(errors(() -> DebtsCsvReader.read(csv("debt,interest,rate,reference_rate\nloan,100,650,4.85\nbond,-1,6,x\n"), "debts.csv")))
                .containsExactly("debts.csv:2: rate: '650' is above 100: give the rate in percent, e.g. 6.5",
                        "debts.csv:3: reference_rate: 'x' is not a number (use digits with '.' as the decimal point, e.g. 1234.56)",
                        "debts.csv:3: interest: must not be negative");
    }

    @Test
    void nonAllowableInterestFromDebtsIsExcludedWithItsArithmetic() {
        CostStatement s = CostStatement.of("USD", List.of(
                CostLine.material("steel", bd("5000"), MaterialOrigin.NON_ORIGINATING),
                CostLine.of(CostSection.PERIOD, "interest", bd("1300.00"))));
        List<DebtLine> debts = DebtsCsvReader.read(csv("debt,interest,rate,reference_rate\nloan,1300.00,13,4.85\nbond,400,6,4.85\n"), "d.csv");
        NetCostResult r = NetCost.of(s, debts, NonAllowableInterest.USMCA_MARGIN);
        // 13 % is 1.15 points above 4.85 + 7.00 = 11.85 %: 1,300 × 1.15 ÷ 13 = 115.00
        assertThat(r.excluded().get(ExcludedCost.NON_ALLOWABLE_INTEREST)).isEqualByComparingTo("115.00");
        assertThat(r.netCost()).isEqualByComparingTo("6185.00");
        assertThat(r.explanation()).contains(
                "loan: rate 13% is above 4.85% + 7 = 11.85%: non-allowable interest = 1300.00 × (13 − 11.85) ÷ 13 = 115.00",
                "bond: rate 6% is within 4.85% + 7 = 11.85%: no non-allowable interest");

        CostStatement both = s.plus(List.of(new CostLine(7, CostSection.PERIOD, "interest", bd("10"), null, null, null, null,
                ExcludedCost.NON_ALLOWABLE_INTEREST, null, null, null)));
        assertThatThrownBy(() -> NetCost.of(both, debts, NonAllowableInterest.USMCA_MARGIN))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("<input>:7: excluded: non-allowable interest is computed from the debt lines; do not list it here as well");
    }

    @Test
    void inventoryFilesAreCheckedLineByLine() {
        String text = """
                date,kind,units,unit_cost,origin
                2021-01-01,receipt,200,1.05,non-originating
                2021-01-03,receipt,100,,
                2020-12-31,shipment,50,,
                2021-01-04,shipment,500,,
                2021-01-05,return,5,,
                2021-01-06,shipment,10,1.00,
                """;
        assertThat(errors(() -> InventoryCsvReader.read(csv(text), "inv.csv"))).containsExactly(
                "inv.csv:3: origin: a receipt needs its origin (originating or non-originating)",
                "inv.csv:4: date: 2020-12-31 is before the previous line's 2021-01-01 (list receipts and shipments in the order they happened)",
                "inv.csv:5: units: ships 500 units but the inventory holds 200",
                "inv.csv:6: kind: 'return' is not a kind (receipt or shipment)",
                "inv.csv:7: kind: a shipment has no unit_cost or origin (they come from the inventory)");
    }

    @Test
    void sharedCostsAreAllocatedToTheGoodOnTheirLineWithTheArithmetic() {
        // Schedule 5, Appendix A, Example 4 (machine-hours 1,200 of 3,000) and Appendix C, Example 1 (direct costs 23 of 35)
        String text = """
                section,item,amount,origin,allocation_basis,allocation_base,allocation_total
                material,steel,1000.00,non-originating,,,
                period,machine-related overhead,6000000.00,,machine-hours,1200,3000
                other,indirect overhead,30.00,,direct-cost,23,35
                """;
        NetCostResult r = NetCost.of(CostStatementCsvReader.read(csv(text), "cost.csv", "USD", DatedRates.NONE, BigDecimal.ONE));
        assertThat(r.periodCosts()).isEqualByComparingTo("2400000.00");
        assertThat(r.otherCosts()).isEqualByComparingTo("19.71");
        assertThat(r.totalCost()).isEqualByComparingTo("2401019.71");
        assertThat(r.explanation()).contains(
                "line 3 machine-related overhead: allocated by machine-hours (Schedule 5, Appendix A): 6000000.00 × 1200 ÷ 3000 = 2400000.00 USD",
                "line 4 indirect overhead: allocated by direct labour + direct material + direct overhead (Schedule 5, Appendix C): 30.00 × 23 ÷ 35 = 19.71 USD");
    }

    @Test
    void allocationColumnsAreChecked() {
        String text = """
                section,item,amount,allocation_basis,allocation_base,allocation_total
                period,rent,100,floor-area,40,100
                period,rent,100,floor-space,,100
                period,rent,100,floor-space,140,100
                """;
        assertThat(errors(() -> CostStatementCsvReader.read(csv(text), "cost.csv", "USD", DatedRates.NONE, BigDecimal.ONE)))
                .containsExactly(
                        "cost.csv:2: allocation_basis: 'floor-area' is not an allocation basis (one of labour-hours, labour-costs, "
                                + "units, machine-hours, sales-value, floor-space, total-cost, labour-and-material, direct-cost)",
                        "cost.csv:3: allocation_base: this good's allocation base is required with allocation_basis",
                        "cost.csv:4: allocation_base: must be between 0 and allocation_total (100), which must be positive");
    }

    @Test
    void aSharedCostInAnotherCurrencyIsConvertedFirstThenAllocated() {
        String text = """
                section,item,amount,currency,date,allocation_basis,allocation_base,allocation_total
                period,overhead,1000.00,EUR,2025-03-01,units,1,4
                """;
        NetCostResult r = NetCost.of(CostStatementCsvReader.read(csv(text), "cost.csv", "USD", DatedRates.read(csv(RATES), "fx.csv"),
                BigDecimal.ONE));
        assertThat(r.periodCosts()).isEqualByComparingTo("262.50");
        assertThat(r.explanation()).contains("line 2 overhead: 1000.00 EUR × 1.05 (rate of 2025-03-01) = 1050.00 USD",
                "line 2 overhead: allocated by units produced (Schedule 5, Appendix A): 1050.00 × 1 ÷ 4 = 262.50 USD");
    }
}
