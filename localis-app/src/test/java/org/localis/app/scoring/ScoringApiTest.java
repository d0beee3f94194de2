package org.localis.app.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.localis.testing.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SpringBootTest
@AutoConfigureMockMvc
@WithUserDetails("volga")
class ScoringApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AssessmentRunRepository runs;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** A part that may only be streamed: asking for all its bytes at once fails the test. */
    static final class StreamOnlyPart extends MockMultipartFile {
        final java.util.concurrent.atomic.AtomicInteger opened = new java.util.concurrent.atomic.AtomicInteger();

        StreamOnlyPart(String part, String name, byte[] content) {
            super(part, name, "text/csv", content);
        }

        @Override
        public byte[] getBytes() {
            throw new AssertionError("the upload was copied whole into memory");
        }

        @Override
        public java.io.InputStream getInputStream() throws java.io.IOException {
            opened.incrementAndGet();
            return super.getInputStream();
        }
    }

    static MockMultipartFile file(String part, String name) throws Exception {
        Path p = Fixtures.example("roll-up-sedan").resolve(name);
        return new MockMultipartFile(part, name, "text/csv", Files.readAllBytes(p));
    }

    @Test
    void theBomIsStreamedFromItsPartIntoTheEngineAndTheStoredCopy() throws Exception {
        byte[] bom = Files.readString(Fixtures.example("roll-up-sedan").resolve("bom.csv"))
                .replace("1500.00,EUR,DE", "1650.00,,DE").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        StreamOnlyPart part = new StreamOnlyPart("bom", "bom.csv", bom);
        MvcResult ok = mvc.perform(multipart("/api/assessments/score").file(part)
                        .param("scheme", "usmca-passenger-car").param("period", "2024").param("date", "2025-06-01")
                        .param("price", "30000").param("netCost", "25000").param("currency", "USD"))
                .andExpect(status().isCreated())
                .andReturn();
        // read for the engine, for the checksum and for the stored copy: each a stream of the part
        assertThat(part.opened.get()).isEqualTo(3);
        long id = new ObjectMapper().readTree(ok.getResponse().getContentAsString()).path("id").asLong();
        var stored = jdbc.sql("SELECT bom_bytes, bom_sha256 FROM assessment_run WHERE id = ?").param(id)
                .query((rs, n) -> java.util.Map.entry(rs.getBytes(1), rs.getString(2))).single();
        assertThat(stored.getKey()).isEqualTo(bom);
        assertThat(stored.getValue()).isEqualTo(java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(bom)));
    }

    @Test
    void scoresTheExampleAndStoresTheRun() throws Exception {
        long before = runs.count();
        MvcResult r = mvc.perform(multipart("/api/assessments/score")
                        .file(file("bom", "bom.csv"))
                        .file(file("operations", "operations.csv"))
                        .file(file("certificates", "certificates.csv"))
                        .param("scheme", "eu-maxnom-passenger-car")
                        .param("period", "2024").param("date", "2025-06-01")
                        .param("price", "30000").param("currency", "USD"))
                .andExpect(status().isBadRequest())
                .andReturn();
        // the BOM has a EUR line and no rates were uploaded: named, line-precise error
        assertThat(r.getResponse().getContentAsString()).contains("bom.csv:11: currency: no rate from EUR to USD");
        assertThat(runs.count()).isEqualTo(before);

        byte[] bomEurAsUsd = Files.readString(Fixtures.example("roll-up-sedan").resolve("bom.csv"))
                .replace("1500.00,EUR,DE", "1650.00,,DE").getBytes();
        MvcResult ok = mvc.perform(multipart("/api/assessments/score")
                        .file(new MockMultipartFile("bom", "bom.csv", "text/csv", bomEurAsUsd))
                        .file(file("operations", "operations.csv"))
                        .file(file("certificates", "certificates.csv"))
                        .param("scheme", "usmca-passenger-car")
                        .param("period", "2024").param("date", "2025-06-01")
                        .param("price", "30000").param("netCost", "25000").param("currency", "USD"))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.scheme").value("usmca-passenger-car"))
                .andExpect(jsonPath("$.period").value(2024))
                .andExpect(jsonPath("$.unit").value("percent"))
                .andExpect(jsonPath("$.score").value(83.40))
                .andExpect(jsonPath("$.threshold").value(75))
                .andExpect(jsonPath("$.passed").value(true))
                .andExpect(jsonPath("$.classification").value("partial"))
                .andExpect(jsonPath("$.netCost").value(25000.00))
                .andExpect(jsonPath("$.nonOriginatingValue").value(4150.00))
                .andExpect(jsonPath("$.lines.length()").value(10))
                .andExpect(jsonPath("$.lines[0].part").value("ENG-20"))
                .andExpect(jsonPath("$.lines[0].nonOriginatingValue").value(2000.00))
                .andExpect(jsonPath("$.criteria").isArray())
                .andExpect(jsonPath("$.warnings").isArray())
                .andReturn();
        assertThat(runs.count()).isEqualTo(before + 1);
        JsonNode body = new ObjectMapper().readTree(ok.getResponse().getContentAsString());
        long id = body.get("id").asLong();
        String stored = mvc.perform(get("/api/assessments/" + id)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        JsonNode again = new ObjectMapper().readTree(stored);
        assertThat(again.get("score").decimalValue()).isEqualByComparingTo("83.40");
        assertThat(again.get("lines").size()).isEqualTo(10);
    }

    static MockMultipartFile template(String part, String name) throws Exception {
        Path p = Fixtures.repoRoot().resolve("docs").resolve("templates").resolve(name);
        return new MockMultipartFile(part, name, "text/csv", Files.readAllBytes(p));
    }

    @Test
    void theNetCostComesFromAnUploadedCostStatementWithItsArithmetic() throws Exception {
        mvc.perform(multipart("/api/assessments/score")
                        .file(file("bom", "bom.csv")).file(file("operations", "operations.csv"))
                        .file(file("certificates", "certificates.csv")).file(file("rates", "rates.csv"))
                        .file(template("costStatement", "cost-statement.csv")).file(template("fxRates", "fx-rates.csv"))
                        .file(template("debts", "debts.csv"))
                        .param("scheme", "usmca-passenger-car").param("period", "2024").param("date", "2025-06-01")
                        .param("currency", "USD"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.costStatement.totalCost").value("26553.08"))
                .andExpect(jsonPath("$.costStatement.excludedTotal").value("1553.08"))
                .andExpect(jsonPath("$.costStatement.netCost").value("25000.00"))
                .andExpect(jsonPath("$.score").value(83.40));
        // a typed net cost and a cost statement together are refused, naming the field
        mvc.perform(multipart("/api/assessments/score")
                        .file(file("bom", "bom.csv")).file(file("rates", "rates.csv"))
                        .file(template("costStatement", "cost-statement.csv"))
                        .param("scheme", "usmca-passenger-car").param("netCost", "25000").param("currency", "USD"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("netCost"));
    }

    @Test
    void numbersBeyondTheirLimitsAndDatesOutOfRangeAreNamedNot500() throws Exception {
        mvc.perform(multipart("/api/assessments/score").file(file("bom", "bom.csv")).file(file("rates", "rates.csv"))
                        .param("scheme", "usmca-passenger-car").param("price", "1e308").param("netCost", "10000000000000.01")
                        .param("date", "2999-01-01").param("currency", "USD"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("price", "netCost", "date")));
    }

    @Test
    void everyErrorOfEveryFileIsListed() throws Exception {
        MockMultipartFile bom = new MockMultipartFile("bom", "bad-bom.csv", "text/csv",
                "part,parent,quantity,unit_cost\nA,,0,1\nB,,1,x\nC,Z,1,1\n".getBytes());
        MockMultipartFile ops = new MockMultipartFile("operations", "ops.csv", "text/csv",
                "code,performed\nbody-welding,perhaps\n".getBytes());
        mvc.perform(multipart("/api/assessments/score").file(bom).file(ops).param("scheme", "usmca-passenger-car"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                // field errors and tree errors (C's parent Z is missing) in one pass, then the operations file's
                .andExpect(jsonPath("$.errors.length()").value(5))
                .andExpect(jsonPath("$.errors[0].text").value("bad-bom.csv:2: quantity: must be greater than 0 (was 0)"))
                .andExpect(jsonPath("$.errors[0].file").value("bad-bom.csv"))
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("quantity"))
                .andExpect(jsonPath("$.errors[1].text").value(org.hamcrest.Matchers.startsWith("bad-bom.csv:3: unit_cost:")))
                .andExpect(jsonPath("$.errors[*].text").value(org.hamcrest.Matchers.hasItem(
                        org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.startsWith("bad-bom.csv:4:"),
                                org.hamcrest.Matchers.containsString("Z")))))
                .andExpect(jsonPath("$.errors[4].text").value("ops.csv:2: performed: 'perhaps' is not yes or no"));
    }

    @Test
    void unknownSchemeAndPeriodAreNamed() throws Exception {
        mvc.perform(multipart("/api/assessments/score").file(file("bom", "bom.csv")).param("scheme", "no-such-scheme"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("scheme"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("unknown scheme 'no-such-scheme'")));
        byte[] simple = "part,parent,quantity,unit_cost,origin\nA,,1,10,RU\n".getBytes();
        mvc.perform(multipart("/api/assessments/score").file(new MockMultipartFile("bom", "b.csv", "text/csv", simple))
                        .param("scheme", "usmca-passenger-car").param("period", "1999").param("netCost", "100"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("no period for 1999")));
        mvc.perform(multipart("/api/assessments/score").param("scheme", "usmca-passenger-car"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("bom"));
        mvc.perform(multipart("/api/assessments/score").file(new MockMultipartFile("bom", "b.csv", "text/csv", simple))
                        .param("scheme", "usmca-passenger-car").param("period", "abc"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("period"));
    }

    @Test
    void theStreamedResponseIsTheRunAndLinesLimitTheDetail() throws Exception {
        byte[] bom = Files.readString(Fixtures.example("roll-up-sedan").resolve("bom.csv"))
                .replace("1500.00,EUR,DE", "1650.00,,DE").getBytes();
        MvcResult all = mvc.perform(multipart("/api/assessments/score")
                        .file(new MockMultipartFile("bom", "bom.csv", "text/csv", bom))
                        .param("scheme", "usmca-passenger-car").param("period", "2024").param("date", "2025-06-01")
                        .param("price", "30000").param("netCost", "25000").param("currency", "USD"))
                .andExpect(status().isCreated())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn();
        ObjectMapper m = new ObjectMapper();
        JsonNode body = m.readTree(all.getResponse().getContentAsString());
        long id = body.get("id").asLong();
        assertThat(all.getResponse().getHeader("Location")).isEqualTo("/api/assessments/" + id);
        // what is returned (without the id) is what is stored, field for field
        JsonNode stored = m.readTree(mvc.perform(get("/api/assessments/" + id)).andReturn().getResponse().getContentAsString());
        ((com.fasterxml.jackson.databind.node.ObjectNode) body).remove("id");
        assertThat(body).isEqualTo(stored);
        assertThat(body.get("lines").size()).isEqualTo(10);
        assertThat(body.has("linesListed")).isFalse();

        MvcResult top = mvc.perform(multipart("/api/assessments/score")
                        .file(new MockMultipartFile("bom", "bom.csv", "text/csv", bom))
                        .param("scheme", "usmca-passenger-car").param("period", "2024").param("date", "2025-06-01")
                        .param("price", "30000").param("netCost", "25000").param("currency", "USD").param("lines", "top 2"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.lines.length()").value(2))
                .andExpect(jsonPath("$.linesListed").value("top 2"))
                .andExpect(jsonPath("$.linesTotal").value(10))
                .andReturn();
        JsonNode topBody = m.readTree(top.getResponse().getContentAsString());
        assertThat(topBody.get("score")).isEqualTo(stored.get("score"));
        assertThat(topBody.get("nonOriginatingValue")).isEqualTo(stored.get("nonOriginatingValue"));
        assertThat(topBody.get("totals")).isEqualTo(stored.get("totals"));
        for (JsonNode l : topBody.get("lines")) {
            assertThat(stored.get("lines")).contains(l); // the same lines, as listed in full
        }
        mvc.perform(multipart("/api/assessments/score")
                        .file(new MockMultipartFile("bom", "bom.csv", "text/csv", bom))
                        .param("scheme", "usmca-passenger-car").param("netCost", "25000").param("currency", "USD")
                        .param("lines", "none"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.lines.length()").value(0))
                .andExpect(jsonPath("$.linesTotal").value(10));
        mvc.perform(multipart("/api/assessments/score")
                        .file(new MockMultipartFile("bom", "bom.csv", "text/csv", bom))
                        .param("scheme", "usmca-passenger-car").param("netCost", "25000").param("lines", "some"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lines"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("all, none or top N")));
    }

    @Test
    void unknownAssessmentIs404WithoutInternals() throws Exception {
        mvc.perform(get("/api/assessments/987654321"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Not found"))
                .andExpect(jsonPath("$.trace").doesNotExist());
    }
}
