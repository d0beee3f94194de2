package org.localis.app.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.localis.app.mail.MailTestSupport.part;
import static org.localis.app.mail.MailTestSupport.to;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When the credential throttle starts to slow down sign-ins to an account, its holder gets one notice by e-mail
 * (through the outbox, from an event of the identity module), in the language they last signed in with, and at
 * most one per period however often it happens again.
 */
@SpringBootTest(properties = {"localis.mail.initial-delay=PT1H", "localis.public-base-url=https://localis.example.org"})
@AutoConfigureMockMvc
class LockoutNoticeTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry r) {
        r.add("spring.mail.host", () -> "localhost");
        r.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    static final String PASSWORD = "the-right-long-password";

    @Autowired MockMvc mvc;
    @Autowired OutboxSender sender;
    @Autowired JdbcClient jdbc;
    @Autowired AccountService accounts;
    @Autowired AccountRepository repository;
    @Autowired PlatformTransactionManager txManager;

    private String freshUser(String email) {
        String name = "l-" + UUID.randomUUID().toString().substring(0, 8);
        Long org = repository.findOrganization("АО «Волга Моторс»").orElseThrow().id();
        new TransactionTemplate(txManager).executeWithoutResult(s -> {
            long id = accounts.createUserWithPassword(name, "Test", Role.MANUFACTURER, org, PASSWORD);
            jdbc.sql("UPDATE app_user SET email = :e WHERE id = :id").param("e", email).param("id", id).update();
        });
        return name;
    }

    private String signIn(String user, String password, String address, String lang) throws Exception {
        var req = post("/login").param("username", user).param("password", password).with(csrf())
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                });
        if (lang != null) {
            req.param("lang", lang);
        }
        return mvc.perform(req).andReturn().getResponse().getRedirectedUrl();
    }

    private long notices(String user) {
        return jdbc.sql("SELECT COUNT(*) FROM mail_outbox o JOIN app_user u ON u.email = o.recipient"
                + " WHERE u.username = :n AND o.kind = 'LOCKOUT_NOTICE'").param("n", user).query(Long.class).single();
    }

    @Test
    void theHolderIsToldOnceInTheirLanguageWhenSignInsAreSlowedDown() throws Exception {
        String email = "lock-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String user = freshUser(email);
        assertThat(signIn(user, PASSWORD, "10.17.0.1", "ru")).isEqualTo("/products"); // the holder (a manufacturer lands on products), in Russian

        assertThat(signIn(user, "wrong-1", "10.17.0.2", null)).isEqualTo("/login?error");
        assertThat(signIn(user, "wrong-2", "10.17.0.2", null)).isEqualTo("/login?error");
        assertThat(notices(user)).as("no notice before the back-off starts").isZero();
        assertThat(signIn(user, "wrong-3", "10.17.0.2", null)).isEqualTo("/login?error");
        assertThat(notices(user)).as("the third failure from one address starts the back-off: one notice").isEqualTo(1);

        // the same again from another address: the back-off starts again, but the holder was told already today
        for (int i = 0; i < 3; i++) {
            signIn(user, "wrong-again-" + i, "10.17.0.3", null);
        }
        assertThat(notices(user)).as("at most one notice per account per period").isEqualTo(1);

        sender.sendDue();
        List<MimeMessage> got = to(SMTP, email);
        assertThat(got).hasSize(1);
        MimeMessage m = got.get(0);
        assertThat(m.getSubject()).isEqualTo("Входы в вашу учётную запись Localis замедлены");
        assertThat(part(m, "text/plain")).contains(user).contains("10.17.0.2").contains("неверных паролей: 3")
                .contains("не заблокирована");
        assertThat(part(m, "text/html")).contains("10.17.0.2");
    }

    @Test
    void anAccountWithoutAnAddressOrAnUnknownNameGetsNothing() throws Exception {
        for (int i = 0; i < 3; i++) {
            signIn("no-such-user-" + UUID.randomUUID(), "wrong", "10.17.1.1", null);
        }
        String user = freshUser(null);
        for (int i = 0; i < 3; i++) {
            signIn(user, "wrong-" + i, "10.17.1.2", null);
        }
        assertThat(jdbc.sql("SELECT lockout_notice_at FROM app_user WHERE username = :n").param("n", user)
                .query(java.sql.Timestamp.class).optional()).isEmpty();
    }
}
