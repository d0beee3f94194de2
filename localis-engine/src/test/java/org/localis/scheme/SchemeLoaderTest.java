package org.localis.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.localis.input.InputError;
import org.localis.input.InvalidInputException;
import org.localis.testing.Fixtures;

class SchemeLoaderTest {

    private static List<String> errors(String yaml) {
        try {
            SchemeLoader.load(Fixtures.utf8(yaml), "s.yaml");
        } catch (InvalidInputException e) {
            return e.errors().stream().map(InputError::toString).toList();
        }
        throw new AssertionError("expected the scheme to be rejected");
    }

    @Test
    void builtInSchemesLoadAndIncludeTheRequiredIds() {
        SchemeCatalog catalog = SchemeCatalog.builtIn();
        assertThat(catalog.all()).extracting(Scheme::id)
                .contains("ru-719-passenger-car", "usmca-passenger-car", "eu-maxnom-passenger-car");
        assertThat(catalog.all()).anyMatch(s -> s instanceof ValueShareScheme v && v.method() == ValueMethod.TRANSACTION_VALUE);
        ValueShareScheme usmca = (ValueShareScheme) catalog.find("usmca-passenger-car").orElseThrow();
        assertThat(usmca.method()).isEqualTo(ValueMethod.NET_COST);
        assertThat(usmca.originRule()).isEqualTo(OriginRule.ROLL_UP);
        assertThat(usmca.territory()).containsExactlyInAnyOrder("US", "CA", "MX");
        assertThat(usmca.periodFor(2030).orElseThrow().threshold()).isEqualByComparingTo("75");
        ValueShareScheme eu = (ValueShareScheme) catalog.find("eu-maxnom-passenger-car").orElseThrow();
        assertThat(eu.method()).isEqualTo(ValueMethod.MAX_NON_ORIGINATING);
        assertThat(eu.lowerIsBetter()).isTrue();
        assertThat(eu.territory()).contains("DE", "FR", "GR").hasSize(27);
        assertThat(catalog.find("ru-719-passenger-car").orElseThrow()).isInstanceOf(PointsScheme.class);
    }

    @Test
    void testFixturesLoad() {
        PointsScheme p = (PointsScheme) Fixtures.testScheme("points.yaml");
        assertThat(p.criteria()).hasSize(6);
        assertThat(p.periodFor(2019)).isEmpty();
        assertThat(p.periodFor(2025).orElseThrow().year()).isEqualTo(2024);
    }

    @Test
    void unknownKeysMissingFieldsAndBadCodesAreNamedWithLines() {
        List<String> e = errors("""
                id: Bad Id
                version: "1"
                title: t
                kind: points
                official: maybe
                source: s
                territory: [RU, XX]
                operations:
                  - {code: a, title: A}
                criteria:
                  - {code: b, points: 10}
                  - {code: a, points: -1, requires: [zz]}
                periods:
                  - {year: 2021, threshold: 5}
                  - {year: 2020, threshold: 5}
                tiers:
                  - {id: t, name: T, margin: 0}
                extra: 1
                """);
        assertThat(e).contains(
                "s.yaml:1: id: 'Bad Id' must be lower-case letters, digits and '-'",
                "s.yaml:5: official: 'maybe' is not yes or no",
                "s.yaml:7: territory: 'XX' is not an ISO 3166-1 alpha-2 country code",
                "s.yaml:11: criteria[0].code: operation b is not defined under operations",
                "s.yaml:12: criteria[1].points: must not be negative",
                "s.yaml:12: criteria[1].requires: operation zz is not defined under operations",
                "s.yaml:15: periods[1].year: periods must be in ascending order of year without repeats");
        assertThat(e).anyMatch(s -> s.startsWith("s.yaml:18: extra: unknown key"));
    }

    /** Issue #16: a scheme file's texts have Russian twins ({@code -ru}); without one the English text stands. */
    @Test
    void russianTextsAndNamedGroupsAreReadAndFallBackToEnglish() {
        PointsScheme p = (PointsScheme) SchemeLoader.load(Fixtures.utf8("""
                id: g
                version: "1"
                title: t
                kind: points
                official: false
                source: the source
                source-ru: источник
                notes: the notes
                territory: [RU]
                operations:
                  - {code: a, title: A}
                  - {code: b, title: B}
                groups:
                  - {id: body, title: Body, title-ru: Кузов}
                criteria:
                  - {code: a, points: 10, group: body, note: a note, note-ru: примечание, source: row a, source-ru: строка a}
                  - {code: b, points: 5, note: only English}
                periods:
                  - {year: 2021, threshold: 5, note: from 2021, note-ru: с 2021}
                tiers:
                  - {id: t, name: T, margin: 0, support: some support, support-ru: поддержка}
                  - {id: u, name: U, margin: 1, support: more support}
                """), "s.yaml");
        assertThat(p.info().sourceRu()).isEqualTo("источник");
        assertThat(p.info().notesRu()).isEqualTo("the notes");
        assertThat(p.group("body").orElseThrow().titleRu()).isEqualTo("Кузов");
        assertThat(p.criteria().get(0).noteRu()).isEqualTo("примечание");
        assertThat(p.criteria().get(0).sourceRu()).isEqualTo("строка a");
        assertThat(p.criteria().get(1).noteRu()).isEqualTo("only English");
        assertThat(p.periods().get(0).noteRu()).isEqualTo("с 2021");
        assertThat(p.tiers()).extracting(Tier::supportRu).containsExactly("поддержка", "more support");
    }

    @Test
    void aRussianTextWithoutItsEnglishOneAndAnUnlistedGroupAreNamedWithLines() {
        List<String> e = errors("""
                id: g
                version: "1"
                title: t
                kind: points
                official: false
                source: s
                notes-ru: только по-русски
                territory: [RU]
                operations:
                  - {code: a, title: A}
                groups:
                  - {id: body, title: Body}
                  - {id: body, title: Body again}
                criteria:
                  - {code: a, points: 10, group: engine, note-ru: примечание}
                periods:
                  - {year: 2021, threshold: 5}
                tiers:
                  - {id: t, name: T, margin: 0, support-ru: поддержка}
                """);
        assertThat(e).containsExactlyInAnyOrder(
                "s.yaml:7: notes-ru: is the Russian of notes, which is missing",
                "s.yaml:13: groups[1].id: group body is defined twice",
                "s.yaml:15: criteria[0].note-ru: is the Russian of note, which is missing",
                "s.yaml:15: criteria[0].group: group engine is not listed under groups",
                "s.yaml:19: tiers[0].support-ru: is the Russian of support, which is missing");
    }

    /** Every built-in scheme has its texts in Russian: source, notes, tiers' support, periods' and criteria's notes and sources, groups. */
    @Test
    void everyBuiltInSchemeHasItsTextsInRussian() {
        java.util.regex.Pattern cyrillic = java.util.regex.Pattern.compile("\\p{IsCyrillic}");
        for (Scheme s : SchemeCatalog.builtIn().allVersions()) {
            java.util.List<String> russian = new java.util.ArrayList<>(List.of(s.info().sourceRu(), s.info().notesRu()));
            s.tiers().stream().filter(t -> !t.support().isEmpty()).forEach(t -> russian.add(t.supportRu()));
            s.periods().stream().filter(x -> !x.note().isEmpty()).forEach(x -> russian.add(x.noteRu()));
            if (s instanceof PointsScheme p) {
                p.criteria().stream().filter(c -> !c.note().isEmpty()).forEach(c -> russian.add(c.noteRu()));
                p.criteria().stream().filter(c -> !c.source().isEmpty()).forEach(c -> russian.add(c.sourceRu()));
                p.criteria().stream().filter(c -> !c.group().isEmpty())
                        .forEach(c -> russian.add(p.group(c.group()).orElseThrow().titleRu()));
                p.coefficients().forEach(k -> {
                    russian.add(k.titleRu());
                    russian.add(k.sourceRu());
                });
            }
            assertThat(russian).as(s.id() + "@" + s.info().version()).allMatch(t -> cyrillic.matcher(t).find());
        }
    }

    @Test
    void syntaxErrorsNameTheLine() {
        assertThatThrownBy(() -> SchemeLoader.load(Fixtures.utf8("id: a\nperiods: [\n  - x: 1\n"), "s.yaml"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        ex -> assertThat(ex.errors().get(0).toString()).startsWith("s.yaml:").contains("not valid YAML"));
        assertThat(errors("")).containsExactly("s.yaml: the file is empty");
    }

    @Test
    void unknownSchemeIsANamedError() {
        assertThatThrownBy(() -> SchemeCatalog.builtIn().require("nope", "--scheme"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("unknown scheme 'nope'");
    }

    @Test
    void theCatalogFindsEachBuiltInSchemeByTheIdAndVersionAtTheTopOfItsFileAsItsFullReadingDoes() throws Exception {
        // the catalog reads only the id and version lines of each file and parses a file when its scheme is asked for
        SchemeCatalog lazy = SchemeCatalog.builtIn();
        ClassLoader cl = SchemeCatalog.class.getClassLoader();
        List<String> files;
        try (var index = cl.getResourceAsStream("schemes/index.txt")) {
            files = new String(index.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
        List<String> parsed = new java.util.ArrayList<>();
        for (String f : files) {
            try (var in = cl.getResourceAsStream("schemes/" + f)) {
                Scheme s = SchemeLoader.load(in, f);
                parsed.add(s.id() + "@" + s.info().version());
                Scheme found = lazy.find(s.id(), s.info().version()).orElseThrow();
                assertThat(found.info()).isEqualTo(s.info());
                assertThat(found.territory()).isEqualTo(s.territory());
            }
        }
        assertThat(lazy.allVersions()).extracting(s -> s.id() + "@" + s.info().version()).containsExactlyElementsOf(parsed);
        // the id alone finds the version listed last
        assertThat(lazy.find("ru-719-passenger-car").orElseThrow().info().version()).isEqualTo("2026.1");
        assertThat(lazy.find("ru-719-passenger-car@2025.1").orElseThrow().info().version()).isEqualTo("2025.1");
    }

    @Test
    void aTopLevelIdOrVersionIsReadAsYamlWouldReadIt() {
        assertThat(SchemeCatalog.plainScalar(" ru-719-m1")).isEqualTo("ru-719-m1");
        assertThat(SchemeCatalog.plainScalar(" \"2025.1\"  ")).isEqualTo("2025.1");
        // anything else is left to the YAML parser
        assertThat(SchemeCatalog.plainScalar(" a # comment")).isNull();
        assertThat(SchemeCatalog.plainScalar(" 'a'")).isNull();
        assertThat(SchemeCatalog.plainScalar(" \"a\\\"b\"")).isNull();
        assertThat(SchemeCatalog.plainScalar("")).isNull();
    }
}
