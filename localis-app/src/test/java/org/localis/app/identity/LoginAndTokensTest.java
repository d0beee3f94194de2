package org.localis.app.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.localis.app.shared.Role;
import org.localis.app.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class LoginAndTokensTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountRepository repository;

    @Autowired
    AuditLog audit;

    @Autowired
    LocalisUserDetailsService users;

    private String freshUser(String password) {
        String name = "u-" + UUID.randomUUID().toString().substring(0, 8);
        Long org = repository.findOrganization("Volga Motors").orElseThrow().id();
        new org.springframework.transaction.support.TransactionTemplate(txManager).executeWithoutResult(
                s -> accounts.createUserWithPassword(name, "Test", Role.MANUFACTURER, org, password));
        return name;
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager txManager;

    @Test
    void formLoginSucceedsAndFailsWithoutSayingWhy() throws Exception {
        mvc.perform(post("/login").param("username", "volga").param("password", "demo-volga-pass").with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/account"));
        mvc.perform(post("/login").param("username", "volga").param("password", "wrong-password-1").with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/login").param("username", "nobody-at-all").param("password", "whatever-123").with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void fiveWrongPasswordsLockTheAccount() throws Exception {
        String password = "correct-horse-battery";
        String name = freshUser(password);
        for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
            mvc.perform(post("/login").param("username", name).param("password", "wrong-" + i + "-password").with(csrf()))
                    .andExpect(redirectedUrl("/login?error"));
        }
        // now even the right password is refused, by form and by HTTP Basic
        mvc.perform(post("/login").param("username", name).param("password", password).with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/api/assessments").with(httpBasic(name, password))).andExpect(status().isUnauthorized());
        assertThat(audit.search(new AuditLog.Filter(name, null, "account-locked", null, null), 10)).hasSize(1);
        assertThat(audit.search(new AuditLog.Filter(name, null, "login-failed", null, null), 10)).hasSize(LoginAttempts.MAX_FAILURES - 1);
        // an administrator unlocks it
        long id = repository.findUser(name).orElseThrow().id();
        mvc.perform(post("/admin/users/" + id + "/unlock").with(csrf()).with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/assessments").with(httpBasic(name, password))).andExpect(status().isOk());
    }

    @Test
    void formsNeedTheCsrfToken() throws Exception {
        var volga = user(users.loadUserByUsername("volga"));
        mvc.perform(post("/account/tokens").param("name", "x").with(volga)).andExpect(status().isForbidden());
        mvc.perform(post("/score").param("scheme", "usmca-passenger-car").with(volga)).andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", "volga").param("password", "demo-volga-pass"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/account/tokens").param("name", "x").with(volga).with(csrf())).andExpect(status().is3xxRedirection());
    }

    @Test
    void tokensWorkUntilRevokedAndNeverAppearInLogsOrLaterResponses(CapturedOutput output) throws Exception {
        String password = "another-long-password";
        String name = freshUser(password);
        var me = user(users.loadUserByUsername(name));
        MvcResult created = mvc.perform(post("/account/tokens").param("name", "cli").with(me).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String token = (String) created.getFlashMap().get("newToken");
        assertThat(token).startsWith("lcl_").hasSizeGreaterThan(40);

        List<String> bodies = new ArrayList<>();
        bodies.add(mvc.perform(get("/api/assessments").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        bodies.add(mvc.perform(get("/api/assessments").header("Authorization", "Bearer lcl_not-a-real-token"))
                .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString());
        bodies.add(mvc.perform(get("/account").with(me)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        bodies.add(mvc.perform(get("/audit").with(user(users.loadUserByUsername("admin")))).andReturn().getResponse().getContentAsString());
        bodies.add(mvc.perform(post("/login").param("username", name).param("password", password + "x").with(csrf()))
                .andReturn().getResponse().getContentAsString());

        long tokenId = repository.tokens(repository.findUser(name).orElseThrow().id()).get(0).id();
        mvc.perform(post("/account/tokens/" + tokenId + "/revoke").with(me).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/assessments").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        // someone else cannot revoke my token (404, not 403)
        mvc.perform(post("/account/tokens/" + tokenId + "/revoke").with(user(users.loadUserByUsername("ural"))).with(csrf()))
                .andExpect(status().isNotFound());

        for (String b : bodies) {
            assertThat(b).doesNotContain(token).doesNotContain(password);
        }
        assertThat(output.getAll()).doesNotContain(token).doesNotContain(password).doesNotContain("demo-volga-pass");
        // at rest only the hash
        assertThat(repository.usernameForToken(token)).isEmpty();
        assertThat(repository.usernameForToken(ApiTokens.hash(token))).isEmpty(); // revoked
    }

    @Test
    void basicAuthWorksForTheApiAndFailsCleanly() throws Exception {
        mvc.perform(get("/api/assessments").with(httpBasic("volga", "demo-volga-pass"))).andExpect(status().isOk());
        String body = mvc.perform(get("/api/assessments").with(httpBasic("volga", "nope-nope-nope")))
                .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("Unauthorized").doesNotContain("nope-nope-nope").doesNotContain("Exception");
    }
}
