package org.localis.app.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import org.localis.app.shared.Actor;

/** SQL fragments and column readers the registry's repositories share. */
final class RegistrySql {

    private RegistrySql() {
    }

    /** A WHERE condition that keeps rows of the viewer's organization (every row for assessors and administrators). */
    static String visible(Actor viewer, String orgColumn) {
        return viewer.seesAllOrganizations() ? "(1 = 1 OR " + orgColumn + " = :viewerOrg)" : orgColumn + " = :viewerOrg";
    }

    static long viewerOrg(Actor viewer) {
        return viewer.organizationId() == null ? -1L : viewer.organizationId();
    }

    static Timestamp now() {
        return Timestamp.from(Instant.now());
    }

    static Instant instant(ResultSet rs, int i) throws SQLException {
        Timestamp t = rs.getTimestamp(i);
        return t == null ? null : t.toInstant();
    }

    static Integer integer(ResultSet rs, int i) throws SQLException {
        int v = rs.getInt(i);
        return rs.wasNull() ? null : v;
    }
}
