package org.localis.app.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Retries with back-off, giving up after the last attempt; an abandoned send is never repeated. */
@SpringBootTest
class OutboxSenderRetryTest {

    @Autowired Outbox outbox;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager txManager;

    /** An SMTP server that refuses every message and counts them. */
    static class Refusing extends JavaMailSenderImpl {
        final AtomicInteger tries = new AtomicInteger();

        @Override
        public void send(MimeMessage message) {
            tries.incrementAndGet();
            throw new MailSendException("421 try again later");
        }
    }

    private long enqueue(String to) {
        return new TransactionTemplate(txManager).execute(s -> outbox.enqueue(new Outbox.Draft("TEST", to, "en", "s", "t",
                "<p>h</p>", null, null)));
    }

    private OutboxSender sender(JavaMailSender smtp, Duration backoff, int attempts) {
        StaticListableBeanFactory f = new StaticListableBeanFactory();
        f.addBean("smtp", smtp);
        return new OutboxSender(outbox, f.getBeanProvider(JavaMailSender.class), "Localis <no-reply@localhost>", backoff, attempts,
                java.time.Duration.ofMinutes(10));
    }

    @Test
    void enqueueingOutsideATransactionIsAnError() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> outbox.enqueue(new Outbox.Draft("TEST", "x@example.org", "en",
                "s", "t", "h", null, null))).isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }

    @Test
    void aRefusedMessageIsRetriedAfterADoublingWaitThenMarkedFailed() {
        String to = "retry-" + UUID.randomUUID() + "@example.org";
        long id = enqueue(to);
        Refusing smtp = new Refusing();
        OutboxSender s = sender(smtp, Duration.ofMinutes(1), 3);

        Instant t0 = Instant.now();
        s.sendDue();
        Outbox.Message m = outbox.find(id).orElseThrow();
        assertThat(m.status()).isEqualTo(Outbox.Status.PENDING);
        assertThat(m.attempts()).isEqualTo(1);
        assertThat(m.lastError()).contains("421");
        assertThat(Duration.between(t0, m.nextAttemptAt())).isBetween(Duration.ofSeconds(55), Duration.ofSeconds(65));

        s.sendDue();
        assertThat(outbox.find(id).orElseThrow().attempts()).as("not due yet: not tried").isEqualTo(1);

        jdbc.sql("UPDATE mail_outbox SET next_attempt_at = :t WHERE id = :id").param("t", java.sql.Timestamp.from(t0))
                .param("id", id).update();
        Instant t1 = Instant.now();
        s.sendDue();
        m = outbox.find(id).orElseThrow();
        assertThat(m.attempts()).isEqualTo(2);
        assertThat(Duration.between(t1, m.nextAttemptAt())).as("the wait doubles").isBetween(Duration.ofSeconds(115),
                Duration.ofSeconds(125));

        jdbc.sql("UPDATE mail_outbox SET next_attempt_at = :t WHERE id = :id").param("t", java.sql.Timestamp.from(t0))
                .param("id", id).update();
        s.sendDue();
        m = outbox.find(id).orElseThrow();
        assertThat(m.status()).isEqualTo(Outbox.Status.FAILED);
        assertThat(m.attempts()).isEqualTo(3);
        s.sendDue();
        assertThat(outbox.find(id).orElseThrow().attempts()).as("a failed message is not tried again").isEqualTo(3);
    }

    @Test
    void theBackOffDoublesAndIsCapped() {
        Instant now = Instant.parse("2026-12-01T00:00:00Z");
        Duration base = Duration.ofSeconds(30);
        assertThat(Outbox.nextAttempt(now, 1, base)).isEqualTo(now.plusSeconds(30));
        assertThat(Outbox.nextAttempt(now, 2, base)).isEqualTo(now.plusSeconds(60));
        assertThat(Outbox.nextAttempt(now, 5, base)).isEqualTo(now.plusSeconds(480));
        assertThat(Outbox.nextAttempt(now, 40, base)).isEqualTo(now.plus(Duration.ofDays(1)));
    }

    @Test
    void aMessageClaimedByASenderThatDiedIsMarkedFailedNotSentAgain() {
        String to = "abandoned-" + UUID.randomUUID() + "@example.org";
        long id = enqueue(to);
        assertThat(outbox.claim(id, Instant.now().minus(Duration.ofHours(1)))).isTrue();
        assertThat(outbox.claim(id, Instant.now())).as("a claimed message cannot be claimed again").isFalse();
        Refusing smtp = new Refusing() {
            @Override
            public void send(MimeMessage message) {
                tries.incrementAndGet();
            }
        };
        sender(smtp, Duration.ofSeconds(1), 3).sendDue();
        Outbox.Message m = outbox.find(id).orElseThrow();
        assertThat(m.status()).isEqualTo(Outbox.Status.FAILED);
        assertThat(m.lastError()).contains("never sent twice");
    }
}
