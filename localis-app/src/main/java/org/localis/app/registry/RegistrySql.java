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

    /**
     * The search by the codes procurement uses, over the given columns: OKPD2 (the code or any code under it), TN VED
     * digits (a heading finds every code under it), INN; each filter optional (null).
     */
    record CodeFilter(String okpd2Column, String tnvedColumn, String innColumn) {

        String where(String okpd2, String tnved, String inn) {
            StringBuilder w = new StringBuilder("WHERE 1 = 1");
            if (okpd2 != null) {
                w.append(" AND (").append(okpd2Column).append(" = :okpd2 OR ").append(okpd2Column).append(" LIKE :okpd2prefix)");
            }
            if (tnved != null) {
                w.append(" AND ").append(tnvedColumn).append(" LIKE :tnved");
            }
            if (inn != null) {
                w.append(" AND ").append(innColumn).append(" = :inn");
            }
            return w.toString();
        }

        org.springframework.jdbc.core.simple.JdbcClient.StatementSpec bind(
                org.springframework.jdbc.core.simple.JdbcClient.StatementSpec q, String okpd2, String tnved, String inn) {
            if (okpd2 != null) {
                q = q.param("okpd2", okpd2).param("okpd2prefix", okpd2 + ".%");
            }
            if (tnved != null) {
                q = q.param("tnved", tnved + "%");
            }
            if (inn != null) {
                q = q.param("inn", inn);
            }
            return q;
        }
    }

    static String firstRows(int limit) {
        return " FETCH FIRST " + Math.max(1, Math.min(limit, 500)) + " ROWS ONLY";
    }
}
