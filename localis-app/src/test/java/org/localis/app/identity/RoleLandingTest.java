package org.localis.app.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** After signing in each role lands on its daily page, unless the person was sent to sign in from a page. */
@SpringBootTest
@AutoConfigureMockMvc
class RoleLandingTest {

    @Autowired
    MockMvc mvc;

    @Test
    void eachRoleLandsOnItsOwnPage() throws Exception {
        Map<String, String> expected = Map.of("volga", "/products", "assessor", "/review", "organizer", "/manage/drives",
                "fleet", "/fleet", "admin", "/admin/users");
        for (var e : expected.entrySet()) {
            MvcResult r = mvc.perform(post("/login").param("username", e.getKey())
                    .param("password", "demo-" + e.getKey() + "-pass").with(csrf())).andReturn();
            assertThat(r.getResponse().getRedirectedUrl()).as(e.getKey()).isEqualTo(e.getValue());
        }
    }

    @Test
    void aPersonSentToSignInFromAPageGoesBackToIt() throws Exception {
        MvcResult first = mvc.perform(get("/audit")).andReturn();
        assertThat(first.getResponse().getRedirectedUrl()).endsWith("/login");
        Cookie session = first.getResponse().getCookie("LOCALIS_SESSION");
        assertThat(session).isNotNull();
        MvcResult r = mvc.perform(post("/login").cookie(session).param("username", "admin")
                .param("password", "demo-admin-pass").with(csrf())).andReturn();
        assertThat(r.getResponse().getRedirectedUrl()).startsWith("http://localhost/audit");
    }
}
