package org.localis.app.mail;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox: every few seconds ({@code localis.mail.every}, default PT5S), on one instance at a time
 * (ShedLock), it claims each due message (PENDING → SENDING, a conditional UPDATE that commits on its own),
 * hands it to the SMTP server, and records SENT. A failed attempt is retried after {@code localis.mail.backoff}
 * (PT30S), doubled after each further failure, up to {@code localis.mail.max-attempts} (8) attempts, then
 * FAILED. A message found in SENDING {@code localis.mail.abandoned-after} (PT10M) after its claim (its sender was killed mid-send) becomes FAILED
 * rather than being sent again. Without an SMTP server (no {@code spring.mail.host}, so no JavaMailSender)
 * nothing is sent: the messages wait in the outbox, shown on the administrator's outbox page.
 */
@Component
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    static final Duration ABANDONED = Duration.ofMinutes(10);

    private final Outbox outbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;
    private final Duration backoff;
    private final int maxAttempts;
    private final Duration abandonedAfter;

    public OutboxSender(Outbox outbox, ObjectProvider<JavaMailSender> mailSender,
                        @Value("${localis.mail.from:Localis <no-reply@localhost>}") String from,
                        @Value("${localis.mail.backoff:PT30S}") Duration backoff,
                        @Value("${localis.mail.max-attempts:8}") int maxAttempts,
                        @Value("${localis.mail.abandoned-after:PT10M}") Duration abandonedAfter) {
        this.abandonedAfter = abandonedAfter;
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.from = from;
        this.backoff = backoff;
        this.maxAttempts = Math.max(1, maxAttempts);
    }

    /** Whether an SMTP server is configured. */
    public boolean configured() {
        return mailSender.getIfAvailable() != null;
    }

    @Scheduled(fixedDelayString = "${localis.mail.every:PT5S}", initialDelayString = "${localis.mail.initial-delay:PT10S}")
    @SchedulerLock(name = "mail-outbox", lockAtMostFor = "PT5M")
    public void run() {
        sendDue();
    }

    /** One pass: sends what is due; returns how many were sent. Each claim and outcome commits on its own. */
    public int sendDue() {
        JavaMailSender smtp = mailSender.getIfAvailable();
        if (smtp == null) {
            return 0;
        }
        Instant now = Instant.now();
        int abandoned = outbox.failAbandoned(now.minus(abandonedAfter));
        if (abandoned > 0) {
            log.warn("{} message(s) were left mid-send by a stopped sender and are marked failed", abandoned);
        }
        int sent = 0;
        for (long id : outbox.due(now, 100)) {
            if (!outbox.claim(id, Instant.now())) {
                continue;
            }
            Outbox.Message m = outbox.find(id).orElseThrow();
            try {
                smtp.send(mime(smtp, m));
                outbox.sent(id, Instant.now());
                sent++;
            } catch (Exception e) {
                Instant next = m.attempts() >= maxAttempts ? null : Outbox.nextAttempt(Instant.now(), m.attempts(), backoff);
                log.warn("mail {} ({}) attempt {} failed: {}{}", id, m.kind(), m.attempts(), e.toString(),
                        next == null ? "; giving up" : "; again at " + next);
                outbox.attemptFailed(id, e.toString(), next);
            }
        }
        return sent;
    }

    private MimeMessage mime(JavaMailSender smtp, Outbox.Message m) throws Exception {
        MimeMessage mime = smtp.createMimeMessage();
        MimeMessageHelper h = new MimeMessageHelper(mime, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                StandardCharsets.UTF_8.name());
        h.setFrom(from);
        h.setTo(m.recipient());
        h.setSubject(m.subject());
        h.setText(m.text(), m.html());
        if (m.inlinePng() != null) {
            h.addInline("qr", new ByteArrayResource(m.inlinePng()), "image/png");
        }
        if (m.unsubscribeUrl() != null) {
            mime.setHeader("List-Unsubscribe", "<" + m.unsubscribeUrl() + ">");
        }
        // the same id on every attempt (Spring keeps a set Message-ID): a receiving server may drop a copy it has seen
        mime.setHeader("Message-ID", "<outbox-" + m.id() + "." + m.createdAt().toEpochMilli() + "@localis>");
        return mime;
    }
}
