package org.localis.app.bank;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.localis.app.shared.Money;
import org.springframework.stereotype.Repository;

/** Bank entries, statement imports and closing balances. */
@Repository
public class BankEntryRepository {

    /** One entry to insert. */
    public record NewEntry(long driveId, long importId, String dedupeKey, int fileLine, LocalDate bookingDate,
                           Money amount, String direction, boolean reversal, String payerName,
                           String payerAccount, String bankReference, String endToEndId, String structuredRef,
                           String remittance, String rawText, MatchStatus status, String matchSource,
                           String foundReference, Long pledgeId, Long driveAmountMinor, String exchangeRate) {
    }

    /** A statement import and where it stands. */
    public record Import(long id, long driveId, String fileName, String sha256, String format, String status, int total,
                         int processed, int newEntries, String errors, Instant startedAt, Instant finishedAt,
                         String importedBy, String skipped) {
        /** What the file held that was not imported, and the bank's balance checks that did not reconcile. */
        public List<String> notes() {
            return skipped == null || skipped.isBlank() ? List.of() : List.of(skipped.split("\n"));
        }

        /** The format's name without its version ("CAMT_053"), or null before the file was read. */
        public String formatLabel() {
            return format == null || format.isBlank() || format.equals("?") ? null : format.split(" ", 2)[0];
        }

        public String formatVersion() {
            return format == null || !format.contains(" ") ? "" : format.split(" ", 2)[1];
        }

        public int percent() {
            return total <= 0 ? ("DONE".equals(status) ? 100 : 0) : Math.min(100, processed * 100 / total);
        }

        public boolean finished() {
            return !"QUEUED".equals(status) && !"RUNNING".equals(status);
        }
    }

    /** A closing balance stated by the bank. */
    public record Balance(String statementId, LocalDate fromDate, LocalDate toDate, Long openingMinor, long closingMinor,
                          LocalDate closingDate) {
    }

    private static final String SELECT = """
            SELECT id, drive_id, import_id, dedupe_key, file_line, booking_date, amount_minor, currency, direction, reversal,
              payer_name, payer_account, bank_reference, end_to_end_id, structured_ref, remittance, raw_text, match_status,
              match_source, found_reference, pledge_id, resolved_by, resolved_at, drive_amount_minor, exchange_rate
            FROM bank_entry\s""";

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate batch;

    public BankEntryRepository(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public Set<String> existingKeys(long driveId, List<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        java.util.HashSet<String> found = new java.util.HashSet<>();
        for (int from = 0; from < keys.size(); from += 500) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + 500));
            found.addAll(jdbc.sql("SELECT dedupe_key FROM bank_entry WHERE drive_id = :d AND dedupe_key IN (:k)")
                    .param("d", driveId).param("k", chunk).query(String.class).list());
        }
        return found;
    }

    public long insert(NewEntry e) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO bank_entry (drive_id, import_id, dedupe_key, file_line, booking_date, amount_minor, currency,
                          direction, reversal, payer_name, payer_account, bank_reference, end_to_end_id, structured_ref,
                          remittance, raw_text, match_status, match_source, found_reference, pledge_id, drive_amount_minor,
                          exchange_rate)
                        VALUES (:d, :i, :k, :l, :bd, :a, :c, :dir, :rev, :pn, :pa, :br, :e2e, :sr, :rem, :raw, :st, :src, :ref, :p,
                          :da, :rate)""")
                .param("d", e.driveId()).param("i", e.importId()).param("k", e.dedupeKey()).param("l", e.fileLine())
                .param("bd", Date.valueOf(e.bookingDate())).param("a", e.amount().minor()).param("c", e.amount().currency())
                .param("dir", e.direction()).param("rev", e.reversal()).param("pn", cut(e.payerName(), 200))
                .param("pa", cut(e.payerAccount(), 64)).param("br", cut(e.bankReference(), 100))
                .param("e2e", cut(e.endToEndId(), 100)).param("sr", cut(e.structuredRef(), 100))
                .param("rem", cut(e.remittance(), 2000)).param("raw", e.rawText()).param("st", e.status().name())
                .param("src", e.matchSource()).param("ref", cut(e.foundReference(), 40)).param("p", e.pledgeId())
                .param("da", e.driveAmountMinor()).param("rate", cut(e.exchangeRate(), 40))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /**
     * Inserts the entries as JDBC batches (one round trip per batch instead of one per entry; a statement of
     * 18,000 entries was 18,000 round trips) and returns their ids in the same order. Runs in the caller's
     * transaction: all or nothing with the rest of the import.
     */
    public long[] insertAll(List<NewEntry> all) {
        long[] ids = new long[all.size()];
        int at = 0;
        for (int from = 0; from < all.size(); from += BATCH) {
            List<NewEntry> chunk = all.subList(from, Math.min(all.size(), from + BATCH));
            org.springframework.jdbc.support.KeyHolder keys = new GeneratedKeyHolder();
            batch.batchUpdate(con -> con.prepareStatement("""
                            INSERT INTO bank_entry (drive_id, import_id, dedupe_key, file_line, booking_date, amount_minor,
                              currency, direction, reversal, payer_name, payer_account, bank_reference, end_to_end_id,
                              structured_ref, remittance, raw_text, match_status, match_source, found_reference, pledge_id,
                              drive_amount_minor, exchange_rate)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"}),
                    new org.springframework.jdbc.core.BatchPreparedStatementSetter() {
                        @Override
                        public void setValues(java.sql.PreparedStatement ps, int i) throws SQLException {
                            NewEntry e = chunk.get(i);
                            ps.setLong(1, e.driveId());
                            ps.setLong(2, e.importId());
                            ps.setString(3, e.dedupeKey());
                            ps.setInt(4, e.fileLine());
                            ps.setDate(5, Date.valueOf(e.bookingDate()));
                            ps.setLong(6, e.amount().minor());
                            ps.setString(7, e.amount().currency());
                            ps.setString(8, e.direction());
                            ps.setBoolean(9, e.reversal());
                            ps.setString(10, cut(e.payerName(), 200));
                            ps.setString(11, cut(e.payerAccount(), 64));
                            ps.setString(12, cut(e.bankReference(), 100));
                            ps.setString(13, cut(e.endToEndId(), 100));
                            ps.setString(14, cut(e.structuredRef(), 100));
                            ps.setString(15, cut(e.remittance(), 2000));
                            ps.setString(16, e.rawText());
                            ps.setString(17, e.status().name());
                            ps.setString(18, e.matchSource());
                            ps.setString(19, cut(e.foundReference(), 40));
                            setLong(ps, 20, e.pledgeId());
                            setLong(ps, 21, e.driveAmountMinor());
                            ps.setString(22, cut(e.exchangeRate(), 40));
                        }

                        @Override
                        public int getBatchSize() {
                            return chunk.size();
                        }
                    }, keys);
            List<java.util.Map<String, Object>> rows = keys.getKeyList();
            if (rows.size() != chunk.size()) {
                throw new IllegalStateException("the database returned " + rows.size() + " ids for " + chunk.size()
                        + " bank entries");
            }
            for (java.util.Map<String, Object> row : rows) {
                ids[at++] = ((Number) row.values().iterator().next()).longValue();
            }
        }
        return ids;
    }

    private static final int BATCH = 500;

    private static void setLong(java.sql.PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, java.sql.Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }

    public Optional<BankEntry> find(long id) {
        return jdbc.sql(SELECT + "WHERE id = :id").param("id", id).query(BankEntryRepository::entry).optional();
    }

    public List<BankEntry> ofDrive(long driveId, Set<MatchStatus> statuses, int limit) {
        return jdbc.sql(SELECT + "WHERE drive_id = :d AND match_status IN (:s) ORDER BY booking_date DESC, id DESC LIMIT :n")
                .param("d", driveId).param("s", statuses.stream().map(Enum::name).toList()).param("n", limit)
                .query(BankEntryRepository::entry).list();
    }

    /** One page of a drive's entries in the given states, newest first. */
    public List<BankEntry> ofDrive(long driveId, Set<MatchStatus> statuses, int limit, int offset) {
        return jdbc.sql(SELECT + "WHERE drive_id = :d AND match_status IN (:s) ORDER BY booking_date DESC, id DESC"
                        + " LIMIT :n OFFSET :o")
                .param("d", driveId).param("s", statuses.stream().map(Enum::name).toList()).param("n", limit)
                .param("o", offset).query(BankEntryRepository::entry).list();
    }

    /** How many of a drive's entries are in the given states (no limit). */
    public int countByStatuses(long driveId, Set<MatchStatus> statuses) {
        return jdbc.sql("SELECT COUNT(*) FROM bank_entry WHERE drive_id = :d AND match_status IN (:s)")
                .param("d", driveId).param("s", statuses.stream().map(Enum::name).toList()).query(Integer.class).single();
    }

    /** A pledge of the drive that no bank entry has been matched or assigned to yet. */
    public record OpenPledge(long id, String reference, long amountMinor, String donorName) {
    }

    /** The drive's pledges with no money linked to them yet. */
    public List<OpenPledge> openPledges(long driveId) {
        return jdbc.sql("""
                        SELECT p.id, p.reference, p.amount_minor, p.donor_name FROM pledge p
                        WHERE p.drive_id = :d AND NOT EXISTS (SELECT 1 FROM bank_entry e WHERE e.pledge_id = p.id)""")
                .param("d", driveId)
                .query((rs, i) -> new OpenPledge(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4))).list();
    }

    public List<BankEntry> ofPledge(long pledgeId) {
        return jdbc.sql(SELECT + "WHERE pledge_id = :p ORDER BY booking_date, id").param("p", pledgeId)
                .query(BankEntryRepository::entry).list();
    }

    public int countByStatus(long driveId, MatchStatus status) {
        return jdbc.sql("SELECT COUNT(*) FROM bank_entry WHERE drive_id = :d AND match_status = :s").param("d", driveId)
                .param("s", status.name()).query(Integer.class).single();
    }

    public void resolve(long id, MatchStatus status, Long pledgeId, String by) {
        jdbc.sql("UPDATE bank_entry SET match_status = :s, pledge_id = :p, resolved_by = :by, resolved_at = :at WHERE id = :id")
                .param("s", status.name()).param("p", pledgeId).param("by", by).param("at", Timestamp.from(Instant.now()))
                .param("id", id).update();
    }

    /** Money received per pledge (credits matched less refunds linked to it): pledge id, target line, amount, received. */
    public record PledgeReceipts(long pledgeId, int targetLine, long pledgedMinor, long receivedMinor) {
        /** Whether the pledge was for tires of a target line (else it is a plain amount). */
        public boolean forTargetLine() {
            return targetLine >= 0;
        }
    }

    public List<PledgeReceipts> receivedPerPledge(long driveId) {
        return jdbc.sql("""
                        SELECT p.id, COALESCE(p.target_line, -1), p.amount_minor,
                          SUM(CASE WHEN b.direction = 'CREDIT' THEN b.drive_amount_minor ELSE -b.drive_amount_minor END)
                        FROM pledge p JOIN bank_entry b ON b.pledge_id = p.id AND b.match_status IN ('MATCHED', 'REFUND')
                        WHERE p.drive_id = :d GROUP BY p.id, p.target_line, p.amount_minor""")
                .param("d", driveId)
                .query((rs, i) -> new PledgeReceipts(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getLong(4))).list();
    }

    /** A pledge with what was received against it: net of refunds, and whether any payment came in at all. */
    public record PledgeBalance(long pledgeId, long pledgedMinor, long netReceivedMinor, boolean anyPaymentIn) {
    }

    /** Every pledge of a drive with the money received against it (pledges without payments included). */
    public List<PledgeBalance> pledgeBalances(long driveId) {
        return jdbc.sql("""
                        SELECT p.id, p.amount_minor,
                          COALESCE(SUM(CASE WHEN b.direction = 'CREDIT' THEN b.drive_amount_minor ELSE -b.drive_amount_minor END), 0),
                          COUNT(CASE WHEN b.direction = 'CREDIT' THEN 1 END)
                        FROM pledge p LEFT JOIN bank_entry b ON b.pledge_id = p.id AND b.match_status IN ('MATCHED', 'REFUND')
                        WHERE p.drive_id = :d GROUP BY p.id, p.amount_minor ORDER BY p.id""")
                .param("d", driveId)
                .query((rs, i) -> new PledgeBalance(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4) > 0)).list();
    }

    /** How many donations arrived: credits matched to a pledge or accepted as general donations. */
    public int donationCount(long driveId) {
        return jdbc.sql("SELECT COUNT(*) FROM bank_entry WHERE drive_id = :d AND direction = 'CREDIT' "
                        + "AND match_status IN ('MATCHED', 'GENERAL')")
                .param("d", driveId).query(Integer.class).single();
    }

    /** Distinct donors: pledges with money received, plus general donations (each counted once). */
    public int donorCount(long driveId) {
        return jdbc.sql("""
                        SELECT (SELECT COUNT(DISTINCT pledge_id) FROM bank_entry WHERE drive_id = :d AND match_status = 'MATCHED'
                                  AND direction = 'CREDIT')
                             + (SELECT COUNT(*) FROM bank_entry WHERE drive_id = :d AND match_status = 'GENERAL' AND direction = 'CREDIT')""")
                .param("d", driveId).query(Integer.class).single();
    }

    /** Recent donations for the public page: date, amount, and the donor's first name if the donor agreed. */
    public record Donation(java.time.LocalDate bookingDate, long amountMinor, String donorNameIfShown) {
    }

    public List<Donation> recentDonations(long driveId, int limit) {
        return jdbc.sql("""
                        SELECT b.booking_date, b.drive_amount_minor, CASE WHEN p.show_name THEN p.donor_name ELSE NULL END
                        FROM bank_entry b LEFT JOIN pledge p ON p.id = b.pledge_id
                        WHERE b.drive_id = :d AND b.direction = 'CREDIT' AND b.match_status IN ('MATCHED', 'GENERAL')
                          AND b.drive_amount_minor IS NOT NULL
                        ORDER BY b.booking_date DESC, b.id DESC LIMIT :n""")
                .param("d", driveId).param("n", limit)
                .query((rs, i) -> new Donation(rs.getDate(1).toLocalDate(), rs.getLong(2), rs.getString(3))).list();
    }

    // --- imports ---

    public long insertImport(long driveId, String fileName, String sha256, String format, String by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO statement_import (drive_id, file_name, sha256, format, status, total, processed, new_entries,
                          started_at, heartbeat_at, imported_by)
                        VALUES (:d, :f, :h, :fmt, 'QUEUED', 0, 0, 0, :at, :at, :by)""")
                .param("d", driveId).param("f", cut(fileName, 300)).param("h", sha256).param("fmt", format)
                .param("at", Timestamp.from(Instant.now())).param("by", by).update(key, "id");
        return key.getKey().longValue();
    }

    public void importProgress(long id, String status, int total, int processed) {
        jdbc.sql("UPDATE statement_import SET status = :s, total = :t, processed = :p, heartbeat_at = :hb WHERE id = :id")
                .param("s", status).param("t", total).param("p", processed).param("hb", Timestamp.from(Instant.now()))
                .param("id", id).update();
    }

    /**
     * Imports still QUEUED or RUNNING whose last sign of life is older than {@code before}: the server
     * running them stopped (their data transaction was rolled back). Marked FAILED with a message; returns
     * how many.
     */
    public int failInterrupted(Instant before) {
        return jdbc.sql("""
                        UPDATE statement_import SET status = 'FAILED', finished_at = :now,
                          errors = 'the import was interrupted (the server stopped); nothing was stored; import the file again'
                        WHERE status IN ('QUEUED', 'RUNNING') AND COALESCE(heartbeat_at, started_at) < :before""")
                .param("now", Timestamp.from(Instant.now())).param("before", Timestamp.from(before)).update();
    }

    public void finishImport(long id, String status, int total, int newEntries, String format, String errors) {
        finishImport(id, status, total, newEntries, format, errors, null);
    }

    /** Ends an import; {@code skipped} lists, one per line, what the file held that was deliberately not imported. */
    public void finishImport(long id, String status, int total, int newEntries, String format, String errors, String skipped) {
        jdbc.sql("""
                        UPDATE statement_import SET status = :s, total = :t, processed = :t, new_entries = :n, format = :f,
                          errors = :e, skipped_text = :k, finished_at = :at WHERE id = :id""")
                .param("s", status).param("t", total).param("n", newEntries).param("f", format).param("e", cut(errors, 20000))
                .param("k", cut(skipped, 8000)).param("at", Timestamp.from(Instant.now())).param("id", id).update();
    }

    public Optional<Import> findImport(long id) {
        return jdbc.sql(SELECT_IMPORT + "WHERE id = :id").param("id", id).query(BankEntryRepository::imp).optional();
    }

    public List<Import> imports(long driveId, int limit) {
        return jdbc.sql(SELECT_IMPORT + "WHERE drive_id = :d ORDER BY id DESC LIMIT :n").param("d", driveId).param("n", limit)
                .query(BankEntryRepository::imp).list();
    }

    private static final String SELECT_IMPORT = "SELECT id, drive_id, file_name, sha256, format, status, total, processed, "
            + "new_entries, errors, started_at, finished_at, imported_by, skipped_text FROM statement_import ";

    private static Import imp(ResultSet rs, int n) throws SQLException {
        Timestamp fin = rs.getTimestamp(12);
        return new Import(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getString(10), rs.getTimestamp(11).toInstant(),
                fin == null ? null : fin.toInstant(), rs.getString(13), rs.getString(14));
    }

    // --- balances ---

    /** Stores a statement's closing balance once (the same statement imported again is ignored). */
    public boolean insertBalance(long driveId, long importId, Balance b) {
        int exists = jdbc.sql("SELECT COUNT(*) FROM statement_balance WHERE drive_id = :d AND statement_id = :s")
                .param("d", driveId).param("s", b.statementId()).query(Integer.class).single();
        if (exists > 0) {
            return false;
        }
        jdbc.sql("""
                        INSERT INTO statement_balance (drive_id, import_id, statement_id, from_date, to_date, opening_minor,
                          closing_minor, closing_date) VALUES (:d, :i, :s, :f, :t, :o, :c, :cd)""")
                .param("d", driveId).param("i", importId).param("s", cut(b.statementId(), 200))
                .param("f", b.fromDate() == null ? null : Date.valueOf(b.fromDate()))
                .param("t", b.toDate() == null ? null : Date.valueOf(b.toDate())).param("o", b.openingMinor())
                .param("c", b.closingMinor()).param("cd", Date.valueOf(b.closingDate())).update();
        return true;
    }

    public List<Balance> balances(long driveId) {
        return jdbc.sql("""
                        SELECT statement_id, from_date, to_date, opening_minor, closing_minor, closing_date
                        FROM statement_balance WHERE drive_id = :d ORDER BY closing_date, id""")
                .param("d", driveId)
                .query((rs, i) -> new Balance(rs.getString(1), date(rs, 2), date(rs, 3), rs.getObject(4, Long.class),
                        rs.getLong(5), rs.getDate(6).toLocalDate())).list();
    }

    private static LocalDate date(ResultSet rs, int col) throws SQLException {
        Date d = rs.getDate(col);
        return d == null ? null : d.toLocalDate();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static BankEntry entry(ResultSet rs, int n) throws SQLException {
        Timestamp at = rs.getTimestamp(23);
        return new BankEntry(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getInt(5),
                rs.getDate(6).toLocalDate(), Money.of(rs.getLong(7), rs.getString(8)), rs.getString(9), rs.getBoolean(10),
                rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16),
                rs.getString(17), MatchStatus.valueOf(rs.getString(18)), rs.getString(19), rs.getString(20),
                rs.getObject(21, Long.class), rs.getString(22), at == null ? null : at.toInstant(),
                rs.getObject(24, Long.class), rs.getString(25));
    }
}
