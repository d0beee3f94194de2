package org.localis.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.localis.input.InputError;
import org.localis.input.InvalidInputException;
import org.localis.testing.Fixtures;

/** The scheme-format features added for Decree 719: each checked, each error named with its line. */
class SchemeFormatDecree719Test {

    private static final String HEAD = """
            id: t
            version: "1"
            title: t
            kind: points
            official: false
            source: s
            territory: [RU]
            operations: []
            tiers:
              - {id: base, name: Base, margin: 0}
            """;

    private static List<String> errors(String yaml) {
        try {
            SchemeLoader.load(Fixtures.utf8(HEAD + yaml), "s.yaml");
        } catch (InvalidInputException e) {
            return e.errors().stream().map(InputError::toString).toList();
        }
        throw new AssertionError("expected the scheme to be rejected");
    }

    private static PointsScheme load(String yaml) {
        return (PointsScheme) SchemeLoader.load(Fixtures.utf8(HEAD + yaml), "s.yaml");
    }

    @Test
    void everyNewFeatureLoads() {
        PointsScheme s = load("""
                vehicle-category: N1
                carried-in-from: [ru-719-n1]
                criteria:
                  - {code: a, title: A, title-ru: А, group: g, points: {default: 100, M2M3: 30}, one-of: lvl}
                  - {code: b, title: B, points: {ice: 30, hybrid: 30, electric: 15}, ratio: {items: shafts, rounding: down}}
                  - {code: c, title: C, points: 400, per-unit: {input: rnd, step: 1, rounding: down}, coefficient: rnd}
                  - code: d
                    title: D
                    valid-from: 2024-08-01
                    ladder: {input: ecu, steps: [{min: 200, points: {2024: 200, 2026: 100}}, {min: 205, until: 2027, points: {2024: 211}}]}
                purposes:
                  - {id: procurement, title: P}
                  - {id: subsidy, title: S}
                periods:
                  - {year: 2023, threshold: 3200, purpose: procurement}
                  - {year: 2023, threshold: 1100, purpose: procurement, powertrains: [electric]}
                  - {year: 2022, threshold: 1200, purpose: subsidy}
                coefficients:
                  - {id: k, applies-to: rnd, factor: 1.3, purpose: procurement, years: [2024]}
                """);
        assertThat(s.vehicleCategory()).isEqualTo(VehicleCategory.N1);
        assertThat(s.criteria().get(0).values().resolve(VehicleCategory.M2M3, Powertrain.ICE)).contains(new BigDecimal("30"));
        assertThat(s.criteria().get(1).values().resolve(VehicleCategory.N1, Powertrain.ELECTRIC)).contains(new BigDecimal("15"));
        assertThat(s.criteria().get(1).points()).isEqualByComparingTo("30");
        assertThat(s.criteria().get(3).points()).isEqualByComparingTo("211");
        assertThat(s.criteria().get(3).ladder().reach(new BigDecimal("207"), 2028).orElseThrow().points()).isEqualByComparingTo("100");
        assertThat(s.periodFor(2025, "procurement", Powertrain.ELECTRIC).orElseThrow().threshold()).isEqualByComparingTo("1100");
        assertThat(s.periodFor(2025, "procurement", Powertrain.HYBRID).orElseThrow().threshold()).isEqualByComparingTo("3200");
        assertThat(s.periodFor(2025).orElseThrow().threshold()).isEqualByComparingTo("3200");
        assertThat(s.periodFor(2022)).isEmpty();
        assertThat(s.primaryPurpose()).isEqualTo("procurement");
    }

    @Test
    void badValuesAreNamedWithTheirLines() {
        List<String> e = errors("""
                vehicle-category: N4
                criteria:
                  - code: a
                    title: A
                    points: {M5: 10, ice: -1}
                    ratio: {items: Shafts, rounding: up}
                  - code: b
                    title: B
                    points: 5
                    valid-from: 2024-13-01
                    ladder: {input: x, steps: [{min: 1, points: {twenty: 3}}]}
                purposes:
                  - {id: procurement, title: P}
                periods:
                  - {year: 2023, threshold: 10, purpose: subsidy}
                  - {year: 2023, threshold: 10, powertrains: [steam]}
                coefficients:
                  - {id: k, applies-to: nothing, factor: 0}
                """);
        assertThat(e).contains(
                "s.yaml:11: vehicle-category: 'N4' must be one of M1, N1, N2N3, M2M3",
                "s.yaml:15: criteria[0].points.M5: 'M5' must be default, a vehicle category (M1, N1, N2N3, M2M3), a powertrain (ice, hybrid, electric) or category/powertrain",
                "s.yaml:15: criteria[0].points.ice: must not be negative",
                "s.yaml:16: criteria[0].ratio.rounding: 'up' must be nearest or down",
                "s.yaml:16: criteria[0].ratio.items: 'Shafts' must be lower-case letters, digits and '-'",
                "s.yaml:20: criteria[1].valid-from: '2024-13-01' is not a date (YYYY-MM-DD)",
                "s.yaml:21: criteria[1].ladder.steps[0].points.twenty: 'twenty' is not a year",
                "s.yaml:25: periods[0].purpose: 'subsidy' is not one of the purposes (procurement)",
                "s.yaml:26: periods[1].powertrains: 'steam' must be one of ice, hybrid, electric",
                "s.yaml:28: coefficients[0].applies-to: no criterion has coefficient: nothing",
                "s.yaml:28: coefficients[0].factor: must be greater than 0");
    }

    @Test
    void repeatedYearsWithinOnePurposeAndPowertrainAreRejected() {
        List<String> e = errors("""
                criteria:
                  - {code: a, title: A, points: 1}
                purposes:
                  - {id: p, title: P}
                periods:
                  - {year: 2023, threshold: 10}
                  - {year: 2023, threshold: 5, powertrains: [electric]}
                  - {year: 2023, threshold: 11}
                """);
        assertThat(e).containsExactly("s.yaml:18: periods[2].year: periods must be in ascending order of year without repeats (within one purpose and powertrains)");
    }

    @Test
    void catalogKeepsEarlierVersions() {
        SchemeCatalog c = SchemeCatalog.builtIn();
        assertThat(c.find("ru-719-passenger-car").orElseThrow().info().version()).isEqualTo("2026.1");
        assertThat(c.find("ru-719-passenger-car", "2025.1").orElseThrow().info().official()).isFalse();
        assertThat(c.find("ru-719-passenger-car@2025.1")).isPresent();
        assertThat(c.find("ru-719-passenger-car@1999.1")).isEmpty();
        assertThat(c.all()).extracting(Scheme::id).doesNotHaveDuplicates()
                .contains("ru-719-m1", "ru-719-n1", "ru-719-n2n3", "ru-719-m2m3", "ru-719-tyres");
    }
    @Test
    void aLadderMayCarryARatioButNotPointsOfItsOwnBesideIt() {
        PointsScheme s = load("""
                criteria:
                  - code: d
                    title: D
                    ratio: {items: displays, rounding: nearest}
                    ladder: {input: x, steps: [{min: 200, points: {2024: 27}}]}
                periods:
                  - {year: 2024, threshold: 10}
                """);
        assertThat(s.criteria().get(0).ratio()).isNotNull();
        assertThat(s.criteria().get(0).ladder()).isNotNull();
        assertThat(errors("""
                criteria:
                  - code: d
                    title: D
                    points: 5
                    ratio: {items: displays, rounding: nearest}
                    ladder: {input: x, steps: [{min: 200, points: {2024: 27}}]}
                """)).anyMatch(e -> e.contains("at most one of ratio, ladder, per-unit"));
        assertThat(errors("""
                criteria:
                  - {code: d, title: D, points: 5, ratio: {items: a, rounding: down}, per-unit: {input: x, step: 1, rounding: down}}
                """)).anyMatch(e -> e.contains("at most one of ratio, ladder, per-unit"));
    }

    /** Every requirement row of section II is encoded in each vehicle scheme, each with its wording and clause. */
    @Test
    void everyVehicleSchemeHasAllRowsOfSectionTwoWithWordingGroupAndSource() {
        SchemeCatalog catalog = SchemeCatalog.builtIn();
        for (String id : List.of("ru-719-m1", "ru-719-n1", "ru-719-n2n3", "ru-719-m2m3", "ru-719-passenger-car")) {
            PointsScheme s = (PointsScheme) catalog.find(id).orElseThrow();
            assertThat(s.criteria()).as(id).hasSize(658);
            assertThat(s.criteria()).as(id).allSatisfy(c -> {
                assertThat(s.operations().get(c.code()).titleRu()).as(c.code()).isNotBlank();
                assertThat(s.operations().get(c.code()).title()).as(c.code()).isNotBlank();
                assertThat(c.group()).as(c.code()).isNotBlank();
                assertThat(c.source()).as(c.code()).startsWith("PP 719 annex, section II, row '");
            });
        }
        PointsScheme m1 = (PointsScheme) catalog.find("ru-719-m1").orElseThrow();
        PointsScheme bus = (PointsScheme) catalog.find("ru-719-m2m3").orElseThrow();
        assertThat(m1.criteria().stream().map(Criterion::code).toList())
                .isEqualTo(bus.criteria().stream().map(Criterion::code).toList());
        assertThat(m1.criteria().stream().filter(c -> c.group().equals("fuel-cell")).count()).isEqualTo(49);
        assertThat(m1.criteria().stream().filter(c -> c.ladder() != null).count()).isEqualTo(25);
    }
}
