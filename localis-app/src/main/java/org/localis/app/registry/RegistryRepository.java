package org.localis.app.registry;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;






import org.localis.app.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Registry rows. Every read that takes a viewer filters by the viewer's organization in SQL (assessors
 * and administrators see all), so another organization's rows are simply not found.
 */
@Repository
public class RegistryRepository {

    private final JdbcClient jdbc;

    public RegistryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String visible(Actor viewer, String orgColumn) {
        return viewer.seesAllOrganizations() ? "(1 = 1 OR " + orgColumn + " = :viewerOrg)" : orgColumn + " = :viewerOrg";
    }

    static long viewerOrg(Actor viewer) {
        return viewer.organizationId() == null ? -1L : viewer.organizationId();
    }

    // --- products ---

    private static final String PRODUCT_SELECT = "SELECT p.id, p.organization_id, o.name, p.name, p.category, p.created_at, "
            + "p.created_by FROM product p JOIN organization o ON o.id = p.organization_id ";

    public long insertProduct(long organizationId, String name, String category, String by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO product (organization_id, name, category, created_at, created_by) VALUES (:o, :n, :c, :at, :by)")
                .param("o", organizationId).param("n", name).param("c", category).param("at", now()).param("by", by)
                .update(key, "id");
        return key.getKey().longValue();
    }

    public boolean productNameTaken(long organizationId, String name) {
        return jdbc.sql("SELECT COUNT(*) FROM product WHERE organization_id = :o AND name = :n").param("o", organizationId)
                .param("n", name).query(Long.class).single() > 0;
    }

    public List<Product> products(Actor viewer) {
        return jdbc.sql(PRODUCT_SELECT + "WHERE " + visible(viewer, "p.organization_id") + " ORDER BY o.name, p.name")
                .param("viewerOrg", viewerOrg(viewer)).query(RegistryRepository::product).list();
    }

    public Optional<Product> product(long id, Actor viewer) {
        return jdbc.sql(PRODUCT_SELECT + "WHERE p.id = :id AND " + visible(viewer, "p.organization_id"))
                .param("id", id).param("viewerOrg", viewerOrg(viewer)).query(RegistryRepository::product).optional();
    }

    // --- versions ---

    private static final String VERSION_SELECT = "SELECT id, product_id, version_no, currency, price, net_cost, annual_volume, "
            + "domestic_jobs, competencies, bom_file_name, bom_sha256, bom_lines, operations_file_name, certificates_file_name, "
            + "rates_file_name, created_at, created_by FROM product_version ";

    public record VersionFiles(String bomName, byte[] bom, String operationsName, byte[] operations, String certificatesName,
                               byte[] certificates, String ratesName, byte[] rates) {
    }

    public long insertVersion(long productId, String currency, BigDecimal price, BigDecimal netCost, Integer volume,
                              Integer jobs, String competencies, VersionFiles f, String bomSha, int bomLines, String by) {
        int next = jdbc.sql("SELECT COALESCE(MAX(version_no), 0) + 1 FROM product_version WHERE product_id = :p")
                .param("p", productId).query(Integer.class).single();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO product_version (product_id, version_no, currency, price, net_cost, annual_volume,
                          domestic_jobs, competencies, bom_file_name, bom_sha256, bom_bytes, bom_lines, operations_file_name,
                          operations_bytes, certificates_file_name, certificates_bytes, rates_file_name, rates_bytes,
                          created_at, created_by)
                        VALUES (:p, :v, :cur, :price, :nc, :vol, :jobs, :comp, :bn, :bs, :bb, :bl, :on, :ob, :cn, :cb, :rn, :rb,
                          :at, :by)""")
                .param("p", productId).param("v", next).param("cur", currency).param("price", price).param("nc", netCost)
                .param("vol", volume).param("jobs", jobs).param("comp", competencies).param("bn", f.bomName())
                .param("bs", bomSha).param("bb", f.bom()).param("bl", bomLines).param("on", f.operationsName())
                .param("ob", f.operations()).param("cn", f.certificatesName()).param("cb", f.certificates())
                .param("rn", f.ratesName()).param("rb", f.rates()).param("at", now()).param("by", by)
                .update(key, "id");
        return key.getKey().longValue();
    }

    public List<Version> versions(long productId) {
        return jdbc.sql(VERSION_SELECT + "WHERE product_id = :p ORDER BY version_no DESC").param("p", productId)
                .query(RegistryRepository::version).list();
    }

    /** A version, if the viewer may see its product. */
    public Optional<Version> version(long id, Actor viewer) {
        return jdbc.sql(VERSION_SELECT + "WHERE id = :id AND product_id IN (SELECT id FROM product p WHERE "
                        + visible(viewer, "p.organization_id") + ")")
                .param("id", id).param("viewerOrg", viewerOrg(viewer)).query(RegistryRepository::version).optional();
    }


    /** The vehicle facts stored with a version, as typed (normalized); blank fields are null. */
    public record VehicleFactsRow(String category, String powertrain, String emissionStandard, String counts, String inputs) {
        public static final VehicleFactsRow NONE = new VehicleFactsRow(null, null, null, null, null);

        public boolean isBlank() {
            return category == null && powertrain == null && emissionStandard == null && counts == null && inputs == null;
        }
    }

    public void updateVehicleFacts(long versionId, VehicleFactsRow f) {
        jdbc.sql("UPDATE product_version SET vehicle_category = :c, powertrain = :p, emission_standard = :e, "
                        + "vehicle_counts = :n, vehicle_inputs = :i WHERE id = :id")
                .param("c", f.category()).param("p", f.powertrain()).param("e", f.emissionStandard())
                .param("n", f.counts()).param("i", f.inputs()).param("id", versionId).update();
    }

    public VehicleFactsRow vehicleFacts(long versionId) {
        return jdbc.sql("SELECT vehicle_category, powertrain, emission_standard, vehicle_counts, vehicle_inputs "
                        + "FROM product_version WHERE id = :id")
                .param("id", versionId).query((rs, i) -> new VehicleFactsRow(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5))).optional().orElse(VehicleFactsRow.NONE);
    }

    public String productNameOfVersion(long versionId) {
        return jdbc.sql("SELECT p.name FROM product_version v JOIN product p ON p.id = v.product_id WHERE v.id = :id")
                .param("id", versionId).query(String.class).single();
    }

    public VersionFiles files(long versionId) {
        return jdbc.sql("SELECT bom_file_name, bom_bytes, operations_file_name, operations_bytes, certificates_file_name, "
                        + "certificates_bytes, rates_file_name, rates_bytes FROM product_version WHERE id = :id")
                .param("id", versionId).query((rs, n) -> new VersionFiles(rs.getString(1), rs.getBytes(2), rs.getString(3),
                        rs.getBytes(4), rs.getString(5), rs.getBytes(6), rs.getString(7), rs.getBytes(8))).single();
    }

    // --- evidence ---

    public long insertEvidence(long versionId, String name, String type, byte[] bytes, String sha, String description, String by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO evidence_document (product_version_id, file_name, content_type, size_bytes, sha256, bytes, "
                        + "description, uploaded_at, uploaded_by) VALUES (:v, :n, :t, :s, :h, :b, :d, :at, :by)")
                .param("v", versionId).param("n", name).param("t", type).param("s", (long) bytes.length).param("h", sha)
                .param("b", bytes).param("d", description).param("at", now()).param("by", by).update(key, "id");
        return key.getKey().longValue();
    }

    public List<Evidence> evidence(long versionId) {
        return jdbc.sql("SELECT id, product_version_id, file_name, content_type, size_bytes, sha256, description, uploaded_at, "
                        + "uploaded_by FROM evidence_document WHERE product_version_id = :v ORDER BY id")
                .param("v", versionId).query((rs, n) -> new Evidence(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getLong(5), rs.getString(6), rs.getString(7), instant(rs, 8), rs.getString(9)))
                .list();
    }

    public record EvidenceFile(String fileName, String contentType, String sha256, byte[] bytes) {
    }

    /** An evidence document's bytes, if the viewer may see its product. */
    public Optional<EvidenceFile> evidenceFile(long id, Actor viewer) {
        return jdbc.sql("SELECT e.file_name, e.content_type, e.sha256, e.bytes FROM evidence_document e "
                        + "JOIN product_version v ON v.id = e.product_version_id JOIN product p ON p.id = v.product_id "
                        + "WHERE e.id = :id AND " + visible(viewer, "p.organization_id"))
                .param("id", id).param("viewerOrg", viewerOrg(viewer))
                .query((rs, n) -> new EvidenceFile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBytes(4))).optional();
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
        return q.query(RegistryRepository::submission).list();
    }

    public Optional<Submission> submission(long id, Actor viewer) {
        return jdbc.sql(SUBMISSION_SELECT + "WHERE s.id = :id AND " + visible(viewer, "o.id")).param("id", id)
                .param("viewerOrg", viewerOrg(viewer)).query(RegistryRepository::submission).optional();
    }

    public String submissionJson(long id) {
        return jdbc.sql("SELECT result_json FROM submission WHERE id = :id").param("id", id).query(String.class).single();
    }

    /** Moves a submission on only from the expected status (optimistic: two assessors cannot both decide). */
    public boolean decide(long id, SubmissionStatus from, SubmissionStatus to, String reviewer, String comment) {
        return jdbc.sql("UPDATE submission SET status = :to, reviewer = :r, decided_at = :at, reviewer_comment = :c "
                        + "WHERE id = :id AND status = :from")
                .param("to", to.name()).param("r", reviewer).param("at", now()).param("c", comment).param("id", id)
                .param("from", from.name()).update() == 1;
    }

    // --- certificates ---

    private static final String CERT_SELECT = """
            SELECT c.id, c.number, c.submission_id, p.id, p.name, p.category, o.id, o.name, c.scheme_id, c.scheme_version,
                   c.period, c.score, c.unit, c.classification, c.tier, c.domestic_share, c.valid_from, c.valid_to,
                   c.issued_at, c.issued_by, c.revoked_at, c.revoke_reason
            FROM certificate c JOIN product p ON p.id = c.product_id JOIN organization o ON o.id = c.organization_id
            """;

    public long insertCertificate(String number, Submission s, BigDecimal domesticShare, LocalDate from, LocalDate to,
                                  String by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO certificate (number, submission_id, product_id, organization_id, scheme_id, scheme_version,
                          period, score, unit, classification, tier, domestic_share, valid_from, valid_to, issued_at, issued_by)
                        VALUES (:n, :s, :p, :o, :sid, :sv, :per, :score, :unit, :cls, :tier, :ds, :from, :to, :at, :by)""")
                .param("n", number).param("s", s.id()).param("p", s.productId()).param("o", s.organizationId())
                .param("sid", s.schemeId()).param("sv", s.schemeVersion()).param("per", s.period()).param("score", s.score())
                .param("unit", s.unit()).param("cls", s.classification()).param("tier", s.tier()).param("ds", domesticShare)
                .param("from", from).param("to", to).param("at", now()).param("by", by).update(key, "id");
        return key.getKey().longValue();
    }

    public long nextCertificateSequence() {
        return jdbc.sql("SELECT COUNT(*) + 1 FROM certificate").query(Long.class).single();
    }

    public Optional<Certificate> certificate(String number) {
        return jdbc.sql(CERT_SELECT + "WHERE c.number = :n").param("n", number).query(RegistryRepository::certificate).optional();
    }

    public List<Certificate> certificatesOfProduct(long productId) {
        return jdbc.sql(CERT_SELECT + "WHERE p.id = :p ORDER BY c.id DESC").param("p", productId)
                .query(RegistryRepository::certificate).list();
    }

    /** Every certificate of a scheme and period (all certificates when both are null), oldest first. */
    public List<Certificate> certificates(String schemeId, Integer period) {
        String where = schemeId == null ? "" : "WHERE c.scheme_id = :s AND c.period = :p ";
        var q = jdbc.sql(CERT_SELECT + where + "ORDER BY c.id");
        if (schemeId != null) {
            q = q.param("s", schemeId).param("p", period);
        }
        return q.query(RegistryRepository::certificate).list();
    }

    /** A version by id, for work already authorized by the caller. */
    public Version version(long id) {
        return jdbc.sql(VERSION_SELECT + "WHERE id = :id").param("id", id).query(RegistryRepository::version).single();
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
        return q.query(RegistryRepository::certificate).list();
    }

    public boolean revoke(long id, String by, String reason) {
        return jdbc.sql("UPDATE certificate SET revoked_at = :at, revoked_by = :by, revoke_reason = :r WHERE id = :id AND revoked_at IS NULL")
                .param("at", now()).param("by", by).param("r", reason).param("id", id).update() == 1;
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }

    private static Instant instant(ResultSet rs, int i) throws SQLException {
        Timestamp t = rs.getTimestamp(i);
        return t == null ? null : t.toInstant();
    }

    private static Integer integer(ResultSet rs, int i) throws SQLException {
        int v = rs.getInt(i);
        return rs.wasNull() ? null : v;
    }

    private static Product product(ResultSet rs, int n) throws SQLException {
        return new Product(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), instant(rs, 6),
                rs.getString(7));
    }

    private static Version version(ResultSet rs, int n) throws SQLException {
        return new Version(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getBigDecimal(5),
                rs.getBigDecimal(6), integer(rs, 7), integer(rs, 8), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getInt(12), rs.getString(13), rs.getString(14), rs.getString(15), instant(rs, 16), rs.getString(17));
    }

    private static Submission submission(ResultSet rs, int n) throws SQLException {
        return new Submission(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getLong(5), rs.getString(6),
                rs.getInt(7), rs.getString(8), rs.getString(9), rs.getInt(10), rs.getDate(11).toLocalDate(),
                SubmissionStatus.valueOf(rs.getString(12)), rs.getBigDecimal(13), rs.getString(14), rs.getBoolean(15),
                rs.getString(16), rs.getString(17), instant(rs, 18), rs.getString(19), rs.getString(20), instant(rs, 21),
                rs.getString(22));
    }

    private static Certificate certificate(ResultSet rs, int n) throws SQLException {
        return new Certificate(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getString(5), rs.getString(6),
                rs.getLong(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getInt(11), rs.getBigDecimal(12),
                rs.getString(13), rs.getString(14), rs.getString(15), rs.getBigDecimal(16), rs.getDate(17).toLocalDate(),
                rs.getDate(18).toLocalDate(), instant(rs, 19), rs.getString(20), instant(rs, 21), rs.getString(22));
    }
}
