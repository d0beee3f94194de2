package org.localis.app.identity;

import org.localis.app.shared.Role;
import java.time.Instant;

/**
 * A user as stored. The password hash never leaves the account package except to Spring Security.
 *
 * @param organizationId null for roles without an organization (assessor, admin)
 */
public record UserAccount(long id, String username, String displayName, String email, String passwordHash, Role role,
                          Long organizationId, String organizationName, boolean enabled, int failedLogins,
                          Instant lockedUntil, boolean invitationPending, Instant createdAt) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    @Override
    public String toString() {
        // never print the hash
        return "UserAccount[" + username + ", " + role + ", org " + organizationId + "]";
    }
}
