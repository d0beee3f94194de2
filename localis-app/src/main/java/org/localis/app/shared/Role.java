package org.localis.app.shared;

/** What a user may do; each user has one role. */
public enum Role {
    /** Member of one manufacturer: its own products, BOMs, submissions and assessments. */
    MANUFACTURER,
    /** Reads all submissions, reviews, issues and revokes certificates, runs support programs. */
    ASSESSOR,
    /** Member of an organization running supply drives. */
    DRIVE_ORGANIZER,
    /** Member of a fleet: its vehicles, needs and deliveries. */
    FLEET_OPERATOR,
    /** Organizations, users, roles and schemes; reads the audit log. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Roles whose users must belong to an organization. */
    public boolean needsOrganization() {
        return this == MANUFACTURER || this == DRIVE_ORGANIZER || this == FLEET_OPERATOR;
    }
}
