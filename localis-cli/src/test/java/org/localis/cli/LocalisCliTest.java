package org.localis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localis.testing.Fixtures;

class LocalisCliTest {

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LocalisCli.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private static String sedan(String file) {
        return Fixtures.example("roll-up-sedan").resolve(file).toString();
    }

    @Test
    void eachSubcommandIsRegisteredUnderItsOwnNameAndTheUsageListsThemAll() {
        for (String name : LocalisCli.SUBCOMMANDS) {
            Class<?> c = LocalisCli.subcommand(name);
            assertThat(c).as(name).isNotNull();
            assertThat(c.getAnnotation(picocli.CommandLine.Command.class).name()).isEqualTo(name);
            Run help = run(name, "--help");
            assertThat(help.code()).as(name).isZero();
            assertThat(help.out()).startsWith("Usage: localis " + name);
        }
        Run usage = run("--help");
        assertThat(usage.code()).isZero();
        for (String name : LocalisCli.SUBCOMMANDS) {
            assertThat(usage.out()).containsPattern("(?m)^  " + java.util.regex.Pattern.quote(name) + " ");
        }
        Run unknown = run("scor");
        assertThat(unknown.code()).isEqualTo(LocalisCli.BAD_INPUT);
        assertThat(unknown.err()).contains("Try 'localis --help'");
    }

    @Test
    void schemesListsIdsKindsAndPeriods() {
        Run r = run("schemes");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("usmca-passenger-car").contains("value-share").contains("ru-719-passenger-car")
                .contains("points").contains("eu-maxnom-passenger-car").contains("2023:75");
    }

    @Test
    void validateAcceptsAGoodBom() {
        Run r = run("validate", "--bom", sedan("bom.csv"));
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("OK, 10 lines");
    }

    @Test
    void validateRejectsABadBomWithFileLineFieldMessages(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "part,parent,quantity,unit_cost\nA,,0,1\nB,,1,x\n");
        Run r = run("validate", "--bom", bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines().toList()).containsExactly(
                bad + ":2: quantity: must be greater than 0 (was 0)",
                bad + ":3: unit_cost: 'x' is not a number (use digits with '.' as the decimal point, e.g. 1234.56)");
    }

    @Test
    void scoreFromAManifestAsJson() throws Exception {
        Run r = run("score", "--scheme", "usmca-passenger-car", "--product", sedan("product.yaml"), "--period", "2024",
                "--date", "2025-06-01", "--format", "json");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        for (String f : new String[] {"scheme", "period", "score", "unit", "threshold", "passed", "tier", "classification",
                "criteria", "lines", "warnings", "method", "netCost", "nonOriginatingValue"}) {
            assertThat(j.has(f)).as(f).isTrue();
        }
        assertThat(j.get("scheme").asText()).isEqualTo("usmca-passenger-car");
        assertThat(j.get("unit").asText()).isEqualTo("percent");
        assertThat(j.get("score").decimalValue()).isEqualByComparingTo("83.40");
        assertThat(j.get("score").isNumber()).isTrue();
        assertThat(j.get("nonOriginatingValue").decimalValue()).isEqualByComparingTo("4150.00");
        assertThat(j.get("lines").size()).isEqualTo(10);
        assertThat(j.get("lines").get(0).get("originatingValue").isNumber()).isTrue();
        assertThat(j.get("passed").asBoolean()).isTrue();
    }

    @Test
    void scoreFromPartsAsText() {
        Run r = run("score", "--scheme", "usmca-passenger-car", "--bom", sedan("bom.csv"), "--operations",
                sedan("operations.csv"), "--certificates", sedan("certificates.csv"), "--rates", sedan("rates.csv"),
                "--net-cost", "25000", "--currency", "USD", "--date", "2025-06-01", "--period", "2024");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Score:          83.40%").contains("PASSED")
                .contains("RVC = (NC - VNM) / NC x 100 = (25000.00 - 4150.00) / 25000.00 x 100 = 83.40%");
    }

    @Test
    void periodDefaultsToTheYearOfTheDate() throws Exception {
        Run r = run("score", "--scheme", "usmca-passenger-car", "--product", sedan("product.yaml"),
                "--date", "2021-09-01", "--format", "json");
        assertThat(r.code()).isZero();
        assertThat(new ObjectMapper().readTree(r.out()).get("period").asInt()).isEqualTo(2021);
    }

    @Test
    void badInputIsExit2WithNamedErrors() {
        Run missingPrice = run("score", "--scheme", "usmca-passenger-car", "--bom", sedan("bom.csv"),
                "--rates", sedan("rates.csv"), "--currency", "USD");
        assertThat(missingPrice.code()).isEqualTo(2);
        assertThat(missingPrice.err()).contains("net_cost").contains("usmca-passenger-car");

        Run unknownScheme = run("score", "--scheme", "nope", "--bom", sedan("bom.csv"));
        assertThat(unknownScheme.code()).isEqualTo(2);
        assertThat(unknownScheme.err()).contains("unknown scheme 'nope'");
        // the scheme is read while the BOM is: its problem is still the one reported when both are wrong
        Run both = run("score", "--scheme", "nope", "--bom", sedan("operations.csv"));
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("unknown scheme 'nope'").doesNotContain("operations.csv");
        Run bomOnly = run("score", "--scheme", "usmca-passenger-car", "--bom", sedan("operations.csv"));
        assertThat(bomOnly.code()).isEqualTo(2);
        assertThat(bomOnly.err()).contains("operations.csv");

        Run badPeriod = run("score", "--scheme", "usmca-passenger-car", "--product", sedan("product.yaml"), "--period", "1990");
        assertThat(badPeriod.code()).isEqualTo(2);
        assertThat(badPeriod.err()).contains("has no period for 1990");

        Run noRate = run("score", "--scheme", "usmca-passenger-car", "--bom", sedan("bom.csv"), "--net-cost", "1", "--currency", "USD");
        assertThat(noRate.code()).isEqualTo(2);
        assertThat(noRate.err()).contains(sedan("bom.csv") + ":11: currency: no rate from EUR to USD");

        Run badOption = run("score", "--nonsense");
        assertThat(badOption.code()).isEqualTo(2);
    }

    @Test
    void unknownOperationCodeIsNamed(@TempDir Path dir) throws Exception {
        Path ops = dir.resolve("ops.csv");
        Files.writeString(ops, "code,performed\nbody-weldng,yes\n");
        Run r = run("score", "--scheme", "usmca-passenger-car", "--product", sedan("product.yaml"));
        assertThat(r.code()).isZero();
        Run bad = run("score", "--scheme", "usmca-passenger-car", "--bom", sedan("bom.csv"), "--operations", ops.toString(),
                "--rates", sedan("rates.csv"), "--net-cost", "25000", "--currency", "USD");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).startsWith(ops + ":2: code: unknown operation 'body-weldng'");
    }
}
