package org.localis.app.shared;

/**
 * Who is acting, as the features see it: the signed-in user turned into plain data at the edge (the
 * controllers), so that services and repositories never depend on Spring Security's user type.
 */
public record Actor(long id, String username, String displayName, Role role, Long organizationId) {

    /** Assessors and administrators see every organization's data. */
    public boolean seesAllOrganizations() {
        return role == Role.ASSESSOR || role == Role.ADMIN;
    }

    /** Anything that knows the actor it stands for (the security principal does). */
    public interface Source {
        Actor actor();
    }
}
