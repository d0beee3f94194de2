package org.localis.app.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Manufacturer A cannot read, list, search or guess manufacturer B's assessments and BOM costs. */
@SpringBootTest
@AutoConfigureMockMvc
class IsolationTest {

    static final String SECRET_PART = "SECRET-GEARBOX-77";
    static final String SECRET_COST = "987654.32";

    @Autowired
    MockMvc mvc;

    @Autowired
    LocalisUserDetailsService users;

    long scoreAsVolga() throws Exception {
        byte[] bom = ("part,parent,quantity,unit_cost,origin\n" + SECRET_PART + ",,1," + SECRET_COST + ",DE\n").getBytes();
        String body = mvc.perform(multipart("/api/assessments/score")
                        .file(new MockMultipartFile("bom", "volga-bom.csv", "text/csv", bom))
                        .param("scheme", "usmca-passenger-car").param("netCost", "2000000").param("productName", "Volga Secret Sedan")
                        .with(httpBasic("volga", "demo-volga-pass")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return new ObjectMapper().readTree(body).get("id").asLong();
    }

    @Test
    void anotherManufacturerGets404ForEverythingOfVolga() throws Exception {
        long id = scoreAsVolga();
        var ural = user(users.loadUserByUsername("ural"));
        // direct read: 404, not 403, so that existence does not leak
        mvc.perform(get("/api/assessments/" + id).with(ural)).andExpect(status().isNotFound());
        // guessing: every id up to and past Volga's is either Ural's own or 404
        for (long guess = 1; guess <= id + 3; guess++) {
            String r = mvc.perform(get("/api/assessments/" + guess).with(ural)).andReturn().getResponse().getContentAsString();
            assertThat(r).doesNotContain(SECRET_PART).doesNotContain(SECRET_COST);
        }
        // list and pages
        String list = mvc.perform(get("/api/assessments").with(ural)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain("Volga Secret Sedan").doesNotContain("volga-bom.csv");
        String page = mvc.perform(get("/assessments").with(ural)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("Volga Secret Sedan");
        // public pages never show it either
        for (String p : new String[] {"/", "/schemes", "/api/schemes"}) {
            assertThat(mvc.perform(get(p)).andReturn().getResponse().getContentAsString()).doesNotContain(SECRET_PART);
        }
        // a fleet operator or drive organizer has no access at all
        mvc.perform(get("/api/assessments/" + id).with(user(users.loadUserByUsername("fleet")))).andExpect(status().isForbidden());
        mvc.perform(get("/api/assessments/" + id)).andExpect(status().isUnauthorized());
    }

    @Test
    void theOwnerAndAssessorsSeeIt() throws Exception {
        long id = scoreAsVolga();
        String own = mvc.perform(get("/api/assessments/" + id).with(httpBasic("volga", "demo-volga-pass")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(own).contains(SECRET_PART);
        String listed = mvc.perform(get("/api/assessments").with(httpBasic("volga", "demo-volga-pass")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode runs = new ObjectMapper().readTree(listed);
        assertThat(runs.findValuesAsText("productName")).contains("Volga Secret Sedan");
        mvc.perform(get("/api/assessments/" + id).with(user(users.loadUserByUsername("assessor")))).andExpect(status().isOk());
    }
}
