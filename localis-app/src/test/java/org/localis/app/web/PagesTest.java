package org.localis.app.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.localis.testing.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class PagesTest {

    @Autowired
    MockMvc mvc;

    /** A multipart form post with the CSRF token a real form carries. */
    static org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder form(String url) {
        var b = multipart(url);
        b.with(csrf());
        return b;
    }

    @Test
    void homeSchemesAndScorePagesRender() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Reward real localization")))
                // the home page leads with the open drives (the demo drive is open)
                .andExpect(content().string(containsString("id=\"home-drives\"")))
                .andExpect(content().string(containsString("href=\"/score\"")));
        mvc.perform(get("/schemes")).andExpect(status().isOk())
                .andExpect(content().string(containsString("ru-719-passenger-car")))
                .andExpect(content().string(containsString("usmca-passenger-car")))
                .andExpect(content().string(containsString("not confirmed")));
        mvc.perform(get("/schemes/ru-719-passenger-car")).andExpect(status().isOk())
                .andExpect(content().string(containsString("body-welding")))
                .andExpect(content().string(containsString("Decree")));
        mvc.perform(get("/score").with(user("volga").roles("MANUFACTURER"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"score-form\"")))
                .andExpect(content().string(containsString("eu-maxnom-passenger-car")));
    }

    @Test
    void russianPages() throws Exception {
        mvc.perform(get("/").param("lang", "ru")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Поддержка за реальную локализацию")))
                .andExpect(content().string(containsString("Методики")));
    }

    @Test
    @WithUserDetails("volga")
    void scoreFormShowsTheExplainedResult() throws Exception {
        byte[] bom = Files.readAllBytes(Fixtures.example("roll-up-sedan").resolve("bom.csv"));
        byte[] ops = Files.readAllBytes(Fixtures.example("roll-up-sedan").resolve("operations.csv"));
        byte[] rates = Files.readAllBytes(Fixtures.example("roll-up-sedan").resolve("rates.csv"));
        mvc.perform(form("/score")
                        .file(new MockMultipartFile("bom", "bom.csv", "text/csv", bom))
                        .file(new MockMultipartFile("operations", "operations.csv", "text/csv", ops))
                        .file(new MockMultipartFile("rates", "rates.csv", "text/csv", rates))
                        .param("scheme", "ru-719-passenger-car@2025.1").param("date", "2025-06-01").param("currency", "USD"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"result\"")))
                .andExpect(content().string(containsString("1850 pts")))
                .andExpect(content().string(containsString("Not passed")))
                .andExpect(content().string(containsString("Partial localization")))
                .andExpect(content().string(containsString("origin-chart")))
                .andExpect(content().string(containsString("ENG-20")));
    }

    @Test
    @WithUserDetails("volga")
    void scoreFormShowsEveryErrorAndKeepsTheValues() throws Exception {
        mvc.perform(form("/score")
                        .file(new MockMultipartFile("bom", "broken.csv", "text/csv", "part,parent,quantity\nA,,-2\n".getBytes()))
                        .param("scheme", "usmca-passenger-car").param("price", "12x").param("productName", "Kept name"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"errors\"")))
                .andExpect(content().string(containsString("form: price: &#39;12x&#39; is not valid")))
                .andExpect(content().string(containsString("value=\"Kept name\"")))
                .andExpect(content().string(not(containsString("id=\"result\""))));
        mvc.perform(form("/score")
                        .file(new MockMultipartFile("bom", "broken.csv", "text/csv", "part,parent,quantity\nA,,-2\n".getBytes()))
                        .param("scheme", "usmca-passenger-car"))
                .andExpect(content().string(containsString("broken.csv:2: quantity: must be greater than 0 (was -2)")))
                .andExpect(content().string(containsString("broken.csv:2: unit_cost: a unit_cost column is required for buy lines")));
    }

    @Test
    void missingPageIsAFriendlyErrorWithoutStackTrace() throws Exception {
        mvc.perform(get("/schemes/nope")).andExpect(status().isNotFound());
    }

    @Test
    void schemesApiHealthAndOpenApi() throws Exception {
        mvc.perform(get("/api/schemes")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == 'usmca-passenger-car')].method").value("net-cost"))
                .andExpect(jsonPath("$[?(@.id == 'ru-719-passenger-car')].kind").value("points"));
        mvc.perform(get("/api/schemes/eu-maxnom-passenger-car")).andExpect(status().isOk())
                .andExpect(jsonPath("$.lowerIsBetter").value(true));
        mvc.perform(get("/api/schemes/nope")).andExpect(status().isNotFound());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/assessments/score")));
        mvc.perform(get("/examples/roll-up-sedan/bom.csv")).andExpect(status().isOk())
                .andExpect(content().string(containsString("ENG-20")));
    }
}
