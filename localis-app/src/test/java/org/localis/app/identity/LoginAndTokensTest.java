package org.localis.app.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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
        Long org = repository.findOrganization("АО «Волга Моторс»").orElseThrow().id();
        new org.springframework.transaction.support.TransactionTemplate(txManager).executeWithoutResult(
                s -> accounts.createUserWithPassword(name, "Test", Role.MANUFACTURER, org, password));
        return name;
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager txManager;

    @Test
    void formLoginSucceedsAndFailsWithoutSayingWhy() throws Exception {
        mvc.perform(post("/login").param("username", "volga").param("password", "demo-volga-pass").with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/products"));
        mvc.perform(post("/login").param("username", "volga").param("password", "wrong-password-1").with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/login").param("username", "nobody-at-all").param("password", "whatever-123").with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
    }

    static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }

    @Test
    void wrongPasswordsFromOneAddressSlowThatAddressDownButNeverLockTheOwnerOut() throws Exception {
        String password = "correct-horse-battery";
        String name = freshUser(password);
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/login").param("username", name).param("password", "wrong-" + i + "-password").with(csrf())
                    .with(from("203.0.113.7"))).andExpect(redirectedUrl("/login?error"));
        }
        // the guessing address now waits before its next check, even with the right password, by form and by Basic
        mvc.perform(post("/login").param("username", name).param("password", password).with(csrf()).with(from("203.0.113.7")))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"));
        mvc.perform(get("/api/assessments").with(httpBasic(name, password)).with(from("203.0.113.7")))
                .andExpect(status().isTooManyRequests()).andExpect(header().string("Content-Type", "application/problem+json"));
        // the owner, elsewhere, is not locked out
        mvc.perform(get("/api/assessments").with(httpBasic(name, password)).with(from("203.0.113.8"))).andExpect(status().isOk());
        assertThat(audit.search(new AuditLog.Filter(name, null, "login-failed", null, null), 10)).hasSize(3);
    }

    @Test
    void oneAddressSprayingFewGuessesOverManyAccountsIsSlowedDown() throws Exception {
        int tries = 0;
        int throttled = 0;
        for (int account = 0; account < 8 && throttled == 0; account++) {
            for (int guess = 0; guess < 2; guess++) {
                int code = mvc.perform(get("/api/assessments").with(httpBasic("spray-" + account, "guess-" + guess))
                        .with(from("203.0.113.20"))).andReturn().getResponse().getStatus();
                tries++;
                if (code == 429) {
                    throttled++;
                    break;
                }
                assertThat(code).isEqualTo(401);
            }
        }
        assertThat(throttled).as("the address is held back after its free failures").isEqualTo(1);
        assertThat(tries).isEqualTo(11);
    }

    @Test
    void nobodyCanLockTheAdministratorOutFromAnotherAddress() throws Exception {
        for (int i = 0; i < 6; i++) {
            mvc.perform(get("/api/assessments").with(httpBasic("admin", "not-the-password-" + i)).with(from("203.0.113.30")));
        }
        mvc.perform(post("/login").param("username", "admin").param("password", "demo-admin-pass").with(csrf())
                .with(from("203.0.113.31"))).andExpect(redirectedUrl("/admin/users"));
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
