package org.localis.app.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.localis.input.InputError;
import org.localis.input.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one scoring path of pages and API, on the small hand-checked fixtures (src/test/resources/fixtures,
 * worked out in its README): the score, what is stored, that the stored inputs reproduce the stored result,
 * and that the problems of every uploaded file come back together.
 */
@SpringBootTest
class ScoringServiceTest {

    private static final LocalDate DATE = LocalDate.of(2025, 6, 1);

    @Autowired
    ScoringService scoring;

    @Autowired
    JdbcClient jdbc;

    static ScoreCommand.Upload fixture(String name) throws IOException {
        try (InputStream in = ScoringServiceTest.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test fixture " + name);
            }
            return new ScoreCommand.Upload(name, in.readAllBytes());
        }
    }

    @Test
    void scoresTheSmallBomWithRatesAndStoresEveryInput() throws Exception {
        ScoreCommand cmd = new ScoreCommand(fixture("small-bom.csv"), null, null, fixture("small-rates.csv"),
                "usmca-passenger-car", 2024, DATE, null, new BigDecimal("1000.00"), "usd", "Small car");

        ScoringService.ScoredRun run = scoring.score(cmd);

        assertThat(run.assessment().score()).isEqualByComparingTo("74.50");
        assertThat(run.json()).containsEntry("scheme", "usmca-passenger-car").containsEntry("unit", "percent")
                .containsKeys("period", "threshold", "passed", "tier", "classification", "criteria", "lines", "warnings");
        assertThat(new BigDecimal(run.json().get("nonOriginatingValue").toString())).isEqualByComparingTo("255.00");

        Map<String, Object> row = jdbc.sql("SELECT * FROM assessment_run WHERE id = :id").param("id", run.id()).query().singleRow();
        Map<String, Object> r = upper(row);
        assertThat(r.get("SCHEME_ID")).isEqualTo("usmca-passenger-car");
        assertThat(r.get("SCHEME_VERSION")).isEqualTo(run.assessment().scheme().version());
        assertThat(((Number) r.get("PERIOD")).intValue()).isEqualTo(2024);
        assertThat(r.get("PRODUCT_NAME")).isEqualTo("Small car");
        assertThat(r.get("CURRENCY").toString().trim()).isEqualTo("USD");
        assertThat((BigDecimal) r.get("NET_COST")).isEqualByComparingTo("1000.00");
        assertThat(r.get("PRICE")).isNull();
        assertThat((BigDecimal) r.get("SCORE")).isEqualByComparingTo("74.50");
        assertThat(r.get("BOM_FILE_NAME")).isEqualTo("small-bom.csv");
        assertThat((byte[]) r.get("BOM_BYTES")).isEqualTo(cmd.bom().bytes());
        assertThat(r.get("BOM_SHA256").toString()).isEqualTo(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(cmd.bom().bytes())));
        assertThat(r.get("RATES_FILE_NAME")).isEqualTo("small-rates.csv");
        assertThat((byte[]) r.get("RATES_BYTES")).isEqualTo(cmd.rates().bytes());
        assertThat(r.get("OPERATIONS_BYTES")).isNull();
        assertThat(r.get("CERTIFICATES_BYTES")).isNull();
    }

    @Test
    void theStoredInputsReproduceTheStoredResult() throws Exception {
        ScoringService.ScoredRun first = scoring.score(new ScoreCommand(fixture("small-bom.csv"), fixture("small-operations.csv"),
                fixture("small-certificates.csv"), fixture("small-rates.csv"), "usmca-passenger-car", null, DATE,
                new BigDecimal("1200.00"), new BigDecimal("1000.00"), "USD", "Small car"));
        // the certificate makes the seats originating
        assertThat(first.assessment().score()).isEqualByComparingTo("94.50");

        Map<String, Object> r = upper(jdbc.sql("SELECT * FROM assessment_run WHERE id = :id").param("id", first.id()).query().singleRow());
        ScoreCommand replay = new ScoreCommand(
                upload(r, "BOM"), upload(r, "OPERATIONS"), upload(r, "CERTIFICATES"), upload(r, "RATES"),
                (String) r.get("SCHEME_ID"), ((Number) r.get("PERIOD")).intValue(),
                r.get("ASSESSMENT_DATE") instanceof java.sql.Date d ? d.toLocalDate() : LocalDate.parse(r.get("ASSESSMENT_DATE").toString()),
                (BigDecimal) r.get("PRICE"), (BigDecimal) r.get("NET_COST"), r.get("CURRENCY").toString().trim(),
                (String) r.get("PRODUCT_NAME"));
        assertThat(r.get("SCHEME_VERSION")).isEqualTo(first.assessment().scheme().version());
        ScoringService.ScoredRun again = scoring.score(replay);

        ObjectMapper json = new ObjectMapper();
        JsonNode stored = json.readTree(r.get("RESULT_JSON").toString());
        JsonNode replayed = json.readTree(jdbc.sql("SELECT result_json FROM assessment_run WHERE id = :id")
                .param("id", again.id()).query(String.class).single());
        assertThat(again.id()).isNotEqualTo(first.id());
        assertThat(replayed).isEqualTo(stored);
        // what the API writes for the returned map (valueToTree would strip trailing zeros of the amounts)
        JsonNode returned = json.readTree(json.writeValueAsString(again.json()));
        assertThat(returned).isEqualTo(stored);
    }

    @Test
    void problemsOfEveryFileAndFieldComeBackTogether() throws Exception {
        ScoreCommand cmd = new ScoreCommand(fixture("broken-bom.csv"), fixture("broken-operations.csv"), null, null,
                "no-such-scheme", null, DATE, new BigDecimal("-1"), null, "EURO", null);

        assertThatThrownBy(() -> scoring.score(cmd)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            List<String> texts = e.errors().stream().map(InputError::toString).toList();
            assertThat(texts).anyMatch(t -> t.contains("unknown scheme 'no-such-scheme'"));
            assertThat(texts).anyMatch(t -> t.startsWith("request: currency:"));
            assertThat(texts).anyMatch(t -> t.startsWith("request: price:"));
            assertThat(texts).contains("broken-bom.csv:2: quantity: must be greater than 0 (was 0)");
            assertThat(texts).anyMatch(t -> t.startsWith("broken-bom.csv:3: unit_cost:"));
            assertThat(texts).anyMatch(t -> t.startsWith("broken-bom.csv:4: origin:"));
            assertThat(texts).contains("broken-operations.csv:2: performed: 'perhaps' is not yes or no");
        });
    }

    @Test
    void aMissingBomIsNamed() {
        ScoreCommand cmd = new ScoreCommand(null, null, null, null, "usmca-passenger-car", null, DATE, null, null, null, null);
        assertThatThrownBy(() -> scoring.score(cmd)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(InputError::field).containsExactly("bom"));
    }

    private static ScoreCommand.Upload upload(Map<String, Object> row, String prefix) {
        byte[] bytes = (byte[]) row.get(prefix + "_BYTES");
        return bytes == null ? null : new ScoreCommand.Upload((String) row.get(prefix + "_FILE_NAME"), bytes);
    }

    /** Column names as H2 and PostgreSQL report them, upper-cased. */
    private static Map<String, Object> upper(Map<String, Object> row) {
        Map<String, Object> m = new java.util.HashMap<>();
        row.forEach((k, v) -> m.put(k.toUpperCase(java.util.Locale.ROOT), v));
        return m;
    }
}
