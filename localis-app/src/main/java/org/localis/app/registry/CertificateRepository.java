package org.localis.app.registry;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.localis.app.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import static org.localis.app.registry.RegistrySql.instant;
import static org.localis.app.registry.RegistrySql.integer;
import static org.localis.app.registry.RegistrySql.firstRows;
import static org.localis.app.registry.RegistrySql.now;
import static org.localis.app.registry.RegistrySql.viewerOrg;
import static org.localis.app.registry.RegistrySql.visible;

/**
 * Certificates issued on approved submissions: the public registry's rows, search and revocation.
 */
@Repository
public class CertificateRepository {

    private static final RegistrySql.CodeFilter CODES = new RegistrySql.CodeFilter("p.okpd2", "p.tnved", "md.inn");

    private final JdbcClient jdbc;

    public CertificateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- certificates ---

    private static final String CERT_SELECT = """
            SELECT c.id, c.number, c.submission_id, p.id, p.name, p.category, o.id, o.name, c.scheme_id, c.scheme_version,
                   c.period, c.score, c.unit, c.classification, c.tier, c.domestic_share, c.valid_from, c.valid_to,
                   c.issued_at, c.issued_by, c.revoked_at, c.revoke_reason, p.okpd2, p.tnved, md.inn,
                   c.basis_document, c.basis_number, c.basis_date
            FROM certificate c JOIN product p ON p.id = c.product_id JOIN organization o ON o.id = c.organization_id
            LEFT JOIN manufacturer_details md ON md.organization_id = o.id
            """;

    public long insertCertificate(String number, Submission s, BigDecimal domesticShare, LocalDate from, LocalDate to,
                                  String by) {
        return insertCertificate(number, s, domesticShare, from, to, by, Basis.localisAssessment(s, from));
    }

    /**
     * The document a certificate rests on, as the state registry records it for each entry (since 2024 usually an
     * act of examination by the Chamber of Commerce and Industry; here, by default, the Localis assessment).
     */
    public record Basis(String document, String number, LocalDate date, String issuer) {
        static Basis localisAssessment(Submission s, LocalDate date) {
            return new Basis("Заключение об оценке локализации (Localis)", "A-" + s.id(), date, "Localis");
        }
    }

    public long insertCertificate(String number, Submission s, BigDecimal domesticShare, LocalDate from, LocalDate to,
                                  String by, Basis basis) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO certificate (number, submission_id, product_id, organization_id, scheme_id, scheme_version,
                          period, score, unit, classification, tier, domestic_share, valid_from, valid_to, issued_at, issued_by,
                          basis_document, basis_number, basis_date, basis_issuer)
                        VALUES (:n, :s, :p, :o, :sid, :sv, :per, :score, :unit, :cls, :tier, :ds, :from, :to, :at, :by,
                          :bd, :bn, :bdate, :bi)""")
                .param("n", number).param("s", s.id()).param("p", s.productId()).param("o", s.organizationId())
                .param("sid", s.schemeId()).param("sv", s.schemeVersion()).param("per", s.period()).param("score", s.score())
                .param("unit", s.unit()).param("cls", s.classification()).param("tier", s.tier()).param("ds", domesticShare)
                .param("from", from).param("to", to).param("at", now()).param("by", by).param("bd", basis.document())
                .param("bn", basis.number()).param("bdate", basis.date()).param("bi", basis.issuer()).update(key, "id");
        return key.getKey().longValue();
    }

    public long nextCertificateSequence() {
        return jdbc.sql("SELECT COUNT(*) + 1 FROM certificate").query(Long.class).single();
    }

    public Optional<Certificate> certificate(String number) {
        return jdbc.sql(CERT_SELECT + "WHERE c.number = :n").param("n", number).query(CertificateRepository::certificate).optional();
    }

    public List<Certificate> certificatesOfProduct(long productId) {
        return jdbc.sql(CERT_SELECT + "WHERE p.id = :p ORDER BY c.id DESC").param("p", productId)
                .query(CertificateRepository::certificate).list();
    }

    /** Every certificate of a scheme and period (all certificates when both are null), oldest first. */
    public List<Certificate> certificates(String schemeId, Integer period) {
        String where = schemeId == null ? "" : "WHERE c.scheme_id = :s AND c.period = :p ";
        var q = jdbc.sql(CERT_SELECT + where + "ORDER BY c.id");
        if (schemeId != null) {
            q = q.param("s", schemeId).param("p", period);
        }
        return q.query(CertificateRepository::certificate).list();
    }

    /** Public search; every filter optional (null). */
    public List<Certificate> search(String text, String category, String tier, String classification, int limit) {
        StringBuilder where = new StringBuilder("WHERE 1 = 1");
        if (text != null) {
            where.append(" AND (LOWER(p.name) LIKE :t OR LOWER(o.name) LIKE :t OR LOWER(c.number) LIKE :t)");
        }
        if (category != null) {
            where.append(" AND p.category = :cat");
        }
        if (tier != null) {
            where.append(" AND c.tier = :tier");
        }
        if (classification != null) {
            where.append(" AND c.classification = :cls");
        }
        var q = jdbc.sql(CERT_SELECT + where + " ORDER BY c.issued_at DESC, c.id DESC FETCH FIRST "
                + Math.max(1, Math.min(limit, 500)) + " ROWS ONLY");
        if (text != null) {
            q = q.param("t", "%" + text.toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        if (category != null) {
            q = q.param("cat", category);
        }
        if (tier != null) {
            q = q.param("tier", tier);
        }
        if (classification != null) {
            q = q.param("cls", classification);
        }
        return q.query(CertificateRepository::certificate).list();
    }

    /**
     * Certificates found by the codes procurement searches with: OKPD2 (the code or any code under it), TN VED EAEU
     * (digits; a heading finds every code under it), the manufacturer's INN. Every filter optional (null).
     */
    public List<Certificate> byCodes(String okpd2, String tnved, String inn, int limit) {
        var q = jdbc.sql(CERT_SELECT + CODES.where(okpd2, tnved, inn) + " ORDER BY c.issued_at DESC, c.id DESC" + firstRows(limit));
        return CODES.bind(q, okpd2, tnved, inn).query(CertificateRepository::certificate).list();
    }

    public boolean revoke(long id, String by, String reason) {
        return jdbc.sql("UPDATE certificate SET revoked_at = :at, revoked_by = :by, revoke_reason = :r WHERE id = :id AND revoked_at IS NULL")
                .param("at", now()).param("by", by).param("r", reason).param("id", id).update() == 1;
    }


    private static Certificate certificate(ResultSet rs, int n) throws SQLException {
        return new Certificate(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getString(5), rs.getString(6),
                rs.getLong(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getInt(11), rs.getBigDecimal(12),
                rs.getString(13), rs.getString(14), rs.getString(15), rs.getBigDecimal(16), rs.getDate(17).toLocalDate(),
                rs.getDate(18).toLocalDate(), instant(rs, 19), rs.getString(20), instant(rs, 21), rs.getString(22),
                rs.getString(23), rs.getString(24), rs.getString(25), rs.getString(26), rs.getString(27),
                rs.getDate(28) == null ? null : rs.getDate(28).toLocalDate());
    }
}
