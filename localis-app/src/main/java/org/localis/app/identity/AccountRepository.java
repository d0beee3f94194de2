package org.localis.app.identity;

import org.localis.app.shared.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Organizations, users and API tokens in the database. */
@Repository
public class AccountRepository {

    private static final String USER_SELECT = """
            SELECT u.id, u.username, u.display_name, u.email, u.password_hash, u.role, u.organization_id,
                   o.name AS organization_name, u.enabled, u.failed_logins, u.locked_until,
                   (u.invite_token_hash IS NOT NULL) AS invitation_pending, u.created_at
            FROM app_user u LEFT JOIN organization o ON o.id = u.organization_id
            """;

    private final JdbcClient jdbc;

    public AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long countUsers() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
    }

    public Optional<UserAccount> findUser(String username) {
        return jdbc.sql(USER_SELECT + " WHERE u.username = :u").param("u", username).query(AccountRepository::user).optional();
    }

    public Optional<UserAccount> findUser(long id) {
        return jdbc.sql(USER_SELECT + " WHERE u.id = :id").param("id", id).query(AccountRepository::user).optional();
    }

    public Optional<UserAccount> findByInviteHash(String hash, Instant now) {
        return jdbc.sql(USER_SELECT + " WHERE u.invite_token_hash = :h AND u.invite_expires_at > :now")
                .param("h", hash).param("now", Timestamp.from(now)).query(AccountRepository::user).optional();
    }

    public List<UserAccount> users() {
        return jdbc.sql(USER_SELECT + " ORDER BY u.username").query(AccountRepository::user).list();
    }

    public long insertUser(String username, String displayName, String email, String passwordHash, Role role,
                           Long organizationId, String inviteHash, Instant inviteExpires, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO app_user (username, display_name, email, password_hash, role, organization_id, enabled,
                          failed_logins, invite_token_hash, invite_expires_at, created_at)
                        VALUES (:u, :n, :e, :p, :r, :o, TRUE, 0, :ih, :ie, :now)""")
                .param("u", username).param("n", displayName).param("e", email).param("p", passwordHash)
                .param("r", role.name()).param("o", organizationId).param("ih", inviteHash)
                .param("ie", inviteExpires == null ? null : Timestamp.from(inviteExpires)).param("now", Timestamp.from(now))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /**
     * Sets the password of an invited user if, and only if, the invitation is still the one given and unused:
     * of two acceptances racing, exactly one succeeds.
     */
    public boolean acceptInvitation(long userId, String inviteHash, String passwordHash) {
        return jdbc.sql("UPDATE app_user SET password_hash = :p, invite_token_hash = NULL, invite_expires_at = NULL "
                        + "WHERE id = :id AND invite_token_hash = :h")
                .param("p", passwordHash).param("id", userId).param("h", inviteHash).update() == 1;
    }

    public void setPassword(long userId, String hash) {
        jdbc.sql("UPDATE app_user SET password_hash = :p, invite_token_hash = NULL, invite_expires_at = NULL, "
                + "failed_logins = 0, locked_until = NULL WHERE id = :id").param("p", hash).param("id", userId).update();
    }

    public void setEnabled(long userId, boolean enabled) {
        jdbc.sql("UPDATE app_user SET enabled = :e WHERE id = :id").param("e", enabled).param("id", userId).update();
    }

    public void recordFailedLogin(long userId, int failures, Instant lockedUntil) {
        jdbc.sql("UPDATE app_user SET failed_logins = :f, locked_until = :l WHERE id = :id")
                .param("f", failures).param("l", lockedUntil == null ? null : Timestamp.from(lockedUntil))
                .param("id", userId).update();
    }

    /** Remembers the language the account holder signed in with (for messages to the account). */
    public void recordLanguage(long userId, String language) {
        jdbc.sql("UPDATE app_user SET language = :lang WHERE id = :id AND (language IS NULL OR language <> :lang)")
                .param("lang", language).param("id", userId).update();
    }

    /** The language of messages to the account: the last one it signed in with, Russian before any. */
    public String language(long userId) {
        return jdbc.sql("SELECT language FROM app_user WHERE id = :id").param("id", userId).query(String.class).optional()
                .filter(l -> l != null && !l.isBlank()).orElse("ru");
    }

    /**
     * Claims the right to send the account a lock-out notice now: true for exactly one caller per period, across
     * instances (a conditional UPDATE), and only for an account with an e-mail address.
     */
    public boolean claimLockoutNotice(long userId, java.time.Instant now, java.time.Duration period) {
        return jdbc.sql("UPDATE app_user SET lockout_notice_at = :now WHERE id = :id AND email IS NOT NULL AND email <> ''"
                        + " AND (lockout_notice_at IS NULL OR lockout_notice_at < :since)")
                .param("now", java.sql.Timestamp.from(now)).param("since", java.sql.Timestamp.from(now.minus(period)))
                .param("id", userId).update() == 1;
    }

    public void resetFailedLogins(long userId) {
        jdbc.sql("UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE id = :id AND (failed_logins <> 0 OR locked_until IS NOT NULL)")
                .param("id", userId).update();
    }

    public List<Organization> organizations() {
        return jdbc.sql("SELECT id, name, kind, created_at FROM organization ORDER BY name").query(AccountRepository::organization).list();
    }

    public Optional<Organization> findOrganization(long id) {
        return jdbc.sql("SELECT id, name, kind, created_at FROM organization WHERE id = :id").param("id", id)
                .query(AccountRepository::organization).optional();
    }

    public Optional<Organization> findOrganization(String name) {
        return jdbc.sql("SELECT id, name, kind, created_at FROM organization WHERE name = :n").param("n", name)
                .query(AccountRepository::organization).optional();
    }

    public long insertOrganization(String name, OrganizationKind kind, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO organization (name, kind, created_at) VALUES (:n, :k, :now)")
                .param("n", name).param("k", kind.name()).param("now", Timestamp.from(now)).update(key, "id");
        return key.getKey().longValue();
    }

    // --- API tokens ---

    public record ApiToken(long id, long userId, String name, String prefix, Instant createdAt, Instant lastUsedAt,
                           Instant revokedAt) {
    }

    public long insertToken(long userId, String name, String hash, String prefix, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO api_token (user_id, name, token_hash, prefix, created_at) VALUES (:u, :n, :h, :p, :now)")
                .param("u", userId).param("n", name).param("h", hash).param("p", prefix).param("now", Timestamp.from(now))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** The live (not revoked) token with this hash and its owner's username. */
    public Optional<String> usernameForToken(String hash) {
        return jdbc.sql("SELECT u.username FROM api_token t JOIN app_user u ON u.id = t.user_id "
                        + "WHERE t.token_hash = :h AND t.revoked_at IS NULL")
                .param("h", hash).query(String.class).optional();
    }

    public void touchToken(String hash, Instant now) {
        jdbc.sql("UPDATE api_token SET last_used_at = :now WHERE token_hash = :h").param("now", Timestamp.from(now))
                .param("h", hash).update();
    }

    public List<ApiToken> tokens(long userId) {
        return jdbc.sql("SELECT id, user_id, name, prefix, created_at, last_used_at, revoked_at FROM api_token "
                        + "WHERE user_id = :u ORDER BY created_at DESC")
                .param("u", userId).query((rs, n) -> new ApiToken(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), instant(rs, 5), instant(rs, 6), instant(rs, 7))).list();
    }

    /** Revokes a token of this user; false when there is no such live token of theirs. */
    public boolean revokeToken(long userId, long tokenId, Instant now) {
        return jdbc.sql("UPDATE api_token SET revoked_at = :now WHERE id = :id AND user_id = :u AND revoked_at IS NULL")
                .param("now", Timestamp.from(now)).param("id", tokenId).param("u", userId).update() == 1;
    }

    private static UserAccount user(ResultSet rs, int n) throws SQLException {
        long org = rs.getLong("organization_id");
        return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("email"), rs.getString("password_hash"), Role.valueOf(rs.getString("role")),
                rs.wasNull() ? null : org, rs.getString("organization_name"), rs.getBoolean("enabled"),
                rs.getInt("failed_logins"), instant(rs, "locked_until"), rs.getBoolean("invitation_pending"),
                instant(rs, "created_at"));
    }

    private static Organization organization(ResultSet rs, int n) throws SQLException {
        return new Organization(rs.getLong(1), rs.getString(2), OrganizationKind.valueOf(rs.getString(3)), instant(rs, 4));
    }

    private static Instant instant(ResultSet rs, String col) throws SQLException {
        Timestamp t = rs.getTimestamp(col);
        return t == null ? null : t.toInstant();
    }

    private static Instant instant(ResultSet rs, int col) throws SQLException {
        Timestamp t = rs.getTimestamp(col);
        return t == null ? null : t.toInstant();
    }
}
