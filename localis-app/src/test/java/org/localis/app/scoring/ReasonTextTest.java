package org.localis.app.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.localis.assessment.Assessment;
import org.localis.assessment.AssessmentJson;
import org.localis.assessment.AssessmentRequest;
import org.localis.assessment.Assessor;
import org.localis.operation.Operations;
import org.localis.product.Product;
import org.localis.product.ProductManifestReader;
import org.localis.testing.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The classification reason, the failed requirements and the next-tier advice are said in the reader's language
 * from the engine's codes and figures; a stored run without the codes shows its English sentences.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithUserDetails("kama")
class ReasonTextTest {

    /** Words of the engine's English sentences that a Russian page must not show. */
    private static final List<String> ENGLISH = List.of("performed in the country", "would need", "is below the threshold",
            "is above the cap", "is not met", "it is mandatory", "more points are needed", "unearned criteria",
            "non-originating materials", "originating materials", "domestic share", "no production", "one of ");

    @Autowired
    MockMvc mvc;

    @Autowired
    ReasonText text;

    private String scorePage(String scheme, String period, String lang) throws Exception {
        var dir = Fixtures.example("roll-up-sedan");
        return mvc.perform(multipart("/score")
                        .file(new MockMultipartFile("bom", "bom.csv", "text/csv", Files.readAllBytes(dir.resolve("bom.csv"))))
                        .file(new MockMultipartFile("operations", "operations.csv", "text/csv",
                                "code,performed,evidence\nbody-welding,yes,\nbody-painting,no,\n".getBytes()))
                        .file(new MockMultipartFile("rates", "rates.csv", "text/csv", Files.readAllBytes(dir.resolve("rates.csv"))))
                        .param("scheme", scheme).param("period", period).param("date", "2025-06-01")
                        .param("price", "30000").param("netCost", "25000").param("currency", "USD").param("lang", lang)
                        .with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The text of the elements with these ids (and of their list items). */
    private static List<String> texts(String page, String... ids) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>(.*?)</(p|ul|div)>", Pattern.DOTALL).matcher(page);
            while (m.find()) {
                for (String li : m.group(1).split("<li>|</li>")) {
                    String t = HtmlUtils.htmlUnescape(li.replaceAll("<[^>]+>", "")).trim();
                    if (!t.isEmpty()) {
                        out.add(t);
                    }
                }
            }
        }
        return out;
    }

    /** The last cell of each row of the criteria table: the criterion's explanation. */
    private static List<String> explanations(String page) {
        List<String> out = new ArrayList<>();
        Matcher table = Pattern.compile("id=\"criteria\".*?</table>", Pattern.DOTALL).matcher(page);
        if (table.find()) {
            Matcher row = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(table.group());
            while (row.find()) {
                Matcher cell = Pattern.compile("<td class=\"small\"[^>]*>(.*?)</td>\\s*$", Pattern.DOTALL).matcher(row.group(1));
                if (cell.find()) {
                    out.add(HtmlUtils.htmlUnescape(cell.group(1)).trim());
                }
            }
        }
        return out;
    }

    @Test
    void aRussianScorePageShowsNoEnglishSentenceOfTheEngine() throws Exception {
        for (String[] s : List.of(new String[] {"ru-719-passenger-car", "2025"}, new String[] {"usmca-passenger-car", "2024"},
                new String[] {"eu-maxnom-passenger-car", "2024"})) {
            String ru = scorePage(s[0], s[1], "ru");
            List<String> said = new ArrayList<>(texts(ru, "classification-reason", "failed-because", "next-tier-advice"));
            said.addAll(explanations(ru));
            assertThat(said).as(s[0]).isNotEmpty();
            for (String t : said) {
                assertThat(t).as(s[0]).matches("(?s).*[а-яА-Я].*");
                for (String e : ENGLISH) {
                    assertThat(t).as(s[0]).doesNotContain(e);
                }
            }
            List<String> named = texts(ru, "classification-reason", "failed-because");
            assertThat(named).as(s[0]).isNotEmpty();
            for (var op : schemes.require(s[0], "scheme").operations().values()) {
                if (op.code().contains("-") && op.titleRu() != null && !op.titleRu().isBlank()) {
                    assertThat(named).as("operations are named by their titles").noneMatch(t -> t.contains(op.code()));
                }
            }
            String en = scorePage(s[0], s[1], "en");
            List<String> saidEn = new ArrayList<>(texts(en, "classification-reason", "failed-because", "next-tier-advice"));
            saidEn.addAll(explanations(en));
            assertThat(saidEn)
                    .as("the English page says the same things in English").hasSameSizeAs(said)
                    .allSatisfy(t -> assertThat(t).doesNotMatch("(?s).*[а-яА-Я].*"));
        }
    }

    @Test
    void aPercentScoreTakesTheReadersDecimalSeparator() throws Exception {
        assertThat(scorePage("usmca-passenger-car", "2024", "ru")).containsPattern("id=\"score\"[^>]*>\\d+,\\d{2}%<");
        assertThat(scorePage("usmca-passenger-car", "2024", "en")).containsPattern("id=\"score\"[^>]*>\\d+\\.\\d{2}%<");
    }

    @Test
    void criteriaAreNamedByTheirTitlesInTheReadersLanguageNotByTheirCodes() throws Exception {
        for (String[] s : List.of(new String[] {"ru-719-passenger-car", "2025"}, new String[] {"ru-719-passenger-car@2025.1", "2025"})) {
            String ru = scorePage(s[0], s[1], "ru");
            Matcher table = Pattern.compile("id=\"criteria\".*?</table>", Pattern.DOTALL).matcher(ru);
            assertThat(table.find()).as(s[0]).isTrue();
            Matcher first = Pattern.compile("<tr[^>]*>\\s*<td title=\"([^\"]+)\">\\s*<span[^>]*>([^<]+)</span>|<tr[^>]*>\\s*<td><span title=\"([^\"]+)\">([^<]+)</span>")
                    .matcher(table.group());
            int rows = 0;
            while (first.find()) {
                String code = first.group(1) != null ? first.group(1) : first.group(3);
                String title = first.group(2) != null ? first.group(2) : first.group(4);
                assertThat(title).as(s[0] + " " + code).isNotEqualTo(code).matches("(?s).*[а-яА-ЯёЁ].*");
                rows++;
            }
            assertThat(rows).as(s[0] + ": criteria rows").isGreaterThan(0);
        }
    }

    @Test
    void aStoredRunIsSaidFromItsCodesOrElseAsItsEnglishSentences() throws Exception {
        Product sedan = ProductManifestReader.read(Fixtures.example("roll-up-sedan").resolve("product.yaml"));
        Product none = new Product("P", "passenger-car", sedan.currency(), sedan.price(), sedan.price(), null, sedan.bom(), Operations.NONE,
                List.of(), sedan.rates(), "test");
        Assessment a = Assessor.assess(AssessmentRequest.of(none, Fixtures.testScheme("points.yaml"), 2024, LocalDate.of(2025, 6, 1)));
        assertThat(a.failedBecause()).isNotEmpty();
        JsonNode stored = new ObjectMapper().readTree(AssessmentJson.toJson(a));
        Locale ru = Locale.forLanguageTag("ru");
        assertThat(text.classification(stored, ru)).isEqualTo(text.classification(a, ru)).isNotEqualTo(a.classification().reason());
        assertThat(text.failed(stored, ru)).isEqualTo(text.failed(a, ru)).doesNotContainAnyElementsOf(a.failedBecause());
        if (a.nextTier() != null) {
            assertThat(text.advice(stored.path("nextTier"), ru)).isEqualTo(text.advice(a.nextTier(), ru));
        }

        ObjectNode old = (ObjectNode) stored.deepCopy();
        old.remove(List.of("classificationWhy", "failedBecauseWhy"));
        assertThat(text.classification(old, ru)).isEqualTo(a.classification().reason());
        assertThat(text.failed(old, ru)).isEqualTo(a.failedBecause());
    }

    /** Words of the engine's English warnings. */
    private static final List<String> ENGLISH_WARNINGS = List.of("certificate", "line ", "treated", "not found", "expired",
            "is assumed", "not counted", "exact score", "confirmed", "no origin", "non-originating");

    /**
     * Issue #16: the warnings (an unconfirmed scheme, lines without origin, a certificate out of date) are said in the
     * reader's language from the engine's codes, live and from a stored run's English sentences alike.
     */
    @Test
    void warningsAreSaidInTheReadersLanguageLiveOrStored() throws Exception {
        Product sedan = ProductManifestReader.read(Fixtures.example("roll-up-sedan").resolve("product.yaml"));
        Assessment a = Assessor.assess(AssessmentRequest.of(sedan, Fixtures.testScheme("rvc-nc-rollup.yaml"), 2024, LocalDate.of(2027, 2, 1)));
        assertThat(a.warningsWhy()).extracting(Assessment.Reason::code)
                .contains(Assessment.ReasonCode.WARN_CERT_NOT_VALID, Assessment.ReasonCode.WARN_NO_ORIGIN);
        Locale ru = Locale.forLanguageTag("ru");
        List<String> said = text.warnings(a, ru);
        assertThat(said).hasSameSizeAs(a.warnings()).anyMatch(w -> w.contains("сертификат C-SEAT-1 истёк на 2027-02-01 (срок действия с 2024-01-01 по 2026-12-31)"))
                .anyMatch(w -> w.startsWith("строки спецификации без страны происхождения считаются непроисходящими (всего 1): ") && w.contains("(строка 10)"));
        for (String w : said) {
            assertThat(w).matches("(?s).*[а-яА-Я].*");
            for (String e : ENGLISH_WARNINGS) {
                assertThat(w).doesNotContain(e);
            }
        }
        JsonNode stored = new ObjectMapper().readTree(AssessmentJson.toJson(a));
        assertThat(text.warnings(stored, ru)).as("stored and live agree").isEqualTo(said);
        assertThat(text.warnings(a, Locale.ENGLISH)).allSatisfy(w -> assertThat(w).doesNotMatch("(?s).*[а-яА-Я].*"))
                .anyMatch(w -> w.contains("certificate C-SEAT-1 is expired on 2027-02-01"));
        assertThat(text.warnings(new ObjectMapper().readTree("{\"warnings\": [\"made by elves\"]}"), ru))
                .as("a sentence the engine does not write is shown as stored").containsExactly("made by elves");

        String page = scorePage("usmca-passenger-car", "2024", "ru");
        List<String> onPage = texts(page, "warnings");
        assertThat(onPage).anyMatch(w -> w.startsWith("схема «ЮСМКА - легковые автомобили") && w.contains("ещё не сверена полностью с официальным текстом"))
                .noneMatch(w -> w.contains("official: false"));
        assertThat(texts(scorePage("usmca-passenger-car", "2024", "en"), "warnings"))
                .anyMatch(w -> w.contains("is not confirmed in full against the official text")).hasSameSizeAs(onPage);
    }

    @Autowired
    org.springframework.context.MessageSource messages;

    @Autowired
    org.localis.scheme.SchemeCatalog schemes;

    /** Words of the engine's English basis sentences. */
    private static final List<String> ENGLISH_BASIS = List.of("origin", "territory", "originating", "certificate", "sub-assembly",
            "roll-up", "tracing", "counts");

    @Test
    void eachLinesBasisIsSaidInTheReadersLanguageLiveOrStored() throws Exception {
        Product sedan = ProductManifestReader.read(Fixtures.example("roll-up-sedan").resolve("product.yaml"));
        Locale ru = Locale.forLanguageTag("ru");
        Locale en = Locale.ENGLISH;
        java.util.Set<Assessment.ReasonCode> seen = java.util.EnumSet.noneOf(Assessment.ReasonCode.class);
        for (String scheme : List.of("rvc-nc-rollup.yaml", "rvc-tv-tracing.yaml", "maxnom.yaml")) {
            Assessment a = Assessor.assess(AssessmentRequest.of(sedan, Fixtures.testScheme(scheme), 2024, LocalDate.of(2025, 6, 1)));
            JsonNode stored = new ObjectMapper().readTree(AssessmentJson.toJson(a));
            assertThat(stored.path("lines")).hasSameSizeAs(a.lines());
            for (int i = 0; i < a.lines().size(); i++) {
                Assessment.LineResult l = a.lines().get(i);
                seen.add(l.basisWhy().code());
                String said = text.basis(l, ru);
                assertThat(text.basis(stored.path("lines").get(i), ru)).as("stored and live agree").isEqualTo(said);
                assertThat(said).as(l.basis()).matches("(?s).*[а-яА-Я].*").isNotEqualTo(l.basis());
                for (String e : ENGLISH_BASIS) {
                    assertThat(said).as(l.basis()).doesNotContain(e);
                }
                assertThat(text.basis(l, en)).as(l.basis()).doesNotMatch("(?s).*[а-яА-Я].*");
            }
        }
        assertThat(seen).contains(Assessment.ReasonCode.BASIS_FOREIGN, Assessment.ReasonCode.BASIS_ROLLED_UP_RVC,
                Assessment.ReasonCode.BASIS_TRACED, Assessment.ReasonCode.BASIS_CERT_ORIGINATING);
        assertThat(text.basis(new ObjectMapper().readTree("{\"basis\": \"made by elves\"}"), ru))
                .as("a sentence the engine does not write is shown as stored").isEqualTo("made by elves");
        assertThat(text.basis(new ObjectMapper().readTree("{\"basis\": \"origin BY is outside the territory\"}"), ru))
                .as("the country by its name").contains("Беларусь").contains("BY");
    }

    @Test
    void aCriterionsInputIsCalledByItsNameNotItsId() {
        java.util.Set<String> inputs = new java.util.TreeSet<>();
        for (org.localis.scheme.Scheme s : schemes.allVersions()) {
            if (s instanceof org.localis.scheme.PointsScheme ps) {
                for (var c : ps.criteria()) {
                    if (c.ladder() != null) {
                        inputs.add(c.ladder().input());
                    }
                    if (c.perUnit() != null) {
                        inputs.add(c.perUnit().input());
                    }
                }
            }
        }
        assertThat(inputs).contains("rnd-percent-of-revenue", "ecu-engine-section-ix-points");
        Locale ru = Locale.forLanguageTag("ru");
        for (String id : inputs) {
            for (Locale l : List.of(ru, Locale.ENGLISH)) {
                assertThat(messages.getMessage("why.input." + id, null, null, l)).as(id + " " + l).isNotBlank();
            }
            String said = text.say(Assessment.Reason.of(Assessment.ReasonCode.CRIT_LADDER, id, "230", "225", "256", "2025"), ru);
            assertThat(said).as(id).doesNotContain(id).matches("(?s).*[а-яА-Я].*").contains("230");
            assertThat(text.say(Assessment.Reason.of(Assessment.ReasonCode.CRIT_NO_INPUT, id), ru)).doesNotContain(id);
        }
        assertThat(text.say(Assessment.Reason.of(Assessment.ReasonCode.CRIT_PER_UNIT, "rnd-percent-of-revenue", "2.4", "2", "1",
                "400", "800"), ru)).startsWith("расходы на НИОКР");
    }
}
