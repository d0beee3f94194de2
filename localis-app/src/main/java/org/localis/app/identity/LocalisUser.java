package org.localis.app.identity;

import java.util.Collection;
import java.util.List;

import org.localis.app.shared.Actor;
import org.localis.app.shared.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as Spring Security sees it: role, and the organization whose data it may see. */
public final class LocalisUser implements UserDetails, Actor.Source {

    /** For users who have not set a password yet (invited): a hash nothing matches. */
    private static final String NO_PASSWORD = "{bcrypt}" + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder()
            .encode(java.util.UUID.randomUUID().toString());

    private final long id;
    private final String username;
    private final String passwordHash;
    private final String displayName;
    private final Role role;
    private final Long organizationId;
    private final boolean enabled;
    private final boolean locked;

    public LocalisUser(long id, String username, String passwordHash, String displayName, Role role, Long organizationId,
                       boolean enabled, boolean locked) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.organizationId = organizationId;
        this.enabled = enabled;
        this.locked = locked;
    }

    @Override
    public Actor actor() {
        return new Actor(id, username, displayName, role, organizationId);
    }

    public long id() {
        return id;
    }

    public Role role() {
        return role;
    }

    public Long organizationId() {
        return organizationId;
    }

    public String displayName() {
        return displayName;
    }

    /** Assessors and administrators see every organization's data. */
    public boolean seesAllOrganizations() {
        return role == Role.ASSESSOR || role == Role.ADMIN;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash == null ? NO_PASSWORD : passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled && passwordHash != null;
    }

    @Override
    public String toString() {
        return "LocalisUser[" + username + ", " + role + "]";
    }
}
