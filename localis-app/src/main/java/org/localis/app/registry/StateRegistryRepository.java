package org.localis.app.registry;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.localis.registry.RegistryIds;
import org.localis.registry.RegistryRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static org.localis.app.registry.RegistrySql.firstRows;
import static org.localis.app.registry.RegistrySql.now;

/** Records imported from the state registry's open-data file, keyed by their registry record number. */
@Repository
public class StateRegistryRepository {

    private static final String COLUMNS = """
            organization_name, ogrn, inn, organization_address, production_address, earlier_number, ektru_code,
            record_date, valid_to, end_date, register_number, product_name, okpd2, tnved, specification, score,
            percentage, score_description, electronic_product, artificial_intelligence, electronic_level,
            basis_document, basis_date, basis_number, basis_valid_to, department, decision_number""";

    private static final RegistrySql.CodeFilter CODES = new RegistrySql.CodeFilter("okpd2", "tnved", "inn");

    private final JdbcClient jdbc;

    public StateRegistryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What one import did. */
    public record ImportResult(int added, int changed, int unchanged) {
    }

    /**
     * Adds new records and replaces changed ones (by registry record number); a record equal to the stored one is
     * left alone, so importing the same file twice changes nothing. Runs in the caller's transaction.
     */
    public ImportResult upsert(List<RegistryRecord> records, String sha256) {
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        for (RegistryRecord r : records) {
            List<RegistryRecord> stored = jdbc.sql("SELECT " + COLUMNS + " FROM state_registry_record WHERE register_number = :n")
                    .param("n", r.registerNumber()).query(StateRegistryRepository::record).list();
            RegistryRecord normalized = normalized(r);
            if (stored.isEmpty()) {
                insert(normalized, sha256);
                added++;
            } else if (stored.get(0).equals(normalized)) {
                unchanged++;
            } else {
                jdbc.sql("DELETE FROM state_registry_record WHERE register_number = :n").param("n", r.registerNumber()).update();
                insert(normalized, sha256);
                changed++;
            }
        }
        return new ImportResult(added, changed, unchanged);
    }

    /** Every imported record, by registry record number. */
    public List<RegistryRecord> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM state_registry_record ORDER BY register_number")
                .query(StateRegistryRepository::record).list();
    }

    /** Records found by OKPD2 (or any code under it), TN VED digits (a heading finds the codes under it), INN. */
    public List<RegistryRecord> byCodes(String okpd2, String tnved, String inn, int limit) {
        var q = jdbc.sql("SELECT " + COLUMNS + " FROM state_registry_record " + CODES.where(okpd2, tnved, inn)
                + " ORDER BY register_number" + firstRows(limit));
        return CODES.bind(q, okpd2, tnved, inn).query(StateRegistryRepository::record).list();
    }

    public java.util.Optional<RegistryRecord> byNumber(String registerNumber) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM state_registry_record WHERE register_number = :n")
                .param("n", registerNumber).query(StateRegistryRepository::record).optional();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM state_registry_record").query(Long.class).single();
    }

    /** The record as it is stored: the TN VED code printed in its groups, numbers without trailing zeros. */
    static RegistryRecord normalized(RegistryRecord r) {
        return new RegistryRecord(r.organizationName(), r.ogrn(), r.inn(), r.organizationAddress(), r.productionAddress(),
                r.earlierNumber(), r.ektruCode(), r.recordDate(), r.validTo(), r.endDate(), r.registerNumber(), r.productName(),
                r.okpd2(), r.tnved().isEmpty() ? "" : RegistryIds.tnvedPrinted(r.tnved()), r.specification(),
                strip(r.score()), strip(r.percentage()), r.scoreDescription(), r.electronicProduct(),
                r.artificialIntelligence(), r.electronicLevel(), r.basisDocumentName(), r.basisDocumentDate(),
                r.basisDocumentNumber(), r.basisDocumentValidTo(), r.department(), r.decisionNumber());
    }

    private static java.math.BigDecimal strip(java.math.BigDecimal n) {
        return n == null ? null : n.signum() == 0 ? java.math.BigDecimal.ZERO : n.stripTrailingZeros();
    }

    private void insert(RegistryRecord r, String sha256) {
        jdbc.sql("INSERT INTO state_registry_record (" + COLUMNS + ", imported_at, import_sha256) VALUES (:c1, :c2, :c3, :c4, "
                        + ":c5, :c6, :c7, :c8, :c9, :c10, :c11, :c12, :c13, :c14, :c15, :c16, :c17, :c18, :c19, :c20, :c21, "
                        + ":c22, :c23, :c24, :c25, :c26, :c27, :at, :sha)")
                .param("c1", r.organizationName()).param("c2", blank(r.ogrn())).param("c3", r.inn())
                .param("c4", blank(r.organizationAddress())).param("c5", blank(r.productionAddress()))
                .param("c6", blank(r.earlierNumber())).param("c7", blank(r.ektruCode())).param("c8", date(r.recordDate()))
                .param("c9", date(r.validTo())).param("c10", date(r.endDate())).param("c11", r.registerNumber())
                .param("c12", r.productName()).param("c13", blank(r.okpd2()))
                .param("c14", blank(RegistryIds.tnvedDigits(r.tnved()))).param("c15", blank(r.specification()))
                .param("c16", r.score()).param("c17", r.percentage()).param("c18", blank(r.scoreDescription()))
                .param("c19", r.electronicProduct()).param("c20", r.artificialIntelligence())
                .param("c21", blank(r.electronicLevel())).param("c22", blank(r.basisDocumentName()))
                .param("c23", date(r.basisDocumentDate())).param("c24", blank(r.basisDocumentNumber()))
                .param("c25", date(r.basisDocumentValidTo())).param("c26", blank(r.department()))
                .param("c27", blank(r.decisionNumber())).param("at", now()).param("sha", sha256).update();
    }

    private static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static LocalDate localDate(ResultSet rs, int i) throws SQLException {
        Date d = rs.getDate(i);
        return d == null ? null : d.toLocalDate();
    }

    private static Boolean bool(ResultSet rs, int i) throws SQLException {
        boolean b = rs.getBoolean(i);
        return rs.wasNull() ? null : b;
    }

    private static RegistryRecord record(ResultSet rs, int n) throws SQLException {
        String tnved = rs.getString(14);
        return new RegistryRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), localDate(rs, 8), localDate(rs, 9), localDate(rs, 10), rs.getString(11),
                rs.getString(12), rs.getString(13), tnved == null ? "" : RegistryIds.tnvedPrinted(tnved), rs.getString(15),
                strip(rs.getBigDecimal(16)), strip(rs.getBigDecimal(17)), rs.getString(18), bool(rs, 19), bool(rs, 20),
                rs.getString(21), rs.getString(22), localDate(rs, 23), rs.getString(24), localDate(rs, 25), rs.getString(26),
                rs.getString(27));
    }
}
