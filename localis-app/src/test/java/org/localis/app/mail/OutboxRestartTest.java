package org.localis.app.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.localis.app.mail.MailTestSupport.to;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.localis.app.LocalisApplication;
import org.localis.app.identity.AccountRepository;
import org.localis.app.identity.AccountService;
import org.localis.app.identity.OrganizationKind;
import org.localis.app.identity.PasswordResets;
import org.localis.app.shared.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox survives a restart: messages written while no SMTP server was configured are rows in the
 * database; the next start, with a server, sends each of them once (its scheduled sender, not the test, does
 * it), and a message its stopped sender had claimed mid-send is marked failed instead of being sent twice.
 */
class OutboxRestartTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;

    private ConfigurableApplicationContext start(String... more) {
        String[] base = {"--spring.profiles.active=restart", "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db"),
                "--server.port=0", "--localis.public-base-url=https://localis.example.org"};
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(more))
                .toArray(String[]::new);
        return new SpringApplicationBuilder(LocalisApplication.class).run(args);
    }

    @Test
    void pendingMessagesAreSentOnceAfterARestartAndAnAbandonedSendIsNotRepeated() throws Exception {
        String email = "restart@example.org";
        long abandoned;
        try (ConfigurableApplicationContext first = start()) {
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            TransactionTemplate tx = new TransactionTemplate(first.getBean(PlatformTransactionManager.class));
            AccountRepository accounts = first.getBean(AccountRepository.class);
            tx.executeWithoutResult(s -> {
                long orgId = accounts.findOrganization("Restart Ltd").map(o -> o.id())
                        .orElseGet(() -> first.getBean(AccountService.class).createOrganization("Restart Ltd",
                                OrganizationKind.MANUFACTURER));
                long id = first.getBean(AccountService.class).createUserWithPassword("restart", "R", Role.MANUFACTURER, orgId,
                        "a-long-enough-password");
                jdbc.sql("UPDATE app_user SET email = :e WHERE id = :id").param("e", email).param("id", id).update();
            });
            first.getBean(PasswordResets.class).request("restart", "127.0.0.1", Locale.ENGLISH);
            Outbox outbox = first.getBean(Outbox.class);
            abandoned = tx.execute(s -> outbox.enqueue(new Outbox.Draft("TEST", "abandoned@example.org", "en", "s", "t", "h",
                    null, null)));
            // a sender claimed it an hour ago and was killed before it recorded the outcome
            assertThat(outbox.claim(abandoned, Instant.now().minus(Duration.ofHours(1)))).isTrue();
            assertThat(first.getBean(OutboxSender.class).configured()).isFalse();
            assertThat(outbox.count(Outbox.Status.PENDING)).isEqualTo(1);
        }
        assertThat(SMTP.getReceivedMessages()).isEmpty();

        try (ConfigurableApplicationContext second = start("--spring.mail.host=localhost",
                "--spring.mail.port=" + SMTP.getSmtp().getPort(), "--localis.mail.initial-delay=PT0.2S",
                "--localis.mail.every=PT0.2S")) {
            assertThat(SMTP.waitForIncomingEmail(20_000, 1)).isTrue();
            Thread.sleep(1500); // several more runs of the sender
            assertThat(to(SMTP, email)).hasSize(1);
            assertThat(to(SMTP, email).get(0).getSubject()).isEqualTo("Set a new Localis password");
            assertThat(to(SMTP, "abandoned@example.org")).isEmpty();
            Outbox outbox = second.getBean(Outbox.class);
            assertThat(outbox.find(abandoned).orElseThrow().status()).isEqualTo(Outbox.Status.FAILED);
            assertThat(outbox.count(Outbox.Status.PENDING)).isZero();
            assertThat(outbox.count(Outbox.Status.SENT)).isEqualTo(1);
        }
    }
}
