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
import static org.localis.app.registry.RegistrySql.now;
import static org.localis.app.registry.RegistrySql.viewerOrg;
import static org.localis.app.registry.RegistrySql.visible;

/**
 * Submissions of a product version for assessment under a scheme, and the assessors' decisions on them.
 * Reads that take a viewer are filtered by organization in SQL.
 */
@Repository
public class SubmissionRepository {

    private final JdbcClient jdbc;

    public SubmissionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- submissions ---

    private static final String SUBMISSION_SELECT = """
            SELECT s.id, s.product_version_id, p.id, p.name, o.id, o.name, v.version_no, s.scheme_id, s.scheme_version,
                   s.period, s.assessment_date, s.status, s.score, s.unit, s.passed, s.tier, s.classification,
                   s.submitted_at, s.submitted_by, s.reviewer, s.decided_at, s.reviewer_comment
            FROM submission s JOIN product_version v ON v.id = s.product_version_id JOIN product p ON p.id = v.product_id
            JOIN organization o ON o.id = p.organization_id
            """;

    public long insertSubmission(long versionId, String schemeId, String schemeVersion, int period, LocalDate date,
                                 BigDecimal score, String unit, boolean passed, String tier, String classification,
                                 String json, String by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO submission (product_version_id, scheme_id, scheme_version, period, assessment_date, status,
                          score, unit, passed, tier, classification, result_json, submitted_at, submitted_by)
                        VALUES (:v, :s, :sv, :p, :d, 'SUBMITTED', :score, :unit, :passed, :tier, :cls, :json, :at, :by)""")
                .param("v", versionId).param("s", schemeId).param("sv", schemeVersion).param("p", period).param("d", date)
                .param("score", score).param("unit", unit).param("passed", passed).param("tier", tier)
                .param("cls", classification).param("json", json).param("at", now()).param("by", by).update(key, "id");
        return key.getKey().longValue();
    }

    public List<Submission> submissions(Actor viewer, Long productId, boolean openOnly) {
        String where = "WHERE " + visible(viewer, "o.id") + (productId == null ? "" : " AND p.id = :pid")
                + (openOnly ? " AND s.status IN ('SUBMITTED', 'UNDER_REVIEW')" : "");
        var q = jdbc.sql(SUBMISSION_SELECT + where + " ORDER BY s.id DESC").param("viewerOrg", viewerOrg(viewer));
        if (productId != null) {
            q = q.param("pid", productId);
        }
        return q.query(SubmissionRepository::submission).list();
    }

    public Optional<Submission> submission(long id, Actor viewer) {
        return jdbc.sql(SUBMISSION_SELECT + "WHERE s.id = :id AND " + visible(viewer, "o.id")).param("id", id)
                .param("viewerOrg", viewerOrg(viewer)).query(SubmissionRepository::submission).optional();
    }

    public String submissionJson(long id) {
        return jdbc.sql("SELECT result_json FROM submission WHERE id = :id").param("id", id).query(String.class).single();
    }

    /** Submissions whose stored result has no classification reason as a code (scored before the engine gave it). */
    public List<Long> withoutReasonCodes() {
        return jdbc.sql("SELECT id FROM submission WHERE result_json NOT LIKE '%\"classificationWhy\"%' ORDER BY id")
                .query(Long.class).list();
    }

    /** Replaces a submission's stored result (only to add what the same result says in another form). */
    public void updateJson(long id, String json) {
        jdbc.sql("UPDATE submission SET result_json = :json WHERE id = :id").param("json", json).param("id", id).update();
    }

    /** Moves a submission on only from the expected status (optimistic: two assessors cannot both decide). */
    public boolean decide(long id, SubmissionStatus from, SubmissionStatus to, String reviewer, String comment) {
        return jdbc.sql("UPDATE submission SET status = :to, reviewer = :r, decided_at = :at, reviewer_comment = :c "
                        + "WHERE id = :id AND status = :from")
                .param("to", to.name()).param("r", reviewer).param("at", now()).param("c", comment).param("id", id)
                .param("from", from.name()).update() == 1;
    }


    private static Submission submission(ResultSet rs, int n) throws SQLException {
        return new Submission(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getLong(5), rs.getString(6),
                rs.getInt(7), rs.getString(8), rs.getString(9), rs.getInt(10), rs.getDate(11).toLocalDate(),
                SubmissionStatus.valueOf(rs.getString(12)), rs.getBigDecimal(13), rs.getString(14), rs.getBoolean(15),
                rs.getString(16), rs.getString(17), instant(rs, 18), rs.getString(19), rs.getString(20), instant(rs, 21),
                rs.getString(22));
    }
}
