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
 * A manufacturer's products, their versions (BOM and companion files, prices) and the evidence documents
 * attached to a version. Reads that take a viewer filter by the viewer's organization in SQL (assessors and
 * administrators see all), so another organization's rows are simply not found.
 */
@Repository
public class ProductRepository {

    private final JdbcClient jdbc;

    public ProductRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- products ---

    private static final String PRODUCT_SELECT = "SELECT p.id, p.organization_id, o.name, p.name, p.category, p.created_at, "
            + "p.created_by, p.okpd2, p.tnved FROM product p JOIN organization o ON o.id = p.organization_id ";

    public long insertProduct(long organizationId, String name, String category, String by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO product (organization_id, name, category, created_at, created_by) VALUES (:o, :n, :c, :at, :by)")
                .param("o", organizationId).param("n", name).param("c", category).param("at", now()).param("by", by)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** Sets a product's classification codes (null clears one); TN VED as digits. */
    public void setCodes(long productId, String okpd2, String tnved) {
        jdbc.sql("UPDATE product SET okpd2 = :o, tnved = :t WHERE id = :id").param("o", okpd2).param("t", tnved)
                .param("id", productId).update();
    }

    public boolean productNameTaken(long organizationId, String name) {
        return jdbc.sql("SELECT COUNT(*) FROM product WHERE organization_id = :o AND name = :n").param("o", organizationId)
                .param("n", name).query(Long.class).single() > 0;
    }

    public List<Product> products(Actor viewer) {
        return jdbc.sql(PRODUCT_SELECT + "WHERE " + visible(viewer, "p.organization_id") + " ORDER BY o.name, p.name")
                .param("viewerOrg", viewerOrg(viewer)).query(ProductRepository::product).list();
    }

    public Optional<Product> product(long id, Actor viewer) {
        return jdbc.sql(PRODUCT_SELECT + "WHERE p.id = :id AND " + visible(viewer, "p.organization_id"))
                .param("id", id).param("viewerOrg", viewerOrg(viewer)).query(ProductRepository::product).optional();
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
                .query(ProductRepository::version).list();
    }

    /** A version, if the viewer may see its product. */
    public Optional<Version> version(long id, Actor viewer) {
        return jdbc.sql(VERSION_SELECT + "WHERE id = :id AND product_id IN (SELECT id FROM product p WHERE "
                        + visible(viewer, "p.organization_id") + ")")
                .param("id", id).param("viewerOrg", viewerOrg(viewer)).query(ProductRepository::version).optional();
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

    /** A version by id, for work already authorized by the caller. */
    public Version version(long id) {
        return jdbc.sql(VERSION_SELECT + "WHERE id = :id").param("id", id).query(ProductRepository::version).single();
    }

    // --- evidence ---

    public long insertEvidence(long versionId, String name, String type, byte[] bytes, String sha, String description, String by,
                               org.localis.assessment.EvidenceChecklist.DocumentKind kind, String criterion) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO evidence_document (product_version_id, file_name, content_type, size_bytes, sha256, bytes, "
                        + "description, uploaded_at, uploaded_by, kind, criterion) VALUES (:v, :n, :t, :s, :h, :b, :d, :at, :by, "
                        + ":kind, :crit)")
                .param("v", versionId).param("n", name).param("t", type).param("s", (long) bytes.length).param("h", sha)
                .param("b", bytes).param("d", description).param("at", now()).param("by", by).param("kind", kind.name())
                .param("crit", criterion == null || criterion.isBlank() ? null : criterion.strip()).update(key, "id");
        return key.getKey().longValue();
    }

    public List<Evidence> evidence(long versionId) {
        return jdbc.sql("SELECT id, product_version_id, file_name, content_type, size_bytes, sha256, description, uploaded_at, "
                        + "uploaded_by, kind, criterion FROM evidence_document WHERE product_version_id = :v ORDER BY id")
                .param("v", versionId).query((rs, n) -> new Evidence(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getLong(5), rs.getString(6), rs.getString(7), instant(rs, 8), rs.getString(9),
                        org.localis.assessment.EvidenceChecklist.DocumentKind.valueOf(rs.getString(10)), rs.getString(11)))
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


    private static Product product(ResultSet rs, int n) throws SQLException {
        return new Product(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), instant(rs, 6),
                rs.getString(7), rs.getString(8), rs.getString(9));
    }


    private static Version version(ResultSet rs, int n) throws SQLException {
        return new Version(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getBigDecimal(5),
                rs.getBigDecimal(6), integer(rs, 7), integer(rs, 8), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getInt(12), rs.getString(13), rs.getString(14), rs.getString(15), instant(rs, 16), rs.getString(17));
    }
}
