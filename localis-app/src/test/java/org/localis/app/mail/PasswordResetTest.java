package org.localis.app.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.localis.app.mail.MailTestSupport.link;
import static org.localis.app.mail.MailTestSupport.part;
import static org.localis.app.mail.MailTestSupport.to;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.localis.app.identity.AccountRepository;
import org.localis.app.identity.AccountService;
import org.localis.app.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Forgot password" through a real SMTP server: the same answer for every request, the link works once,
 * expires, cannot be guessed, is throttled per account, and a reset ends the account's sessions.
 */
@SpringBootTest(properties = {"localis.mail.initial-delay=PT1H", "localis.public-base-url=https://localis.example.org"})
@AutoConfigureMockMvc
class PasswordResetTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry r) {
        r.add("spring.mail.host", () -> "localhost");
        r.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    static final String OLD = "the-old-long-password";
    static final String NEW = "the-new-long-password";

    @Autowired MockMvc mvc;
    @Autowired OutboxSender sender;
    @Autowired JdbcClient jdbc;
    @Autowired AccountService accounts;
    @Autowired AccountRepository repository;
    @Autowired PlatformTransactionManager txManager;

    record User(String name, String email) {
    }

    private User freshUser() {
        String name = "r-" + UUID.randomUUID().toString().substring(0, 8);
        String email = name + "@example.org";
        Long org = repository.findOrganization("АО «Волга Моторс»").orElseThrow().id();
        new TransactionTemplate(txManager).executeWithoutResult(s -> {
            long id = accounts.createUserWithPassword(name, "Test", Role.MANUFACTURER, org, OLD);
            jdbc.sql("UPDATE app_user SET email = :e WHERE id = :id").param("e", email).param("id", id).update();
        });
        return new User(name, email);
    }

    private String ask(String account) throws Exception {
        MvcResult r = mvc.perform(post("/password/forgot").param("account", account).with(csrf())).andReturn();
        return r.getResponse().getRedirectedUrl();
    }

    private MvcResult signIn(String user, String password) throws Exception {
        return mvc.perform(post("/login").param("username", user).param("password", password).with(csrf())).andReturn();
    }

    private String mailedLink(User u) throws Exception {
        sender.sendDue();
        List<MimeMessage> got = to(SMTP, u.email());
        assertThat(got).isNotEmpty();
        MimeMessage m = got.get(got.size() - 1);
        assertThat(m.getSubject()).isEqualTo("Set a new Localis password");
        String link = link(part(m, "text/plain"), "https://localis.example.org/password/reset/");
        assertThat(part(m, "text/html")).contains("href=\"" + link + "\"");
        return link.substring("https://localis.example.org".length());
    }

    private long resets(User u) {
        return jdbc.sql("SELECT COUNT(*) FROM password_reset r JOIN app_user u ON u.id = r.user_id WHERE u.username = :n")
                .param("n", u.name()).query(Long.class).single();
    }

    @Test
    void theLinkSetsThePasswordOnceAndEndsEverySessionOfTheAccount() throws Exception {
        User u = freshUser();
        Cookie session = signIn(u.name(), OLD).getResponse().getCookie("LOCALIS_SESSION");
        assertThat(mvc.perform(get("/account").cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(200);

        assertThat(ask(u.email().toUpperCase())).isEqualTo("/password/forgot?sent");
        String path = mailedLink(u);
        assertThat(mvc.perform(get(path)).andReturn().getResponse().getContentAsString()).contains(u.name());

        MvcResult tooShort = mvc.perform(post(path).param("password", "short").with(csrf())).andReturn();
        assertThat(tooShort.getResponse().getContentAsString()).contains("at least 12 characters");

        MvcResult done = mvc.perform(post(path).param("password", NEW).with(csrf())).andReturn();
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/login?reset");
        assertThat(mvc.perform(get("/account").cookie(session)).andReturn().getResponse().getStatus())
                .as("the session opened before the reset has ended").isEqualTo(302);
        assertThat(signIn(u.name(), NEW).getResponse().getRedirectedUrl()).isEqualTo("/products");
        assertThat(signIn(u.name(), OLD).getResponse().getRedirectedUrl()).isEqualTo("/login?error");

        assertThat(mvc.perform(post(path).param("password", "yet-another-password").with(csrf())).andReturn()
                .getResponse().getStatus()).as("the link works once").isEqualTo(404);
        assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void anExpiredOrGuessedLinkIsRefused() throws Exception {
        User u = freshUser();
        ask(u.name());
        String path = mailedLink(u);
        jdbc.sql("UPDATE password_reset SET expires_at = created_at WHERE user_id = (SELECT id FROM app_user WHERE username = :n)")
                .param("n", u.name()).update();
        assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post(path).param("password", NEW).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(404);

        // a guess with the right shape: 32 random bytes, like a real token
        String guess = "/password/reset/rst_" + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(java.security.SecureRandom.getSeed(32));
        assertThat(mvc.perform(get(guess)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post(guess).param("password", NEW).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(signIn(u.name(), OLD).getResponse().getRedirectedUrl()).isEqualTo("/products");
    }

    @Test
    void theAnswerIsTheSameForUnknownAccountsAndRequestsAreThrottledPerAccount() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM mail_outbox").query(Long.class).single();
        assertThat(ask("nobody-" + UUID.randomUUID() + "@example.org")).isEqualTo("/password/forgot?sent");
        assertThat(ask("no-such-user")).isEqualTo("/password/forgot?sent");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox").query(Long.class).single()).isEqualTo(before);

        User u = freshUser();
        for (int i = 0; i < 5; i++) {
            assertThat(ask(i % 2 == 0 ? u.name() : u.email())).isEqualTo("/password/forgot?sent");
        }
        assertThat(resets(u)).as("at most 3 links an hour per account").isEqualTo(3L);
        sender.sendDue();
        assertThat(to(SMTP, u.email())).hasSize(3);
    }

    @Test
    void theLoginPageLinksToForgotPasswordInBothLanguages() throws Exception {
        assertThat(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString())
                .contains("href=\"/password/forgot\"").contains("Forgot your password?");
        assertThat(mvc.perform(get("/password/forgot").param("lang", "ru")).andReturn().getResponse().getContentAsString())
                .contains("Восстановление пароля");
    }
}
