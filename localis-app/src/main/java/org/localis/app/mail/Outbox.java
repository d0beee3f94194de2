package org.localis.app.mail;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactional outbox: a message is a row written in the transaction of its cause
 * ({@link Propagation#MANDATORY}: enqueueing outside one is an error), so it exists exactly when the cause
 * committed. The sender claims a row by moving it from PENDING to SENDING with a conditional UPDATE (only one
 * claimer can win), and records the outcome: SENT with its time, or back to PENDING with a later attempt time,
 * or FAILED after the last attempt.
 */
@Repository
public class Outbox {

    public enum Status { PENDING, SENDING, SENT, FAILED }

    /** A rendered message, ready to be written. {@code inlinePng} is the HTML's {@code cid:qr} image, or null. */
    public record Draft(String kind, String recipient, String language, String subject, String text, String html,
                        byte[] inlinePng, String unsubscribeUrl) {
    }

    /** A stored message. */
    public record Message(long id, String kind, String recipient, String language, String subject, String text,
                          String html, byte[] inlinePng, String unsubscribeUrl, Status status, int attempts,
                          Instant nextAttemptAt, Instant sentAt, String lastError, Instant createdAt) {
    }

    private final JdbcClient jdbc;

    public Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long enqueue(Draft d) {
        Instant now = Instant.now();
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO mail_outbox (kind, recipient, language, subject, body_text, body_html, inline_png,
                            unsubscribe_url, status, attempts, next_attempt_at, created_at)
                        VALUES (:k, :r, :l, :s, :t, :h, :p, :u, 'PENDING', 0, :now, :now)""")
                .param("k", d.kind()).param("r", d.recipient()).param("l", d.language()).param("s", d.subject())
                .param("t", d.text()).param("h", d.html()).param("p", d.inlinePng()).param("u", d.unsubscribeUrl())
                .param("now", Timestamp.from(now)).update(key, "id");
        return key.getKey().longValue();
    }

    /** Ids of messages due for an attempt, oldest first. */
    List<Long> due(Instant now, int limit) {
        return jdbc.sql("SELECT id FROM mail_outbox WHERE status = 'PENDING' AND next_attempt_at <= :now ORDER BY id "
                        + "FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY")
                .param("now", Timestamp.from(now)).query(Long.class).list();
    }

    /** Claims a pending message for sending; false when another sender (or an earlier run) has it. */
    boolean claim(long id, Instant now) {
        return jdbc.sql("""
                        UPDATE mail_outbox SET status = 'SENDING', claimed_at = :now, attempts = attempts + 1
                        WHERE id = :id AND status = 'PENDING'""")
                .param("now", Timestamp.from(now)).param("id", id).update() == 1;
    }

    void sent(long id, Instant now) {
        jdbc.sql("UPDATE mail_outbox SET status = 'SENT', sent_at = :now, last_error = NULL WHERE id = :id AND status = 'SENDING'")
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    /** A failed attempt: again at {@code next}, or FAILED for good when {@code next} is null. */
    void attemptFailed(long id, String error, Instant next) {
        String e = error == null ? "?" : error.length() > 1000 ? error.substring(0, 1000) : error;
        jdbc.sql("""
                        UPDATE mail_outbox SET status = :st, last_error = :e, next_attempt_at = COALESCE(:next, next_attempt_at)
                        WHERE id = :id AND status = 'SENDING'""")
                .param("st", next == null ? "FAILED" : "PENDING").param("e", e)
                .param("next", next == null ? null : Timestamp.from(next)).param("id", id).update();
    }

    /**
     * Messages left in SENDING by a sender that stopped (killed) before it recorded the outcome: the SMTP
     * server may or may not have taken them, so they are marked FAILED, visible on the outbox page, rather
     * than sent a second time.
     */
    int failAbandoned(Instant claimedBefore) {
        return jdbc.sql("""
                        UPDATE mail_outbox SET status = 'FAILED',
                            last_error = 'the sender stopped while sending; not retried so that it is never sent twice'
                        WHERE status = 'SENDING' AND claimed_at < :t""")
                .param("t", Timestamp.from(claimedBefore)).update();
    }

    public Optional<Message> find(long id) {
        return jdbc.sql("SELECT * FROM mail_outbox WHERE id = :id").param("id", id).query(Outbox::map).optional();
    }

    public List<Message> latest(int limit) {
        return jdbc.sql("SELECT * FROM mail_outbox ORDER BY id DESC FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY")
                .query(Outbox::map).list();
    }

    public long count(Status status) {
        return jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE status = :s").param("s", status.name()).query(Long.class).single();
    }

    private static Message map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Message(rs.getLong("id"), rs.getString("kind"), rs.getString("recipient"), rs.getString("language"),
                rs.getString("subject"), rs.getString("body_text"), rs.getString("body_html"), rs.getBytes("inline_png"),
                rs.getString("unsubscribe_url"), Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
                instant(rs.getTimestamp("next_attempt_at")), instant(rs.getTimestamp("sent_at")), rs.getString("last_error"),
                instant(rs.getTimestamp("created_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** Exponential back-off: base, 2 base, 4 base … after the 1st, 2nd, 3rd failed attempt, at most a day. */
    static Instant nextAttempt(Instant now, int attemptsMade, Duration base) {
        long factor = 1L << Math.min(20, Math.max(0, attemptsMade - 1));
        Duration wait = base.multipliedBy(factor);
        return now.plus(wait.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : wait);
    }
}
