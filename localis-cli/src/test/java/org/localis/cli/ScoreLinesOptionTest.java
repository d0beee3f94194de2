package org.localis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.localis.testing.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code score --lines all|top N|none}: the same result with more or fewer explained lines, a bad value named. */
class ScoreLinesOptionTest {

    private static final String[] BASE = {"score", "--scheme", "usmca-passenger-car", "--product",
            Fixtures.example("roll-up-sedan").resolve("product.yaml").toString(), "--period", "2024", "--date", "2025-06-01"};

    private static LocalisCliTest.Run run(String... extra) {
        String[] args = new String[BASE.length + extra.length];
        System.arraycopy(BASE, 0, args, 0, BASE.length);
        System.arraycopy(extra, 0, args, BASE.length, extra.length);
        return LocalisCliTest.run(args);
    }

    @Test
    void jsonWithTopAndNoneKeepsTheResult() throws Exception {
        ObjectMapper m = new ObjectMapper();
        JsonNode all = m.readTree(run("--format", "json").out());
        JsonNode allExplicit = m.readTree(run("--format", "json", "--lines", "all").out());
        JsonNode top = m.readTree(run("--format", "json", "--lines", "top", "3").out());
        JsonNode none = m.readTree(run("--format", "json", "--lines", "none").out());
        assertThat(allExplicit).isEqualTo(all);
        assertThat(all.get("lines").size()).isEqualTo(10);
        assertThat(top.get("lines").size()).isEqualTo(3);
        assertThat(top.get("linesListed").asText()).isEqualTo("top 3");
        assertThat(top.get("linesTotal").asInt()).isEqualTo(10);
        assertThat(none.get("lines").size()).isZero();
        for (JsonNode d : new JsonNode[] {top, none}) {
            assertThat(d.get("score")).isEqualTo(all.get("score"));
            assertThat(d.get("totals")).isEqualTo(all.get("totals"));
        }
        // largest non-originating first, each as listed in full
        assertThat(top.get("lines").get(0).get("nonOriginatingValue").decimalValue())
                .isGreaterThanOrEqualTo(top.get("lines").get(1).get("nonOriginatingValue").decimalValue());
        top.get("lines").forEach(l -> assertThat(all.get("lines")).contains(l));
    }

    @Test
    void textListsEveryLineOrNone() {
        String none = run("--lines", "none").out();
        assertThat(none).contains("Score:").contains("10 BOM lines; none listed").doesNotContain("ENG-20 ");
        String all = run("--lines", "all").out();
        assertThat(all).contains("BOM lines (value per product unit):").contains("ENG-20");
        String top = run("--lines", "top", "2").out();
        assertThat(top).contains("Largest non-originating lines:");
    }

    @Test
    void aBadValueIsNamed() {
        LocalisCliTest.Run r = run("--lines", "most");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--lines").contains("must be all, none or top N");
    }
}
