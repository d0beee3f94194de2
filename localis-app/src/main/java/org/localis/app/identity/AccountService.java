package org.localis.app.identity;

import org.localis.app.shared.Role;
import org.localis.app.audit.AuditSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.localis.app.audit.AuditLog;
import org.localis.input.InputError;
import org.localis.input.InvalidInputException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organizations, users, invitations and API tokens; every change is audited in its own transaction. */
@Service
public class AccountService {

    public static final int MIN_PASSWORD = 12;
    /** What bcrypt reads of a password. */
    public static final int MAX_PASSWORD_BYTES = 72;
    /** The platform operator's organization, which the first administrator joins (the demo's administrator too). */
    public static final String OPERATOR_ORGANIZATION = "Оператор платформы Localis";
    static final Duration INVITATION = Duration.ofDays(7);
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    private final UserSessions sessions;
    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.context.ApplicationEventPublisher events;
    @org.springframework.beans.factory.annotation.Value("${localis.public-base-url:http://localhost:8080}")
    private String publicBaseUrl = "http://localhost:8080";

    public AccountService(AccountRepository accounts, PasswordEncoder encoder, AuditLog audit, UserSessions sessions) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
    }

    public boolean noUsersYet() {
        return accounts.countUsers() == 0;
    }

    /** The first administrator; refused once any user exists. */
    @Transactional
    public long createFirstAdmin(String username, String displayName, String password) {
        if (!noUsersYet()) {
            throw new IllegalStateException("an administrator already exists");
        }
        List<InputError> errors = new ArrayList<>();
        checkUsername(username, errors);
        checkPassword(password, errors);
        throwIf(errors);
        long org = accounts.findOrganization(OPERATOR_ORGANIZATION).map(Organization::id)
                .orElseGet(() -> accounts.insertOrganization(OPERATOR_ORGANIZATION, OrganizationKind.OPERATOR, Instant.now()));
        long id = accounts.insertUser(username, blankTo(displayName, username), null, encoder.encode(password), Role.ADMIN,
                org, null, null, Instant.now());
        audit.recordAs(username, org, "admin-created", "user", id, AuditSummary.of("audit.summary.adminCreated", username), null,
                "role=ADMIN");
        return id;
    }

    @Transactional
    public long createOrganization(String name, OrganizationKind kind) {
        String n = name == null ? "" : name.trim();
        if (n.isEmpty() || n.length() > 200) {
            throw new InvalidInputException(InputError.of("form", 0, "name", "an organization name of 1 to 200 characters is required"));
        }
        if (accounts.findOrganization(n).isPresent()) {
            throw new InvalidInputException(InputError.of("form", 0, "name", "an organization named " + n + " exists already"));
        }
        long id = accounts.insertOrganization(n, kind, Instant.now());
        audit.record("organization-created", "organization", id, AuditSummary.of("audit.summary.organizationCreated", n, AuditSummary.code("orgKind." + kind.name())), null, "kind=" + kind);
        return id;
    }

    /** An invited user: no password yet, a one-time link (returned once, stored hashed) to set one. */
    public record Invitation(long userId, String token) {
    }

    @Transactional
    public Invitation invite(String username, String displayName, String email, Role role, Long organizationId) {
        List<InputError> errors = new ArrayList<>();
        checkUsername(username, errors);
        if (role == null) {
            errors.add(InputError.of("form", 0, "role", "choose a role"));
        } else if (role.needsOrganization() && organizationId == null) {
            errors.add(InputError.of("form", 0, "organization", "a " + role.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + " must belong to an organization"));
        }
        if (organizationId != null && accounts.findOrganization(organizationId).isEmpty()) {
            errors.add(InputError.of("form", 0, "organization", "no such organization"));
        }
        throwIf(errors);
        String token = ApiTokens.newToken().replace(ApiTokens.PREFIX, "inv_");
        Instant now = Instant.now();
        long id = accounts.insertUser(username, blankTo(displayName, username), blankTo(email, null), null, role,
                organizationId, ApiTokens.hash(token), now.plus(INVITATION), now);
        audit.record("user-invited", "user", id, organizationId == null
                ? AuditSummary.of("audit.summary.userInvited", username, AuditSummary.code("role." + role.name()))
                : AuditSummary.of("audit.summary.userInvitedToOrganization", username, AuditSummary.code("role." + role.name()), organizationId), null,
                "role=" + role + ", organization=" + organizationId);
        String mail = blankTo(email, null);
        if (mail != null && events != null) {
            // mailed from the outbox, written in this transaction; the copy-the-link page stays as the fallback
            events.publishEvent(new AccountEvents.UserInvited(id, username, mail, invitationLink(token),
                    org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage()));
        }
        return new Invitation(id, token);
    }

    /** The invitation's link, from the configured public address, never from a request's Host header. */
    public String invitationLink(String token) {
        return org.springframework.web.util.UriComponentsBuilder.fromUriString(publicBaseUrl).path("/invite/{t}")
                .buildAndExpand(token).toUriString();
    }

    public Optional<UserAccount> invitation(String token) {
        return accounts.findByInviteHash(ApiTokens.hash(token), Instant.now());
    }

    @Transactional
    public void acceptInvitation(String token, String password) {
        UserAccount u = invitation(token).orElseThrow(() -> new InvalidInputException(
                InputError.of("form", 0, "token", "this invitation is unknown, used or expired")));
        List<InputError> errors = new ArrayList<>();
        checkPassword(password, errors);
        throwIf(errors);
        if (!accounts.acceptInvitation(u.id(), ApiTokens.hash(token), encoder.encode(password))) {
            throw new InvalidInputException(InputError.of("form", 0, "token", "this invitation is unknown, used or expired"));
        }
        sessions.endAll(u.username());
        audit.recordAs(u.username(), u.organizationId(), "invitation-accepted", "user", u.id(), AuditSummary.of("audit.summary.invitationAccepted", u.username()),
                "invitation pending", "active");
    }

    @Transactional
    public void setEnabled(long userId, boolean enabled) {
        UserAccount u = accounts.findUser(userId).orElseThrow(() -> new org.localis.app.shared.NotFoundException("no user " + userId));
        accounts.setEnabled(userId, enabled);
        int ended = enabled ? 0 : sessions.endAll(u.username());
        audit.record(enabled ? "user-enabled" : "user-disabled", "user", userId, enabled ? AuditSummary.of("audit.summary.userEnabled", u.username())
                        : AuditSummary.of("audit.summary.userDisabled", u.username(), ended), "enabled=" + u.enabled(), "enabled=" + enabled);
    }

    /** Signs the user out on every device and instance (the account page's "sign out everywhere"). */
    @Transactional
    public int signOutEverywhere(org.localis.app.shared.Actor me) {
        int ended = sessions.endAll(me.username());
        audit.record("user-signed-out-everywhere", "user", me.id(), AuditSummary.of("audit.summary.signedOutEverywhere", me.username(), ended), null, null);
        return ended;
    }

    @Transactional
    public void unlock(long userId) {
        UserAccount u = accounts.findUser(userId).orElseThrow(() -> new org.localis.app.shared.NotFoundException("no user " + userId));
        accounts.resetFailedLogins(userId);
        audit.record("user-unlocked", "user", userId, AuditSummary.of("audit.summary.userUnlocked", u.username()), "failed_logins=" + u.failedLogins(), "failed_logins=0");
    }

    /** A new personal API token; the token is returned once and only its hash is stored. */
    @Transactional
    public String createToken(long userId, String name) {
        String n = blankTo(name, "token").trim();
        if (n.length() > 100) {
            throw new InvalidInputException(InputError.of("form", 0, "name", "at most 100 characters"));
        }
        String token = ApiTokens.newToken();
        long id = accounts.insertToken(userId, n, ApiTokens.hash(token), ApiTokens.displayPrefix(token), Instant.now());
        audit.record("token-created", "api-token", id, AuditSummary.of("audit.summary.tokenCreated", n, ApiTokens.displayPrefix(token)), null, "live");
        return token;
    }

    @Transactional
    public void revokeToken(long userId, long tokenId) {
        if (!accounts.revokeToken(userId, tokenId, Instant.now())) {
            throw new org.localis.app.shared.NotFoundException("no such token");
        }
        audit.record("token-revoked", "api-token", tokenId, AuditSummary.of("audit.summary.tokenRevoked", tokenId), "live", "revoked");
    }

    private void checkUsername(String username, List<InputError> errors) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            errors.add(InputError.of("form", 0, "username", "3 to 50 characters: lower-case letters, digits, '.', '_' or '-'"));
        } else if (accounts.findUser(username).isPresent()) {
            errors.add(InputError.of("form", 0, "username", "the user name " + username + " is taken"));
        }
    }

    static void checkPassword(String password, List<InputError> errors) {
        if (password == null || password.length() < MIN_PASSWORD) {
            errors.add(InputError.of("form", 0, "password", "at least " + MIN_PASSWORD + " characters"));
        } else if (password.length() > 128) {
            errors.add(InputError.of("form", 0, "password", "at most 128 characters"));
        } else if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            // bcrypt reads 72 bytes and ignores the rest: a longer password would be silently shortened
            errors.add(InputError.of("form", 0, "password", "at most " + MAX_PASSWORD_BYTES
                    + " bytes: 72 Latin letters or digits, or 36 Cyrillic letters"));
        }
    }

    private static void throwIf(List<InputError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static String blankTo(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s.trim();
    }

    /** Used by demo data and the environment bootstrap: a user with a password straight away. */
    @Transactional
    public long createUserWithPassword(String username, String displayName, Role role, Long organizationId, String password) {
        long id = accounts.insertUser(username, displayName, null, encoder.encode(password), role, organizationId, null, null,
                Instant.now());
        audit.record("user-created", "user", id, AuditSummary.of("audit.summary.userCreated", username, AuditSummary.code("role." + role.name())), null, "role=" + role);
        return id;
    }
}
