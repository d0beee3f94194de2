package org.localis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SchemeCommandTest {

    private static LocalisCliTest.Run run(String... args) {
        return LocalisCliTest.run(args);
    }

    @Test
    void textTableShowsCriteriaValuesAndThresholdsPerPurpose() {
        LocalisCliTest.Run r = run("scheme", "ru-719-m2m3");
        assertThat(r.code()).isZero();
        assertThat(r.out())
                .contains("ru-719-m2m3 (version 2026.1, points, official)")
                .contains("public-procurement").contains("subsidy-191")
                .contains("from 2029    3400").contains("[electric]")
                .contains("body-stamping-70                 default 300, M2M3 100  (one-of body-stamping)")
                .contains("mgb-assembly                     ice 30, hybrid 30, electric 15")
                .contains("ratio of bearing-shells, rounded nearest")
                .contains("ratio of shock-absorbers, rounded down")
                .contains("until 2024-07-31").contains("from 2024-08-01")
                .contains("сварка кузова (кабины)")
                .contains("x 1.5 on 'ice' criteria, if the product meets UN-R83-07");
    }

    @Test
    void jsonListsEveryCriterionWithItsValues() throws Exception {
        LocalisCliTest.Run r = run("scheme", "ru-719-n1", "--format", "json");
        assertThat(r.code()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("vehicleCategory").asText()).isEqualTo("N1");
        JsonNode criteria = j.get("criteria");
        assertThat(criteria.size()).isEqualTo(658);
        JsonNode gears = null;
        JsonNode ecu = null;
        JsonNode displays = null;
        for (JsonNode c : criteria) {
            if (c.get("code").asText().equals("displays-section-ix")) {
                displays = c;
            }
            if (c.get("code").asText().equals("mgb-gears-machining")) {
                gears = c;
            }
            if (c.get("code").asText().equals("ecu-engine-section-ix")) {
                ecu = c;
            }
        }
        assertThat(gears.get("points").get("electric").asInt()).isEqualTo(70);
        assertThat(gears.get("ratio").get("items").asText()).isEqualTo("gearbox-gears");
        assertThat(gears.get("titleRu").asText()).isEqualTo("механическая обработка и термообработка шестерен");
        assertThat(ecu.get("validFrom").asText()).isEqualTo("2024-08-01");
        assertThat(displays.get("ratio").get("items").asText()).isEqualTo("displays");
        assertThat(displays.get("ladder").get("steps").get(0).get("pointsFromYear").get("2026").asInt()).isEqualTo(13);
        assertThat(ecu.get("ladder").get("steps").get(0).get("pointsFromYear").get("2028").asInt()).isEqualTo(75);
        boolean electric2029 = false;
        for (JsonNode t : j.get("thresholds")) {
            electric2029 |= t.get("year").asInt() == 2029 && t.get("threshold").asInt() == 2300
                    && t.get("powertrains").get(0).asText().equals("electric");
        }
        assertThat(electric2029).isTrue();
    }

    @Test
    void earlierVersionByIdAtVersionAndUnknownIdIsBadInput() {
        assertThat(run("scheme", "ru-719-passenger-car@2025.1").out()).contains("version 2025.1").contains("official=false");
        LocalisCliTest.Run bad = run("scheme", "ru-719-x");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("unknown scheme 'ru-719-x'").contains("ru-719-tyres@2026.1");
        assertThat(run("scheme", "ru-719-n1", "--format", "xml").code()).isEqualTo(2);
    }

    @Test
    void helpAndSchemesListing() {
        LocalisCliTest.Run h = run("scheme", "--help");
        assertThat(h.code()).isZero();
        assertThat(h.out()).contains("Usage: localis scheme").contains("--format");
        LocalisCliTest.Run s = run("schemes");
        assertThat(s.out()).contains("ru-719-m1").contains("ru-719-n1").contains("ru-719-n2n3").contains("ru-719-m2m3")
                .contains("ru-719-tyres").contains("ru-719-passenger-car@2025.1");
    }

    @Test
    void scoresTheAmbulanceWithItsVehicleFacts() {
        String product = org.localis.testing.Fixtures.repoRoot()
                .resolve("localis-engine/src/test/resources/decree719/n1-ambulance/product.yaml").toString();
        LocalisCliTest.Run r = run("score", "--scheme", "ru-719-n1", "--product", product, "--period", "2026",
                "--date", "2026-06-01", "--format", "json");
        assertThat(r.code()).isZero();
        // without a registry the gearbox's carried-in 120 points are not there; the tyre certificate is in
        // the product's certificates file but gives no points (docs/worked-examples.md, D719-1)
        assertThat(r.out()).contains("\"score\" : 2378").contains("\"purpose\" : \"subsidy-191\"");

        // with the registry's answer as a file: the gearbox's 120 carried in and the tyres' 10 (D719-1)
        String points = org.localis.testing.Fixtures.repoRoot()
                .resolve("localis-engine/src/test/resources/decree719/n1-ambulance/component-points.csv").toString();
        LocalisCliTest.Run full = run("score", "--scheme", "ru-719-n1", "--product", product, "--period", "2026",
                "--date", "2026-06-01", "--component-points", points);
        assertThat(full.code()).isZero();
        assertThat(full.out()).contains("Score:          2508 points")
                .contains("carried in from component certificate GB-2026-0007");
    }
}
