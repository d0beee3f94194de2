package org.localis.app.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.localis.app.demo.DemoDriveData;
import org.localis.app.drive.Drive;
import org.localis.app.drive.DriveRepository;
import org.localis.app.drive.DriveService;
import org.localis.app.drive.DriveTestSupport;
import org.localis.app.drive.PledgeIntake;
import org.localis.app.drive.PledgeService;
import org.localis.app.identity.LocalisUserDetailsService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The pledge endpoint served before Spring MVC ({@link DirectPledgeEndpoint}) answers an accepted pledge exactly as
 * {@link DriveApiController} does, and leaves every other case to the controller with the body intact. "Through
 * the controller" below is the same request with a query parameter the controller ignores (a query sends the
 * request past the direct endpoint).
 */
@SpringBootTest
@AutoConfigureMockMvc
@org.springframework.test.context.event.RecordApplicationEvents
class DirectPledgeEndpointTest {

    static final String PLEDGES = "/api/drives/" + DemoDriveData.SLUG + "/pledges";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired DriveRepository drives;
    @Autowired DriveService driveService;
    @Autowired PledgeService pledges;
    @Autowired PledgeResponses responses;
    @Autowired LocaleResolver locales;
    @Autowired PledgeIntake intake;
    @Autowired LocalisUserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired org.springframework.test.context.event.ApplicationEvents events;

    /** Requests Spring MVC's DispatcherServlet handled (it announces each one) since the last call. */
    long handledBySpringMvc() {
        long n = events.stream(org.springframework.web.context.support.ServletRequestHandledEvent.class).count();
        events.clear();
        return n;
    }

    MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    static MockHttpServletRequestBuilder pledge(String path, String contentType, String body) {
        return post(path).contentType(contentType).content(body);
    }

    /** The body with the pledge's reference (plain and printed) replaced, so two pledges' answers compare. */
    static String withoutReference(MockHttpServletResponse r) throws Exception {
        String body = r.getContentAsString(StandardCharsets.UTF_8);
        JsonNode n = new ObjectMapper().readTree(body);
        return body.replace(n.get("reference").asText(), "REF").replace(n.get("printedReference").asText(), "PRINTED");
    }

    @Test
    void anAcceptedPledgeIsAnsweredAsTheControllerAnswersIt() throws Exception {
        for (String body : List.of("{\"amount\":\"1500\"}", "{\"targetLine\": 2, \"tires\": 3, \"name\": \"Анна \\\"К\\\"\","
                + " \"email\": \"anna@example.org\", \"showName\": true}", "{\"amount\": \"10,50\", \"name\": null, \"showName\": false}")) {
            handledBySpringMvc();
            MockHttpServletResponse direct = send(pledge(PLEDGES, "application/json", body));
            assertThat(handledBySpringMvc()).as("served before Spring MVC").isZero();
            MockHttpServletResponse viaMvc = send(pledge(PLEDGES + "?via=mvc", "application/json", body));
            assertThat(handledBySpringMvc()).as("served by the controller").isOne();
            assertThat(direct.getStatus()).as(body).isEqualTo(201).isEqualTo(viaMvc.getStatus());
            assertThat(direct.getContentType()).isEqualTo(viaMvc.getContentType());
            assertThat(direct.getHeaderNames()).containsExactlyInAnyOrderElementsOf(viaMvc.getHeaderNames());
            JsonNode p = json.readTree(direct.getContentAsString(StandardCharsets.UTF_8));
            assertThat(direct.getHeader("Location")).isEqualTo("/api/pledges/" + p.get("reference").asText());
            assertThat(withoutReference(direct)).as("same fields, same order, same values").isEqualTo(withoutReference(viaMvc));
            assertThat(drives.pledgeByReference(p.get("reference").asText())).as("stored").isPresent();
        }
    }

    @Autowired io.micrometer.core.instrument.MeterRegistry meters;

    @Test
    void aDirectPledgeIsTimedUnderItsRouteWithoutAnActiveRequestsTimer() throws Exception {
        assertThat(send(pledge(PLEDGES, "application/json", "{\"amount\":\"900\"}")).getStatus()).isEqualTo(201);
        assertThat(meters.find("http.server.requests").tag("uri", DirectPledgeEndpoint.PATH_PATTERN).tag("status", "201")
                .tag("method", "POST").timer()).as("the request timer, under the route's name").isNotNull()
                .satisfies(t -> assertThat(t.count()).isPositive());
        // management.observations.long-task-timer.enabled=false
        assertThat(meters.find("http.server.requests.active").longTaskTimers()).as("no long-task timer").isEmpty();
    }

    @Test
    void thePlainPledgeIsServedWithoutSpringMvcAndEverythingElseReachesTheControllerWithItsBody() throws Exception {
        DirectPledgeEndpoint endpoint = new DirectPledgeEndpoint(drives, pledges, responses, locales, json);
        assertThat(passedOn(endpoint, PLEDGES, "application/json", "{\"amount\":\"700\"}")).as("served here").isNull();
        String tooLarge = "{\"amount\":\"700\"" + " ".repeat(DirectPledgeEndpoint.MAX_BODY) + "}";
        for (String[] c : new String[][] {
                {PLEDGES, "application/json", "{\"amount\": "},
                {PLEDGES, "text/plain", "{\"amount\":\"700\"}"},
                {PLEDGES, "application/json;charset=ISO-8859-1", "{\"amount\":\"700\"}"},
                {PLEDGES, "application/json", "{\"amount\":\"700\", \"tires\": 2, \"targetLine\": 1}"},
                {PLEDGES, "application/json", "{\"amount\": 700}"},
                {PLEDGES, "application/json", "{\"amount\":\"700\", \"amount\":\"800\"}"},
                {PLEDGES, "application/json", "{\"amount\":\"700\", \"tiress\": 2}"},
                {PLEDGES, "application/json", "{\"amount\":\"-5\"}"},
                {PLEDGES, "application/json", tooLarge},
                {"/api/drives/no-such-drive/pledges", "application/json", "{\"amount\":\"700\"}"},
                {"/api/drives/" + draftDrive().slug() + "/pledges", "application/json", "{\"amount\":\"700\"}"},
                {"/api/drives/" + DemoDriveData.SLUG + "%2Fx/pledges", "application/json", "{\"amount\":\"700\"}"}}) {
            assertThat(passedOn(endpoint, c[0], c[1], c[2])).as(c[1] + " " + c[2]).isEqualTo(c[2]);
        }
    }

    /** The body the rest of the filter chain read, or null when the endpoint answered itself. */
    private static String passedOn(DirectPledgeEndpoint endpoint, String path, String contentType, String body) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setContentType(contentType);
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        AtomicReference<String> seen = new AtomicReference<>();
        endpoint.doFilter(request, new MockHttpServletResponse(),
                (req, res) -> seen.set(new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8)));
        return seen.get();
    }

    private Drive draftDrive() {
        var organizer = DriveTestSupport.organizer(users);
        DriveTestSupport.signIn(organizer);
        try {
            return driveService.create(new DriveService.DriveForm("draft-" + System.nanoTime(), "Черновик сбора", "Ещё не опубликован",
                    "RUB", LocalDate.now().plusDays(30), List.of("ambulance"), 90, DriveTestSupport.BANK), organizer);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    @Test
    void malformedJsonIs400NamingTheRequestBody() throws Exception {
        MockHttpServletResponse r = send(pledge(PLEDGES, "application/json", "{\"amount\": "));
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(r.getContentType()).isEqualTo("application/problem+json");
        assertThat(json.readTree(r.getContentAsString(StandardCharsets.UTF_8)).at("/errors/0/file").asText()).isEqualTo("request body");
    }

    @Test
    void theWrongContentTypeIs415() throws Exception {
        MockHttpServletResponse r = send(pledge(PLEDGES, "text/plain", "{\"amount\":\"700\"}"));
        assertThat(r.getStatus()).isEqualTo(415);
        assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("Content-Type");
    }

    @Test
    void anAmountWithTiresIs422WithTheFieldAndCode() throws Exception {
        MockHttpServletResponse r = send(pledge(PLEDGES, "application/json", "{\"amount\":\"700\", \"targetLine\": 1, \"tires\": 2}"));
        assertThat(r.getStatus()).isEqualTo(422);
        JsonNode errors = json.readTree(r.getContentAsString(StandardCharsets.UTF_8)).get("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("field").asText()).isEqualTo("amount");
        assertThat(errors.get(0).get("code").asText()).isEqualTo("pledge.error.amountAndTires");
    }

    @Test
    void aRefusedPledgeIs422WithEveryFieldAndCode() throws Exception {
        MockHttpServletResponse r = send(pledge(PLEDGES, "application/json", "{\"amount\":\"-5\", \"email\": \"not an address\"}"));
        assertThat(r.getStatus()).isEqualTo(422);
        assertThat(r.getContentType()).isEqualTo("application/problem+json");
        JsonNode p = json.readTree(r.getContentAsString(StandardCharsets.UTF_8));
        assertThat(p.get("instance").asText()).isEqualTo(PLEDGES);
        assertThat(p.get("errors").findValuesAsText("code")).containsExactly("pledge.error.amount", "pledge.error.email");
        assertThat(p.get("errors").findValuesAsText("field")).containsExactly("amount", "email");
    }

    @Test
    void anUnknownOrDraftDriveIs404() throws Exception {
        for (String slug : List.of("no-such-drive", draftDrive().slug())) {
            MockHttpServletResponse r = send(pledge("/api/drives/" + slug + "/pledges", "application/json", "{\"amount\":\"700\"}"));
            assertThat(r.getStatus()).as(slug).isEqualTo(404);
            assertThat(json.readTree(r.getContentAsString(StandardCharsets.UTF_8)).get("detail").asText()).isEqualTo("no drive " + slug);
        }
    }

    @Test
    void aTooLargeBodyIsTheControllersToJudge() throws Exception {
        MockHttpServletResponse longName = send(pledge(PLEDGES, "application/json",
                "{\"amount\":\"700\", \"name\": \"" + "x".repeat(5000) + "\"}"));
        assertThat(longName.getStatus()).isEqualTo(400);
        assertThat(json.readTree(longName.getContentAsString(StandardCharsets.UTF_8)).at("/errors/0/field").asText()).isEqualTo("name");
        MockHttpServletResponse padded = send(pledge(PLEDGES, "application/json",
                "{\"amount\":\"700\"" + " ".repeat(3 * DirectPledgeEndpoint.MAX_BODY) + "}"));
        assertThat(padded.getStatus()).as("a valid pledge in a long body, read whole by the controller").isEqualTo(201);
        assertThat(json.readTree(padded.getContentAsString(StandardCharsets.UTF_8)).get("amountMinor").asLong()).isEqualTo(70_000);
    }

    @Test
    void aBusyIntakeIs503AsFromTheController() throws Exception {
        intake.stop();
        try {
            handledBySpringMvc();
            MockHttpServletResponse direct = send(pledge(PLEDGES, "application/json", "{\"amount\":\"700\"}"));
            assertThat(handledBySpringMvc()).as("answered before Spring MVC").isZero();
            MockHttpServletResponse viaMvc = send(pledge(PLEDGES + "?via=mvc", "application/json", "{\"amount\":\"700\"}"));
            assertThat(direct.getStatus()).isEqualTo(503).isEqualTo(viaMvc.getStatus());
            assertThat(direct.getHeader("Retry-After")).isEqualTo("1").isEqualTo(viaMvc.getHeader("Retry-After"));
            assertThat(direct.getContentType()).isEqualTo(viaMvc.getContentType());
            assertThat(json.readTree(direct.getContentAsString(StandardCharsets.UTF_8)))
                    .isEqualTo(json.readTree(viaMvc.getContentAsString(StandardCharsets.UTF_8)));
        } finally {
            intake.start();
        }
    }

    @Test
    void theDonorsLanguageCookieReachesTheirMail() throws Exception {
        for (String lang : List.of("ru", "en")) {
            MockHttpServletResponse r = send(pledge(PLEDGES, "application/json", "{\"amount\":\"700\", \"email\": \"d@example.org\"}")
                    .cookie(new jakarta.servlet.http.Cookie("localis-lang", lang)));
            assertThat(r.getStatus()).isEqualTo(201);
            String reference = json.readTree(r.getContentAsString(StandardCharsets.UTF_8)).get("reference").asText();
            long id = drives.pledgeByReference(reference).orElseThrow().id();
            assertThat(jdbc.sql("SELECT language FROM mail_donor WHERE pledge_id = :p").param("p", id).query(String.class).single())
                    .isEqualTo(lang);
        }
    }
}
