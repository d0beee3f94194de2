package org.localis.app.ledger;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.localis.ledger.EntryKind;
import org.localis.ledger.JournalEntry;
import org.localis.ledger.LedgerAccount;
import org.localis.ledger.Posting;
import org.localis.ledger.TrialBalance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A drive's ledger as stored: append-only entries and their postings. {@link #post} must run inside
 * the transaction of the change that causes it (a bank entry, a review decision, an invoice), so the
 * cause and its postings commit together or not at all.
 */
@Repository
public class LedgerRepository {

    /** A stored entry with its postings, for the journal page. */
    public record StoredEntry(long id, EntryKind kind, String memo, LocalDate valueDate, String causeType, Long causeId,
                              Long reverses, Instant postedAt, String postedBy, List<Posting> postings) {
    }

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate batch;

    public LedgerRepository(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** One entry to {@link #postAll}: what {@link #post} takes for one entry. */
    public record Post(JournalEntry entry, LocalDate valueDate, String causeType, Long causeId) {
    }

    /**
     * {@link #post} for many entries at once, as JDBC batches (the statement import posts one entry per bank
     * line). Inside the caller's transaction, like {@link #post}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void postAll(long driveId, List<Post> posts, String by) {
        Timestamp at = Timestamp.from(Instant.now());
        for (int from = 0; from < posts.size(); from += 500) {
            List<Post> chunk = posts.subList(from, Math.min(posts.size(), from + 500));
            org.springframework.jdbc.support.KeyHolder keys = new GeneratedKeyHolder();
            batch.batchUpdate(con -> con.prepareStatement("""
                            INSERT INTO ledger_entry (drive_id, kind, memo, value_date, cause_type, cause_id, reverses,
                              posted_at, posted_by)
                            VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)""", new String[] {"id"}),
                    new org.springframework.jdbc.core.BatchPreparedStatementSetter() {
                        @Override
                        public void setValues(java.sql.PreparedStatement ps, int i) throws java.sql.SQLException {
                            Post p = chunk.get(i);
                            ps.setLong(1, driveId);
                            ps.setString(2, p.entry().kind().name());
                            ps.setString(3, truncate(p.entry().memo(), 500));
                            ps.setDate(4, Date.valueOf(p.valueDate()));
                            ps.setString(5, p.causeType());
                            if (p.causeId() == null) {
                                ps.setNull(6, java.sql.Types.BIGINT);
                            } else {
                                ps.setLong(6, p.causeId());
                            }
                            ps.setTimestamp(7, at);
                            ps.setString(8, by);
                        }

                        @Override
                        public int getBatchSize() {
                            return chunk.size();
                        }
                    }, keys);
            List<java.util.Map<String, Object>> rows = keys.getKeyList();
            if (rows.size() != chunk.size()) {
                throw new IllegalStateException("the database returned " + rows.size() + " ids for " + chunk.size()
                        + " ledger entries");
            }
            List<Object[]> postings = new java.util.ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                long id = ((Number) rows.get(i).values().iterator().next()).longValue();
                for (Posting p : chunk.get(i).entry().postings()) {
                    postings.add(new Object[] {id, driveId, p.account().name(), p.amountMinor()});
                }
            }
            batch.batchUpdate("INSERT INTO ledger_posting (entry_id, drive_id, account, amount_minor) VALUES (?, ?, ?, ?)",
                    postings);
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long post(long driveId, JournalEntry entry, LocalDate valueDate, String causeType, Long causeId, Long reverses,
                     String by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO ledger_entry (drive_id, kind, memo, value_date, cause_type, cause_id, reverses, posted_at, posted_by)
                        VALUES (:d, :k, :m, :v, :ct, :ci, :r, :at, :by)""")
                .param("d", driveId).param("k", entry.kind().name()).param("m", truncate(entry.memo(), 500))
                .param("v", Date.valueOf(valueDate)).param("ct", causeType).param("ci", causeId).param("r", reverses)
                .param("at", Timestamp.from(Instant.now())).param("by", by).update(key, "id");
        long id = key.getKey().longValue();
        for (Posting p : entry.postings()) {
            jdbc.sql("INSERT INTO ledger_posting (entry_id, drive_id, account, amount_minor) VALUES (:e, :d, :a, :m)")
                    .param("e", id).param("d", driveId).param("a", p.account().name()).param("m", p.amountMinor()).update();
        }
        return id;
    }

    /** The trial balance from the stored postings (not from memory), so it checks what the database holds. */
    public TrialBalance trialBalance(long driveId) {
        TrialBalance tb = new TrialBalance();
        jdbc.sql("SELECT account, SUM(amount_minor) FROM ledger_posting WHERE drive_id = :d GROUP BY account")
                .param("d", driveId)
                .query((rs, i) -> tb.add(LedgerAccount.valueOf(rs.getString(1)), rs.getLong(2))).list();
        return tb;
    }

    /** Balance of the bank account over entries whose value date is on or before {@code date}. */
    public long bankBalanceAt(long driveId, LocalDate date) {
        Long v = jdbc.sql("""
                        SELECT COALESCE(SUM(p.amount_minor), 0) FROM ledger_posting p JOIN ledger_entry e ON e.id = p.entry_id
                        WHERE p.drive_id = :d AND p.account = 'BANK' AND e.value_date <= :t""")
                .param("d", driveId).param("t", Date.valueOf(date)).query(Long.class).single();
        return v == null ? 0 : v;
    }

    /** The donations fund's balance at the end of a value date. */
    public record FundDay(LocalDate date, long balanceMinor) {
    }

    /**
     * The donations fund's balance day by day (each value date with a posting to the fund, cumulative): the money
     * the drive has received over time, for the organizer's chart.
     */
    public List<FundDay> fundByDay(long driveId) {
        List<FundDay> out = new java.util.ArrayList<>();
        long[] total = {0};
        jdbc.sql("""
                        SELECT e.value_date, SUM(p.amount_minor) FROM ledger_posting p JOIN ledger_entry e ON e.id = p.entry_id
                        WHERE p.drive_id = :d AND p.account = 'FUND' GROUP BY e.value_date ORDER BY e.value_date""")
                .param("d", driveId)
                .query((rs, i) -> {
                    total[0] -= rs.getLong(2); // the fund is credited: its postings are negative
                    return out.add(new FundDay(rs.getDate(1).toLocalDate(), total[0]));
                }).list();
        return out;
    }

    /** Entries whose postings do not sum to zero: always empty unless the database was tampered with. */
    public List<Long> unbalancedEntries(long driveId) {
        return jdbc.sql("""
                        SELECT e.id FROM ledger_entry e LEFT JOIN ledger_posting p ON p.entry_id = e.id
                        WHERE e.drive_id = :d GROUP BY e.id HAVING COALESCE(SUM(p.amount_minor), 0) <> 0 OR COUNT(p.id) < 2""")
                .param("d", driveId).query(Long.class).list();
    }

    public List<StoredEntry> journal(long driveId, int limit) {
        return withPostings(jdbc.sql("""
                        SELECT id, kind, memo, value_date, cause_type, cause_id, reverses, posted_at, posted_by
                        FROM ledger_entry WHERE drive_id = :d ORDER BY id DESC LIMIT :n""")
                .param("d", driveId).param("n", limit));
    }

    /** Entries caused by one thing (a bank entry, a review decision), newest first. */
    public List<StoredEntry> forCause(long driveId, String causeType, long causeId) {
        return withPostings(jdbc.sql("""
                        SELECT id, kind, memo, value_date, cause_type, cause_id, reverses, posted_at, posted_by
                        FROM ledger_entry WHERE drive_id = :d AND cause_type = :t AND cause_id = :c ORDER BY id DESC""")
                .param("d", driveId).param("t", causeType).param("c", causeId));
    }

    private List<StoredEntry> withPostings(JdbcClient.StatementSpec spec) {
        List<StoredEntry> entries = spec.query((rs, i) -> new StoredEntry(rs.getLong(1), EntryKind.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getDate(4).toLocalDate(), rs.getString(5), (Long) rs.getObject(6, Long.class),
                        (Long) rs.getObject(7, Long.class), rs.getTimestamp(8).toInstant(), rs.getString(9), List.of()))
                .list();
        return entries.stream().map(e -> new StoredEntry(e.id(), e.kind(), e.memo(), e.valueDate(), e.causeType(), e.causeId(),
                e.reverses(), e.postedAt(), e.postedBy(), postings(e.id()))).toList();
    }

    private List<Posting> postings(long entryId) {
        return jdbc.sql("SELECT account, amount_minor FROM ledger_posting WHERE entry_id = :e ORDER BY id")
                .param("e", entryId)
                .query((rs, i) -> new Posting(LedgerAccount.valueOf(rs.getString(1)), rs.getLong(2))).list();
    }

    public int count(long driveId) {
        return jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE drive_id = :d").param("d", driveId).query(Integer.class).single();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
