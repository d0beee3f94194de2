package org.localis.app.scoring;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

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

    public AssessmentRunRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public long save(ScoreCommand cmd, Assessment a, String resultJson) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO assessment_run (created_at, scheme_id, scheme_version, period, assessment_date,
                          product_name, currency, price, net_cost, bom_file_name, bom_sha256, bom_bytes,
                          operations_file_name, operations_bytes, certificates_file_name, certificates_bytes,
                          score, unit, passed, tier, classification, result_json)
                        VALUES (:created, :scheme, :version, :period, :date, :product, :currency, :price, :netCost,
                          :bomName, :bomSha, :bomBytes, :opsName, :opsBytes, :certName, :certBytes,
                          :score, :unit, :passed, :tier, :classification, :json)""")
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
                .param("bomSha", sha256(cmd.bom().bytes()))
                .param("bomBytes", cmd.bom().bytes())
                .param("opsName", cmd.operations() == null ? null : cmd.operations().name())
                .param("opsBytes", cmd.operations() == null ? null : cmd.operations().bytes())
                .param("certName", cmd.certificates() == null ? null : cmd.certificates().name())
                .param("certBytes", cmd.certificates() == null ? null : cmd.certificates().bytes())
                .param("score", a.score())
                .param("unit", a.unit())
                .param("passed", a.passed())
                .param("tier", a.tier() == null ? null : a.tier().id())
                .param("classification", a.classification().classification().code())
                .param("json", resultJson)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** The stored result JSON of a run. */
    public Optional<String> resultJson(long id) {
        return jdbc.sql("SELECT result_json FROM assessment_run WHERE id = :id").param("id", id)
                .query(String.class).optional();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM assessment_run").query(Long.class).single();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
