package org.localis.app.identity;

import java.time.Duration;
import org.localis.app.audit.AuditSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.localis.app.audit.AuditLog;
import org.localis.input.InputError;
import org.localis.input.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * "Forgot password": a one-time link, mailed to the account's address. The token is 32 random bytes, stored
 * only as its SHA-256 ({@link ApiTokens#hash}), valid for {@link #VALID} and used at most once. The answer to
 * a request is the same whether or not the account exists. Requests are throttled per account (at most
 * {@code localis.password-reset.per-account} links an hour, counted in the database, so on every instance)
 * and per client address (in memory); a request over a limit is dropped silently, with the same answer.
 * A reset sets the password (which clears failed sign-ins) and ends every session of the account.
 */
@Service
public class PasswordResets {

    static final Duration VALID = Duration.ofHours(1);
    static final String PREFIX = "rst_";

    private final JdbcClient jdbc;
    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final UserSessions sessions;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final String publicBaseUrl;
    private final int perAccount;
    private final int perAddress;
    private final Cache<String, Integer> addressCounts = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterWrite(Duration.ofHours(1)).build();

    public PasswordResets(JdbcClient jdbc, AccountRepository accounts, PasswordEncoder encoder, UserSessions sessions,
                          AuditLog audit, ApplicationEventPublisher events,
                          @Value("${localis.public-base-url:http://localhost:8080}") String publicBaseUrl,
                          @Value("${localis.password-reset.per-account:3}") int perAccount,
                          @Value("${localis.password-reset.per-address:20}") int perAddress) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.encoder = encoder;
        this.sessions = sessions;
        this.audit = audit;
        this.events = events;
        this.publicBaseUrl = publicBaseUrl;
        this.perAccount = perAccount;
        this.perAddress = perAddress;
    }

    /**
     * Asks for a reset of the account named by its user name or e-mail address. Returns nothing on purpose:
     * whether a link was sent is never told to the caller.
     */
    @Transactional
    public void request(String nameOrEmail, String clientAddress, Locale locale) {
        String key = nameOrEmail == null ? "" : nameOrEmail.strip();
        if (key.isEmpty() || key.length() > 200) {
            return;
        }
        int fromAddress = addressCounts.asMap().merge(String.valueOf(clientAddress), 1, Integer::sum);
        if (fromAddress > perAddress) {
            return;
        }
        Optional<UserAccount> found = key.contains("@")
                ? jdbc.sql("SELECT username FROM app_user WHERE LOWER(email) = LOWER(:e)").param("e", key).query(String.class)
                        .list().stream().findFirst().flatMap(accounts::findUser)
                : accounts.findUser(key.toLowerCase(Locale.ROOT));
        if (found.isEmpty()) {
            return;
        }
        UserAccount u = found.get();
        if (!u.enabled() || u.invitationPending() || u.email() == null || u.email().isBlank()) {
            return;
        }
        Instant now = Instant.now();
        long recent = jdbc.sql("SELECT COUNT(*) FROM password_reset WHERE user_id = :u AND created_at > :since")
                .param("u", u.id()).param("since", java.sql.Timestamp.from(now.minus(Duration.ofHours(1))))
                .query(Long.class).single();
        if (recent >= perAccount) {
            return;
        }
        String token = ApiTokens.newToken().replace(ApiTokens.PREFIX, PREFIX);
        jdbc.sql("INSERT INTO password_reset (token_hash, user_id, created_at, expires_at) VALUES (:h, :u, :c, :e)")
                .param("h", ApiTokens.hash(token)).param("u", u.id()).param("c", java.sql.Timestamp.from(now))
                .param("e", java.sql.Timestamp.from(now.plus(VALID))).update();
        audit.recordAs(u.username(), u.organizationId(), "password-reset-requested", "user", u.id(),
                AuditSummary.of("audit.summary.passwordResetRequested", u.username()), null, null);
        String link = UriComponentsBuilder.fromUriString(publicBaseUrl).path("/password/reset/{t}").buildAndExpand(token)
                .toUriString();
        events.publishEvent(new AccountEvents.PasswordResetRequested(u.id(), u.username(), u.email().strip(), link,
                locale == null ? "en" : locale.getLanguage()));
    }

    /** The account a live (known, unused, unexpired) token resets. */
    public Optional<UserAccount> valid(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT user_id FROM password_reset WHERE token_hash = :h AND used_at IS NULL AND expires_at > :now")
                .param("h", ApiTokens.hash(token)).param("now", java.sql.Timestamp.from(Instant.now()))
                .query(Long.class).optional().flatMap(accounts::findUser);
    }

    /** Sets the new password with a live token, once; every session of the account ends. */
    @Transactional
    public void reset(String token, String password) {
        InvalidInputException unknown = new InvalidInputException(
                InputError.of("form", 0, "token", "this link is unknown, used or expired"));
        UserAccount u = valid(token).orElseThrow(() -> unknown);
        List<InputError> errors = new ArrayList<>();
        AccountService.checkPassword(password, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        int used = jdbc.sql("UPDATE password_reset SET used_at = :now WHERE token_hash = :h AND used_at IS NULL AND expires_at > :now")
                .param("now", java.sql.Timestamp.from(Instant.now())).param("h", ApiTokens.hash(token)).update();
        if (used != 1) {
            throw unknown;
        }
        accounts.setPassword(u.id(), encoder.encode(password));
        int ended = sessions.endAll(u.username());
        audit.recordAs(u.username(), u.organizationId(), "password-reset", "user", u.id(),
                AuditSummary.of("audit.summary.passwordReset", u.username(), ended), null, null);
    }
}
