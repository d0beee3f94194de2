package org.localis.app.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.localis.app.demo.DemoDriveData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** A client's mistakes on the public JSON API are answered with the right status and the field named, never 500. */
@SpringBootTest
@AutoConfigureMockMvc
class ApiStrictnessTest {

    static final String PLEDGES = "/api/drives/" + DemoDriveData.SLUG + "/pledges";

    @Autowired MockMvc mvc;

    MockHttpServletResponse pledge(String contentType, String body) throws Exception {
        return mvc.perform(post(PLEDGES).contentType(contentType).content(body)).andReturn().getResponse();
    }

    @Test
    void aWholeNumberOfTiresIsAWholeNumber() throws Exception {
        MockHttpServletResponse r = pledge("application/json", "{\"targetLine\": 1, \"tires\": 1.5}");
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(r.getContentType()).isEqualTo("application/problem+json");
        assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("\"field\":\"tires\"");
    }

    @Test
    void anUnknownFieldIsNamedNotIgnored() throws Exception {
        MockHttpServletResponse r = pledge("application/json", "{\"amount\": \"10\", \"tiress\": 2}");
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("\"field\":\"tiress\"").contains("not a field");
    }

    @Test
    void anAmountAndTiresTogetherAreRefusedNotSilentlyResolved() throws Exception {
        MockHttpServletResponse r = pledge("application/json", "{\"amount\": \"10\", \"targetLine\": 1, \"tires\": 2}");
        assertThat(r.getStatus()).isEqualTo(422);
        assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("pledge.error.amountAndTires");
    }

    @Test
    void theWrongContentTypeIs415AndAnAcceptNothingCanMeetIs406() throws Exception {
        MockHttpServletResponse r = pledge("text/plain", "amount=10");
        assertThat(r.getStatus()).isEqualTo(415);
        assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("Content-Type");
        assertThat(mvc.perform(get("/api/drives/" + DemoDriveData.SLUG).header("Accept", "text/csv")).andReturn().getResponse()
                .getStatus()).isEqualTo(406);
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        MockHttpServletResponse r = mvc.perform(get("/")).andReturn().getResponse();
        assertThat(r.getHeader("Content-Security-Policy")).contains("script-src 'self';").doesNotContain("'unsafe-eval'");
        assertThat(r.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(r.getHeader("Permissions-Policy")).contains("camera=()");
    }
}
