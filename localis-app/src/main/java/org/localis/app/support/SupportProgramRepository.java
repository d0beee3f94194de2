package org.localis.app.support;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class SupportProgramRepository {

    /** A stored program: the inputs of an allocation (the allocation itself is recomputed, never stored). */
    public record Program(long id, String title, String schemeId, int period, BigDecimal budget, String currency,
                          String minimumTier, String formula, BigDecimal perCompanyCap, Instant createdAt, String createdBy) {
    }

    private final JdbcClient jdbc;

    public SupportProgramRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String title, String schemeId, int period, BigDecimal budget, String currency, String minimumTier,
                       String formula, BigDecimal cap, String by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO support_program (title, scheme_id, period, budget, currency, minimum_tier, formula,
                          per_company_cap, created_at, created_by)
                        VALUES (:t, :s, :p, :b, :c, :m, :f, :cap, :at, :by)""")
                .param("t", title).param("s", schemeId).param("p", period).param("b", budget).param("c", currency)
                .param("m", minimumTier).param("f", formula).param("cap", cap).param("at", Timestamp.from(Instant.now()))
                .param("by", by).update(key, "id");
        return key.getKey().longValue();
    }

    private static final String SELECT = "SELECT id, title, scheme_id, period, budget, currency, minimum_tier, formula, "
            + "per_company_cap, created_at, created_by FROM support_program ";

    public List<Program> all() {
        return jdbc.sql(SELECT + "ORDER BY id DESC").query(SupportProgramRepository::program).list();
    }

    public Optional<Program> find(long id) {
        return jdbc.sql(SELECT + "WHERE id = :id").param("id", id).query(SupportProgramRepository::program).optional();
    }

    /** Annual volume stored with the version a certificate was issued for. */
    public Optional<Integer> volumeOfCertificate(String number) {
        return jdbc.sql("SELECT v.annual_volume FROM certificate c JOIN submission s ON s.id = c.submission_id "
                        + "JOIN product_version v ON v.id = s.product_version_id WHERE c.number = :n")
                .param("n", number).query((rs, i) -> {
                    int v = rs.getInt(1);
                    return rs.wasNull() ? null : v;
                }).optional();
    }

    private static Program program(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Program(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getBigDecimal(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getBigDecimal(9), rs.getTimestamp(10).toInstant(),
                rs.getString(11));
    }
}
