package org.localis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localis.cli.LocalisCliTest.Run;
import org.localis.testing.Fixtures;

/** The cost statement options: the template in docs/templates computes the sedan's net cost of 25,000.00. */
class CostStatementCliTest {

    private static String template(String file) {
        return Fixtures.repoRoot().resolve("docs").resolve("templates").resolve(file).toString();
    }

    private static String sedan(String file) {
        return Fixtures.example("roll-up-sedan").resolve(file).toString();
    }

    private static String[] scoreFromParts(String... more) {
        String[] base = {"score", "--scheme", "usmca-passenger-car", "--bom", sedan("bom.csv"), "--operations",
                sedan("operations.csv"), "--certificates", sedan("certificates.csv"), "--rates", sedan("rates.csv"),
                "--currency", "USD", "--date", "2025-06-01", "--period", "2024"};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void theNetCostOfTheAssessmentComesFromTheCostStatement() throws Exception {
        Run r = LocalisCliTest.run(scoreFromParts("--cost-statement", template("cost-statement.csv"), "--fx-rates",
                template("fx-rates.csv"), "--debts", template("debts.csv"), "--format", "json"));
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        JsonNode c = j.get("costStatement");
        assertThat(c.get("totalCost").asText()).isEqualTo("26553.08");
        assertThat(c.get("excluded").get("non-allowable-interest").asText()).isEqualTo("53.08");
        assertThat(c.get("excludedTotal").asText()).isEqualTo("1553.08");
        assertThat(c.get("netCost").asText()).isEqualTo("25000.00");
        assertThat(j.get("netCost").decimalValue()).isEqualByComparingTo("25000.00");
        assertThat(j.get("score").decimalValue()).isEqualByComparingTo("83.40");
    }

    @Test
    void withoutTheDebtsTheInterestIsAllowedAndTheNetCostIsHigher() {
        Run r = LocalisCliTest.run(scoreFromParts("--cost-statement", template("cost-statement.csv"), "--fx-rates",
                template("fx-rates.csv")));
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("net cost = total cost − excluded costs = 26553.08 − 1500.00 = 25053.08 USD")
                .contains("RVC = (NC - VNM) / NC x 100 = (25053.08 - 4150.00) / 25053.08 x 100 = 83.44%");
    }

    @Test
    void netCostTwiceOrOptionsWithoutTheStatementAreRefused() {
        Run r = LocalisCliTest.run(scoreFromParts("--net-cost", "25000", "--cost-statement", template("cost-statement.csv")));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("command line: --net-cost: give either --net-cost or --cost-statement");
        Run r2 = LocalisCliTest.run(scoreFromParts("--net-cost", "25000", "--debts", template("debts.csv")));
        assertThat(r2.code()).isEqualTo(2);
        assertThat(r2.err()).contains("--fx-rates, --debts, --cost-units and --interest-margin need --cost-statement FILE");
    }

    @Test
    void aBadStatementIsReportedLineByLineWithTheOtherFiles(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("cost.csv");
        Files.writeString(bad, "section,item,amount,currency,date,origin\nmaterial,wheels,100,EUR,2024-06-01,non-originating\n"
                + "period,rent,x,,,\n");
        Run r = LocalisCliTest.run("validate", "--cost-statement", bad.toString(), "--fx-rates", template("fx-rates.csv"),
                "--currency", "USD");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines().toList()).containsExactly(
                bad + ":2: currency: no EUR rate in force on 2024-06-01 in " + template("fx-rates.csv"),
                bad + ":3: amount: 'x' is not a number (use digits with '.' as the decimal point, e.g. 1234.56)");
    }

    @Test
    void validateReportsTheTotals() {
        Run r = LocalisCliTest.run("validate", "--cost-statement", template("cost-statement.csv"), "--fx-rates",
                template("fx-rates.csv"), "--debts", template("debts.csv"), "--currency", "USD");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("OK, total cost 26553.08, excluded 1553.08, net cost 25000.00 USD");
    }

    @Test
    void inventoryGivesTheVnmOfEachShipmentByTheDeclaredMethod() {
        // SOR/2020-155, Schedule 8, Appendix A, Example 3 (average per shipment, two decimals as printed)
        String inv = Fixtures.repoRoot().resolve("localis-engine/src/test/resources/org/localis/cost/sor-2020-155/schedule8-inventory.csv")
                .toString();
        Run r = LocalisCliTest.run("inventory", "--file", inv, "--method", "average", "--ratio-decimals", "2",
                "--unit-value-decimals", "2");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("VNM 700 × 1.05 × 0.34 = 249.90")
                .contains("Value of non-originating materials shipped: 1603.52");
        Run fifo = LocalisCliTest.run("inventory", "--file", inv, "--method", "fifo");
        assertThat(fifo.out()).contains("Value of non-originating materials shipped: 1210.00");
        Run bad = LocalisCliTest.run("inventory", "--file", inv, "--method", "hifo");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("command line: --method: 'hifo' is not a method (fifo, lifo, rolling-average, average)");
    }
}
