package org.localis.app.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import jakarta.servlet.http.Cookie;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** A fresh installation without the demo profile: first administrator, then an invited manufacturer. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:localis-setup-test;DB_CLOSE_DELAY=-1")
@ActiveProfiles("empty")
@AutoConfigureMockMvc
class SetupAndInviteTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountRepository accounts;

    @Test
    void firstAdministratorThenInvitationThenSignIn() throws Exception {
        assertThat(accounts.countUsers()).isZero();
        mvc.perform(get("/login")).andExpect(status().isOk());
        mvc.perform(get("/setup")).andExpect(status().isOk());
        mvc.perform(post("/setup").param("username", "root").param("password", "short").with(csrf()))
                .andExpect(status().isOk()); // re-rendered with the error
        assertThat(accounts.countUsers()).isZero();
        mvc.perform(post("/setup").param("username", "root").param("displayName", "Root")
                .param("password", "a-long-enough-password").with(csrf())).andExpect(redirectedUrl("/login?setup"));
        mvc.perform(get("/setup")).andExpect(status().isNotFound());
        mvc.perform(post("/setup").param("username", "evil").param("password", "a-long-enough-password").with(csrf()))
                .andExpect(status().isNotFound());

        Cookie admin = signIn("root", "a-long-enough-password");
        mvc.perform(post("/admin/organizations").param("name", "Kama Trucks").param("kind", "MANUFACTURER")
                .cookie(admin).with(csrf())).andExpect(status().is3xxRedirection());
        long org = accounts.findOrganization("Kama Trucks").orElseThrow().id();
        // a manufacturer without an organization is refused
        String refused = mvc.perform(post("/admin/users").param("username", "kama").param("role", "MANUFACTURER")
                .cookie(admin).with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("must belong to an organization");
        MvcResult invited = mvc.perform(post("/admin/users").param("username", "kama").param("role", "MANUFACTURER")
                .param("organizationId", String.valueOf(org)).cookie(admin).with(csrf())).andReturn();
        String link = (String) invited.getFlashMap().get("invitationLink");
        assertThat(link).contains("/invite/");
        String path = link.substring(link.indexOf("/invite/"));

        // cannot sign in before accepting
        mvc.perform(post("/login").param("username", "kama").param("password", "whatever-long-pw").with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get(path)).andExpect(status().isOk());
        mvc.perform(post(path).param("password", "tiny").with(csrf())).andExpect(status().isOk());
        mvc.perform(post(path).param("password", "kama-trucks-password").with(csrf())).andExpect(redirectedUrl("/login?welcome"));
        mvc.perform(get(path)).andExpect(status().isNotFound()); // used
        Cookie kama = signIn("kama", "kama-trucks-password");
        String account = mvc.perform(get("/account").cookie(kama)).andReturn().getResponse().getContentAsString();
        assertThat(account).contains("Manufacturer").contains("Kama Trucks").doesNotContain(">MANUFACTURER<");
        mvc.perform(get("/admin/users").cookie(kama)).andExpect(status().isForbidden());
    }

    /** Signs in through the form; the session lives in the JDBC session store and travels as its cookie. */
    private Cookie signIn(String user, String password) throws Exception {
        MvcResult r = mvc.perform(post("/login").param("username", user).param("password", password).with(csrf()))
                .andExpect(res -> assertThat(res.getResponse().getRedirectedUrl())
                        .isIn("/products", "/review", "/manage/drives", "/fleet", "/admin/users")).andReturn();
        Cookie session = r.getResponse().getCookie("LOCALIS_SESSION");
        assertThat(session).as("session cookie after sign-in").isNotNull();
        return session;
    }
}
