package org.localis.app.scoring;

import java.sql.Timestamp;
import org.localis.app.audit.AuditSummary;
import java.time.Instant;
import java.util.Optional;

import org.localis.app.audit.AuditLog;
import org.localis.app.shared.Actor;
import org.localis.assessment.Assessment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores every scoring done through the web application with its inputs' bytes, the scheme id and
 * version and the result, so that any score can be reproduced from what is stored.
 */
@Repository
public class AssessmentRunRepository {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    public AssessmentRunRepository(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Stores a run for the scoring user's organization and audits it, in one transaction. */
    @Transactional
    public long save(ScoreCommand cmd, Assessment a, String resultJson, Actor by) {
        KeyHolder key = new GeneratedKeyHolder();
        try (java.io.InputStream bom = cmd.bom().open()) {
        jdbc.sql("""
                        INSERT INTO assessment_run (created_at, scheme_id, scheme_version, period, assessment_date,
                          product_name, currency, price, net_cost, bom_file_name, bom_sha256, bom_bytes,
                          operations_file_name, operations_bytes, certificates_file_name, certificates_bytes, rates_file_name, rates_bytes,
                          score, unit, passed, tier, classification, result_json, organization_id, created_by)
                        VALUES (:created, :scheme, :version, :period, :date, :product, :currency, :price, :netCost,
                          :bomName, :bomSha, :bomBytes, :opsName, :opsBytes, :certName, :certBytes, :ratesName, :ratesBytes,
                          :score, :unit, :passed, :tier, :classification, :json, :org, :by)""")
                .param("created", Timestamp.from(Instant.now()))
                .param("scheme", a.scheme().id())
                .param("version", a.scheme().version())
                .param("period", a.period())
                .param("date", a.date())
                .param("product", a.productName())
                .param("currency", a.totals().currency())
                .param("price", cmd.price())
                .param("netCost", cmd.netCost())
                .param("bomName", cmd.bom().name())
                .param("bomSha", sha256(cmd.bom()))
                // streamed from the upload into the stored copy (a large BOM is not held in memory for it)
                .param("bomBytes", new org.springframework.jdbc.core.support.SqlBinaryValue(bom, cmd.bom().size()))
                .param("opsName", cmd.operations() == null ? null : cmd.operations().name())
                .param("opsBytes", cmd.operations() == null ? null : cmd.operations().bytes())
                .param("certName", cmd.certificates() == null ? null : cmd.certificates().name())
                .param("certBytes", cmd.certificates() == null ? null : cmd.certificates().bytes())
                .param("ratesName", cmd.rates() == null ? null : cmd.rates().name())
                .param("ratesBytes", cmd.rates() == null ? null : cmd.rates().bytes())
                .param("score", a.score())
                .param("unit", a.unit())
                .param("passed", a.passed())
                .param("tier", a.tier() == null ? null : a.tier().id())
                .param("classification", a.classification().classification().code())
                .param("json", resultJson)
                .param("org", by == null ? null : by.organizationId())
                .param("by", by == null ? null : by.username())
                .update(key, "id");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        long id = key.getKey().longValue();
        audit.record("assessment-scored", "assessment-run", id, AuditSummary.of("audit.summary."
                + (a.passed() ? "scoredPassed" : "scoredNotPassed"), cmd.bom().name(), a.scheme().id(), a.period(), a.score(),
                AuditSummary.code("unit.", a.unit())),
                null, "score=" + a.score().toPlainString() + ", tier=" + (a.tier() == null ? "none" : a.tier().id()));
        return id;
    }

    /** A stored run as listed: no costs, no file contents. */
    public record RunSummary(long id, java.time.Instant createdAt, String createdBy, String schemeId, int period,
                             String productName, String bomFileName, java.math.BigDecimal score, String unit,
                             boolean passed, String tier, String classification) {
    }

    /** The runs the viewer may see: its organization's, or all for assessors and administrators. */
    public java.util.List<RunSummary> list(Actor viewer, int limit) {
        return jdbc.sql("SELECT id, created_at, created_by, scheme_id, period, product_name, bom_file_name, score, unit, "
                        + "passed, tier, classification FROM assessment_run WHERE " + visible(viewer)
                        + " ORDER BY id DESC FETCH FIRST " + Math.max(1, Math.min(limit, 500)) + " ROWS ONLY")
                .param("org", viewer.organizationId() == null ? -1L : viewer.organizationId())
                .query((rs, n) -> new RunSummary(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getInt(5), rs.getString(6), rs.getString(7), rs.getBigDecimal(8),
                        rs.getString(9), rs.getBoolean(10), rs.getString(11), rs.getString(12)))
                .list();
    }

    private static String visible(Actor viewer) {
        return viewer.seesAllOrganizations() ? "1 = 1 AND :org = :org" : "organization_id = :org";
    }

    /** The stored result JSON of a run, if the viewer may see it (absent otherwise: existence does not leak). */
    public Optional<String> resultJson(long id, Actor viewer) {
        return jdbc.sql("SELECT result_json FROM assessment_run WHERE id = :id AND " + visible(viewer)).param("id", id)
                .param("org", viewer.organizationId() == null ? -1L : viewer.organizationId())
                .query(String.class).optional();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM assessment_run").query(Long.class).single();
    }


    private static String sha256(ScoreCommand.Upload u) {
        try (java.io.InputStream in = u.open()) {
            return org.localis.app.shared.Checksums.sha256(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
