package org.localis.app.drive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.localis.app.demo.DemoDriveData;

import org.localis.app.identity.LocalisUserDetailsService;
import org.localis.testing.StatementSamples;
import org.localis.testing.StatementSamples.Movement;
import org.localis.testing.StatementSamples.Statement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Every drive page renders, in both languages, and the pages' forms do what they say. */
@SpringBootTest
@AutoConfigureMockMvc
class DrivePagesTest {

    @Autowired MockMvc mvc;
    @Autowired LocalisUserDetailsService users;
    @Autowired DriveRepository drives;
    @Autowired ObjectMapper json;
    @Autowired org.springframework.context.ApplicationEventPublisher events;
    @Autowired DriveTexts driveTexts;

    RequestPostProcessor as(String name) {
        return user(users.loadUserByUsername(name));
    }

    String page(String path, RequestPostProcessor who) throws Exception {
        var req = get(path).param("lang", "ru");
        MockHttpServletResponse r = (who == null ? mvc.perform(req) : mvc.perform(req.with(who))).andReturn().getResponse();
        assertThat(r.getStatus()).as(path).isEqualTo(200);
        return r.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theDemoDriveIsPublicCacheableAndShowsReconciledMoneyApartFromPledges() throws Exception {
        Drive d = drives.findBySlug(DemoDriveData.SLUG).orElseThrow();
        MockHttpServletResponse r = mvc.perform(get("/drives/" + d.slug())).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getHeader("Cache-Control")).contains("public").contains("max-age=5");
        assertThat(r.getCookie("LOCALIS_SESSION")).isNull();
        String html = r.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"sizes\"").contains("185/75 R16 C").contains("pledge-form").doesNotContain("_csrf");
        // the list names the drive in the reader's language: the English title the organizer gave, else its own (Russian)
        String english = driveTexts.given(d.id()).get("en").title();
        assertThat(page("/drives", null)).contains(d.title()).doesNotContain(english);
        assertThat(mvc.perform(get("/drives").param("lang", "en")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains(english).doesNotContain(d.title());

        JsonNode p = json.readTree(mvc.perform(get("/drives/" + d.slug() + "/progress")).andReturn().getResponse().getContentAsString());
        // demo statement: three pledges paid (5,000.00, 4 tires and a foundation's 2,000,000.00) are matched;
        // 3,000.00 without a reference waits for review and is not counted
        long paidTires = drives.targets(d.id()).get(0).unitPriceMinor() * 4;
        assertThat(p.get("raisedMinor").asLong()).isEqualTo(500_000 + paidTires + 200_000_000);
        // outstanding only: the three paid pledges no longer count, the unpaid 1,500.00 still does
        assertThat(p.get("pledgedOutstandingMinor").asLong()).isGreaterThanOrEqualTo(150_000)
                .isLessThan(500_000 + paidTires + 150_000 + 200_000_000);
        assertThat(p.get("donors").asInt()).isEqualTo(3);
        assertThat(p.get("lines").size()).isEqualTo(drives.targets(d.id()).size());
    }

    @Test
    void aDonorPledgesOnThePageAndGetsAReferenceBankDetailsAndADecodableQr() throws Exception {
        Drive d = drives.findBySlug(DemoDriveData.SLUG).orElseThrow();
        MockHttpServletResponse bad = mvc.perform(post("/drives/" + d.slug() + "/pledges").param("mode", "amount")
                .param("amount", "12,345").param("email", "not-an-email")).andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(200);
        assertThat(bad.getContentAsString(StandardCharsets.UTF_8)).contains("pledge-errors").contains("data-field=\"amount\"")
                .contains("data-field=\"email\"");

        MockHttpServletResponse ok = mvc.perform(post("/drives/" + d.slug() + "/pledges").param("mode", "amount")
                .param("amount", "1 250,50").param("name", "Мария")).andReturn().getResponse();
        assertThat(ok.getStatus()).isEqualTo(302);
        String location = ok.getRedirectedUrl();
        assertThat(location).matches("/pledges/RF\\d{14}\\?new");
        String ref = location.substring("/pledges/".length(), location.indexOf('?'));
        String html = page("/pledges/" + ref, null);
        assertThat(html).contains("Ожидает оплаты").contains(DemoDriveData.BANK.account()).contains("ST00012|");

        byte[] png = mvc.perform(get("/pledges/" + ref + "/qr.png")).andReturn().getResponse().getContentAsByteArray();
        String svg = mvc.perform(get("/pledges/" + ref + "/qr.svg")).andReturn().getResponse().getContentAsString();
        assertThat(svg).startsWith("<svg").contains("<path");
        String payload = json.readTree(mvc.perform(get("/api/pledges/" + ref)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).get("qrPayload").asText();
        assertThat(payload).startsWith("ST00012|Name=АНО «Колёса для скорой»|PersonalAcc=40703810500000000001|")
                .contains("|Sum=125050|").contains(ref.substring(0, 4)).endsWith("|TechCode=14");
        assertThat(zbarimg(png)).isEqualTo(payload);
    }

    @Test
    void thePublicPageIsServedFromMemoryUntilMoneyIsReconciled() throws Exception {
        Drive d = drives.findBySlug(DemoDriveData.SLUG).orElseThrow();
        String first = mvc.perform(get("/drives/" + d.slug()).param("lang", "en")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        MockHttpServletResponse second = mvc.perform(get("/drives/" + d.slug()).param("lang", "en")).andReturn().getResponse();
        assertThat(second.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(first);
        assertThat(second.getHeader("Cache-Control")).contains("max-age=5");
        assertThat(second.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        mvc.perform(post("/drives/" + d.slug() + "/pledges").param("mode", "amount").param("amount", "10"));
        assertThat(mvc.perform(get("/drives/" + d.slug()).param("lang", "en")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).as("a pledge alone waits for the cache to expire").isEqualTo(first);
        events.publishEvent(new org.localis.app.bank.BankEvents.PaymentsReconciled(d.id(), 0)); // what reconciling money announces
        String third = mvc.perform(get("/drives/" + d.slug()).param("lang", "en")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(third).isNotEqualTo(first);
    }

    @Test
    void theRestApiTakesPledgesAndAnswersBadRequestsWithProblems() throws Exception {
        String path = "/api/drives/" + DemoDriveData.SLUG + "/pledges";
        MockHttpServletResponse ok = mvc.perform(post(path).contentType("application/json")
                .content("{\"targetLine\": 1, \"tires\": 2, \"email\": \"a@b.org\"}")).andReturn().getResponse();
        assertThat(ok.getStatus()).isEqualTo(201);
        JsonNode p = json.readTree(ok.getContentAsString(StandardCharsets.UTF_8));
        Drive d = drives.findBySlug(DemoDriveData.SLUG).orElseThrow();
        assertThat(p.get("amountMinor").asLong()).isEqualTo(2 * drives.targets(d.id()).get(0).unitPriceMinor());
        assertThat(p.get("state").asText()).isEqualTo("AWAITING");
        assertThat(p.get("qrPayload").asText()).contains("|Sum=" + p.get("amountMinor").asLong() + "|");
        assertThat(ok.getHeader("Location")).isEqualTo("/api/pledges/" + p.get("reference").asText());

        MockHttpServletResponse broken = mvc.perform(post(path).contentType("application/json").content("{\"amount\": "))
                .andReturn().getResponse();
        assertThat(broken.getStatus()).isEqualTo(400);
        assertThat(broken.getContentAsString()).contains("request body");
        MockHttpServletResponse invalid = mvc.perform(post(path).contentType("application/json").content("{\"amount\": \"-5\"}"))
                .andReturn().getResponse();
        assertThat(invalid.getStatus()).isEqualTo(422);
        assertThat(invalid.getContentAsString()).contains("pledge.error.amount");
        assertThat(mvc.perform(get("/api/pledges/RF00000000000000")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    /** Decodes a PNG with Debian's zbarimg (an independent decoder). Skipped locally without it, required in CI. */
    static String zbarimg(byte[] png) throws Exception {
        boolean present = Files.isExecutable(Path.of("/usr/bin/zbarimg"));
        if (!present) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("zbarimg is required in CI (zbar-tools)");
            }
            Assumptions.abort("zbarimg not installed");
        }
        Path f = Files.createTempFile("qr", ".png");
        try {
            Files.write(f, png);
            Process p = new ProcessBuilder("zbarimg", "--raw", "-q", "-Sbinary", f.toString()).redirectErrorStream(false).start();
            byte[] out = p.getInputStream().readAllBytes();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            return new String(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(f);
        }
    }

    @Test
    void theOrganizerCreatesADriveImportsAStatementAndReadsTheLedger() throws Exception {
        MockHttpServletResponse invalid = mvc.perform(post("/manage/drives").with(as("organizer")).with(csrf())
                .param("slug", "X").param("title", "").param("deadline", "2000-01-01").param("currency", "RUB")
                .param("payeeName", "A").param("account", "123").param("bankName", "B").param("bic", "12")
                .param("lang", "en")).andReturn().getResponse();
        assertThat(invalid.getStatus()).isEqualTo(200);
        assertThat(invalid.getContentAsString(StandardCharsets.UTF_8)).contains("drive-errors")
                .contains("data-field=\"account\"").contains("data-field=\"bic\"").contains("data-field=\"slug\"");

        String slug = "pages-test-" + System.nanoTime();
        MockHttpServletResponse created = mvc.perform(post("/manage/drives").with(as("organizer")).with(csrf())
                .param("slug", slug).param("title", "Pages test").param("story", "s")
                .param("deadline", LocalDate.now().plusDays(30).toString()).param("currency", "RUB")
                .param("categories", "ambulance").param("coveragePercent", "90")
                .param("payeeName", "АНО Тест").param("account", "40703810000000000077").param("bankName", "ПАО БАНК")
                .param("bic", "044525225").param("correspAccount", "30101810400000000225")).andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(302);
        String manage = created.getRedirectedUrl();
        long id = Long.parseLong(manage.substring(manage.lastIndexOf('/') + 1));
        assertThat(page(manage, as("organizer"))).contains("targets-from-need");
        // another organizer's drive is invisible to others (404, not 403)
        assertThat(mvc.perform(get(manage).with(as("fleet"))).andReturn().getResponse().getStatus()).isEqualTo(403);

        mvc.perform(post(manage + "/targets/from-need").with(as("organizer")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(drives.targets(id)).isNotEmpty();
        mvc.perform(post(manage + "/status").param("status", "OPEN").with(as("organizer")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(drives.find(id).orElseThrow().status()).isEqualTo(DriveStatus.OPEN);

        LocalDate day = LocalDate.now().minusDays(1);
        byte[] file = StatementSamples.camt053Bytes(8, new Statement("40703810000000000077", "АНО Тест", "RUB", "P-1", day, day,
                0L, List.of(Movement.credit(day, 99_900, "PT-1", "Пётр", "40817810000000000009", "без кода"))));
        MockHttpServletResponse up = mvc.perform(multipart(manage + "/statements")
                .file(new MockMultipartFile("file", "stmt.xml", "application/xml", file)).with(as("organizer")).with(csrf()))
                .andReturn().getResponse();
        assertThat(up.getRedirectedUrl()).startsWith("/manage/imports/");
        String status = "";
        for (int i = 0; i < 100 && !status.contains("\"finished\":true"); i++) {
            Thread.sleep(100);
            status = mvc.perform(get(up.getRedirectedUrl() + "/status").with(as("organizer"))).andReturn().getResponse()
                    .getContentAsString();
        }
        assertThat(status).contains("\"finished\":true").contains("\"status\":\"DONE\"").contains("\"newEntries\":1");
        assertThat(page(up.getRedirectedUrl(), as("organizer"))).contains("import-bar");
        String dashboard = page(manage, as("organizer"));
        assertThat(dashboard).contains("review-table").contains("без кода");
        String ledger = page(manage + "/ledger", as("organizer"));
        assertThat(ledger).contains("trial-balance").contains("good-text").contains("reconciliation");
        assertThat(page("/drives/" + slug, null)).contains("Pages test");
    }

    @Test
    void theFleetOperatorImportsAFleetAndSeesItsNeedAndABadFileIsRejectedWithLines() throws Exception {
        String html = page("/fleet", as("fleet"));
        assertThat(html).contains("id=\"vehicles\"").contains("id=\"need\"");
        String csv = "id,make_model,category,wheel_positions,full_size_spare,tire_size,season,tread_mm,tires_made,region,priority\n"
                + "T-1,GAZelle,ambulance,4,yes,185/75 R16 C 104/102 Q,summer,2.0,2021-05,Kazan,1\n"
                + "T-2,GAZelle,ambulance,5,yes,185/75 R16 X,summer,2.0,2021-05,Kazan,1\n";
        MockHttpServletResponse r = mvc.perform(multipart("/fleet/import")
                .file(new MockMultipartFile("file", "fleet.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(as("fleet")).with(csrf())).andReturn().getResponse();
        String body = r.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("fleet.csv:3").doesNotContain("fleet-imported");
        assertThat(body).doesNotContain("T-1</td>");
    }
}
