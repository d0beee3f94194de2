package org.localis.app.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.localis.app.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Open sessions end when their user is disabled, and on "sign out everywhere" (sessions live in the database). */
@SpringBootTest
@AutoConfigureMockMvc
class SessionsEndTest {

    @Autowired MockMvc mvc;
    @Autowired AccountService accounts;
    @Autowired AccountRepository repository;
    @Autowired PlatformTransactionManager txManager;

    private String freshUser(String password) {
        String name = "s-" + UUID.randomUUID().toString().substring(0, 8);
        Long org = repository.findOrganization("АО «Волга Моторс»").orElseThrow().id();
        new TransactionTemplate(txManager).executeWithoutResult(
                s -> accounts.createUserWithPassword(name, "Test", Role.MANUFACTURER, org, password));
        return name;
    }

    private Cookie signIn(String user, String password) throws Exception {
        MvcResult r = mvc.perform(post("/login").param("username", user).param("password", password).with(csrf())).andReturn();
        // each role lands on its own page after signing in
        assertThat(r.getResponse().getRedirectedUrl()).isIn("/products", "/review", "/manage/drives", "/fleet", "/admin/users");
        Cookie session = r.getResponse().getCookie("LOCALIS_SESSION");
        assertThat(session).isNotNull();
        return session;
    }

    private int account(Cookie session) throws Exception {
        return mvc.perform(get("/account").cookie(session)).andReturn().getResponse().getStatus();
    }

    @Test
    void disablingAUserEndsTheSessionsTheyHaveOpen() throws Exception {
        String name = freshUser("a-long-enough-password");
        Cookie laptop = signIn(name, "a-long-enough-password");
        Cookie phone = signIn(name, "a-long-enough-password");
        assertThat(account(laptop)).isEqualTo(200);
        assertThat(account(phone)).isEqualTo(200);

        Cookie admin = signIn("admin", "demo-admin-pass");
        long id = repository.findUser(name).orElseThrow().id();
        MvcResult disabled = mvc.perform(post("/admin/users/" + id + "/disable").cookie(admin).with(csrf())).andReturn();
        assertThat(disabled.getResponse().getStatus()).isEqualTo(302);

        assertThat(account(laptop)).as("the disabled user's session is gone").isEqualTo(302);
        assertThat(account(phone)).isEqualTo(302);
        assertThat(account(admin)).as("other users' sessions stay").isEqualTo(200);
    }

    @Test
    void signOutEverywhereEndsEverySessionOfTheUser() throws Exception {
        String name = freshUser("another-long-password");
        Cookie one = signIn(name, "another-long-password");
        Cookie two = signIn(name, "another-long-password");
        MvcResult out = mvc.perform(post("/account/sign-out-everywhere").cookie(one).with(csrf())).andReturn();
        assertThat(out.getResponse().getRedirectedUrl()).isEqualTo("/?bye");
        assertThat(account(one)).isEqualTo(302);
        assertThat(account(two)).isEqualTo(302);
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsRefusedNotSilentlyShortened() {
        String cyrillic = "пароль".repeat(7); // 42 characters, 84 bytes
        assertThat(cyrillic.length()).isLessThan(128);
        java.util.List<org.localis.input.InputError> errors = new java.util.ArrayList<>();
        AccountService.checkPassword(cyrillic, errors);
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.message()).contains("72 bytes"));
        errors.clear();
        AccountService.checkPassword("пароль".repeat(6), errors); // 36 characters, 72 bytes: accepted
        assertThat(errors).isEmpty();
    }
}
