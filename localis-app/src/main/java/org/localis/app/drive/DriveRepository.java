package org.localis.app.drive;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;







import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Drives, their target tables, organizer updates and pledges. */
@Repository
public class DriveRepository {

    private static final String SELECT_DRIVE = """
            SELECT d.id, d.slug, d.title, d.story, d.organization_id, o.name, d.currency, d.deadline, d.status, d.categories,
              d.coverage_percent, d.payee_name, d.payee_account, d.bank_name, d.bank_bic, d.corresp_account, d.payee_inn,
              d.payee_kpp, d.created_at, d.created_by
            FROM drive d JOIN organization o ON o.id = d.organization_id\s""";

    static final long SLUG_CACHE_MILLIS = 2_000;

    private record CachedDrive(Drive drive, long until) {
    }

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate batch;
    private final java.util.Map<String, CachedDrive> bySlug = new java.util.concurrent.ConcurrentHashMap<>();

    public DriveRepository(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public long insert(String slug, String title, String story, long orgId, String currency, java.time.LocalDate deadline,
                       List<String> categories, int coveragePercent, BankDetails bank, String by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO drive (slug, title, story, organization_id, currency, deadline, status, categories,
                          coverage_percent, payee_name, payee_account, bank_name, bank_bic, corresp_account, payee_inn,
                          payee_kpp, created_at, created_by)
                        VALUES (:slug, :title, :story, :org, :cur, :deadline, 'DRAFT', :cats, :cov, :pn, :pa, :bn, :bic, :ca,
                          :inn, :kpp, :at, :by)""")
                .param("slug", slug).param("title", title).param("story", story).param("org", orgId).param("cur", currency)
                .param("deadline", Date.valueOf(deadline)).param("cats", String.join(",", categories))
                .param("cov", coveragePercent).param("pn", bank.payeeName()).param("pa", bank.account())
                .param("bn", bank.bankName()).param("bic", bank.bic()).param("ca", bank.correspAccount())
                .param("inn", bank.inn()).param("kpp", bank.kpp()).param("at", Timestamp.from(Instant.now()))
                .param("by", by).update(key, "id");
        return key.getKey().longValue();
    }

    public Optional<Drive> find(long id) {
        return jdbc.sql(SELECT_DRIVE + "WHERE d.id = :id").param("id", id).query(DriveRepository::drive).optional();
    }

    public Optional<Drive> findBySlug(String slug) {
        return jdbc.sql(SELECT_DRIVE + "WHERE d.slug = :s").param("s", slug).query(DriveRepository::drive).optional();
    }

    /**
     * The drive by slug, from a cache of at most {@link #SLUG_CACHE_MILLIS} for the hot public write path
     * (pledges: thousands a second must not each read the drive). Changes made here evict it at once; a
     * status change made on another instance is seen within that time. Only existing drives are cached.
     */
    public Optional<Drive> findBySlugCached(String slug) {
        long now = System.currentTimeMillis();
        CachedDrive c = bySlug.get(slug);
        if (c != null && c.until() > now) {
            return Optional.of(c.drive());
        }
        Optional<Drive> d = findBySlug(slug);
        d.ifPresent(x -> bySlug.put(slug, new CachedDrive(x, now + SLUG_CACHE_MILLIS)));
        return d;
    }

    public boolean slugTaken(String slug) {
        return jdbc.sql("SELECT COUNT(*) FROM drive WHERE slug = :s").param("s", slug).query(Integer.class).single() > 0;
    }

    /** Published drives (open or closed), newest deadline first. */
    public List<Drive> published() {
        return jdbc.sql(SELECT_DRIVE + "WHERE d.status <> 'DRAFT' ORDER BY d.status DESC, d.deadline, d.id")
                .query(DriveRepository::drive).list();
    }

    public List<Drive> ofOrganization(long orgId) {
        return jdbc.sql(SELECT_DRIVE + "WHERE d.organization_id = :o ORDER BY d.id DESC").param("o", orgId)
                .query(DriveRepository::drive).list();
    }

    public List<Drive> all() {
        return jdbc.sql(SELECT_DRIVE + "ORDER BY d.id DESC").query(DriveRepository::drive).list();
    }

    public void updateBankDetails(long driveId, BankDetails bank) {
        jdbc.sql("""
                        UPDATE drive SET payee_name = :pn, payee_account = :pa, bank_name = :bn, bank_bic = :bic,
                          corresp_account = :ca, payee_inn = :inn, payee_kpp = :kpp WHERE id = :id""")
                .param("pn", bank.payeeName()).param("pa", bank.account()).param("bn", bank.bankName()).param("bic", bank.bic())
                .param("ca", bank.correspAccount()).param("inn", bank.inn()).param("kpp", bank.kpp()).param("id", driveId)
                .update();
        bySlug.clear();
    }

    public void setStatus(long id, DriveStatus status) {
        bySlug.clear();
        jdbc.sql("UPDATE drive SET status = :s WHERE id = :id").param("s", status.name()).param("id", id).update();
    }

    /**
     * Locks the drive's row until the transaction ends: imports, reviews and procurement steps of one drive
     * run one at a time. On PostgreSQL the lock is FOR NO KEY UPDATE: it excludes the other lockers but not
     * the KEY SHARE lock that inserting a row referencing the drive takes, so pledges keep being stored while
     * a long import runs (FOR UPDATE would hold every pledge of every drive behind the single pledge writer).
     * H2 knows only FOR UPDATE, and its foreign-key checks take no lock on the referenced row.
     */
    public void lock(long id) {
        jdbc.sql("SELECT id FROM drive WHERE id = :id " + lockClause()).param("id", id).query(Long.class).single();
    }

    private volatile String lockClause;

    private String lockClause() {
        String c = lockClause;
        if (c == null) {
            String product = batch.execute((org.springframework.jdbc.core.ConnectionCallback<String>) con ->
                    con.getMetaData().getDatabaseProductName());
            c = "PostgreSQL".equals(product) ? "FOR NO KEY UPDATE" : "FOR UPDATE";
            lockClause = c;
        }
        return c;
    }

    public List<Target> targets(long driveId) {
        return jdbc.sql("""
                        SELECT line_no, size_key, designation, season, quantity, unit_price_minor, vehicles
                        FROM drive_target WHERE drive_id = :d ORDER BY line_no""")
                .param("d", driveId)
                .query((rs, i) -> new Target(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getLong(6), rs.getInt(7))).list();
    }

    public void replaceTargets(long driveId, List<Target> targets) {
        jdbc.sql("DELETE FROM drive_target WHERE drive_id = :d").param("d", driveId).update();
        for (Target t : targets) {
            jdbc.sql("""
                            INSERT INTO drive_target (drive_id, line_no, size_key, designation, season, quantity, unit_price_minor, vehicles)
                            VALUES (:d, :n, :k, :des, :s, :q, :p, :v)""")
                    .param("d", driveId).param("n", t.lineNo()).param("k", t.sizeKey()).param("des", t.designation())
                    .param("s", t.season()).param("q", t.quantity()).param("p", t.unitPriceMinor()).param("v", t.vehicles())
                    .update();
        }
    }

    public long addUpdate(long driveId, String author, String body) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO drive_update (drive_id, posted_at, author, body) VALUES (:d, :at, :a, :b)")
                .param("d", driveId).param("at", Timestamp.from(Instant.now())).param("a", author).param("b", body)
                .update(key, "id");
        return key.getKey().longValue();
    }

    public List<DriveUpdate> updates(long driveId) {
        return jdbc.sql("SELECT id, posted_at, author, body FROM drive_update WHERE drive_id = :d ORDER BY id DESC")
                .param("d", driveId)
                .query((rs, i) -> new DriveUpdate(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** Inserts a pledge and returns it as stored (no second read: the row is exactly these values). */
    public Pledge insertPledge(long driveId, String reference, long amountMinor, Integer targetLine, Integer tires,
                               String donorName, String donorEmail, boolean showName) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        // microsecond precision, as both databases store it, so the returned value equals a later read
        Instant at = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        jdbc.sql("""
                        INSERT INTO pledge (drive_id, reference, amount_minor, target_line, tires, donor_name, donor_email,
                          show_name, created_at)
                        VALUES (:d, :r, :a, :t, :n, :name, :email, :show, :at)""")
                .param("d", driveId).param("r", reference).param("a", amountMinor).param("t", targetLine).param("n", tires)
                .param("name", donorName).param("email", donorEmail).param("show", showName)
                .param("at", Timestamp.from(at)).update(key, "id");
        return new Pledge(key.getKey().longValue(), driveId, reference, amountMinor, targetLine, tires, donorName, donorEmail,
                showName, at);
    }

    /** A pledge to be stored. */
    public record NewPledge(long driveId, String reference, long amountMinor, Integer targetLine, Integer tires,
                            String donorName, String donorEmail, boolean showName) {
    }

    /** At most this many pledges in one INSERT statement (a power of two: see {@link #insertPledges}). */
    static final int MAX_ROWS_PER_INSERT = 128;
    private static final String[] INSERT_PLEDGES = new String[Integer.numberOfTrailingZeros(MAX_ROWS_PER_INSERT) + 1];

    static {
        for (int k = 0; k < INSERT_PLEDGES.length; k++) {
            INSERT_PLEDGES[k] = "INSERT INTO pledge (drive_id, reference, amount_minor, target_line, tires, donor_name, donor_email, "
                    + "show_name, created_at) VALUES " + String.join(", ", java.util.Collections.nCopies(1 << k, "(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        }
    }

    /**
     * Inserts pledges and returns them as stored, in order: as multi-row INSERTs of 128, 64, ..., 2 and 1 rows (a
     * batch of 23 is four statements of 16, 4, 2 and 1 rows), so the database plans a handful of statements, each
     * prepared once per connection, and runs one per group of rows. (A JDBC batch that asks for generated keys is
     * not rewritten into a multi-row INSERT by the PostgreSQL driver: it ran one INSERT per pledge.) A clash of
     * references fails the whole batch (the caller retries one by one).
     */
    public List<Pledge> insertPledges(List<NewPledge> pledges) {
        Instant at = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        Timestamp ts = Timestamp.from(at);
        List<java.util.Map<String, Object>> keyRows = new java.util.ArrayList<>(pledges.size());
        for (int from = 0; from < pledges.size(); ) {
            int rows = Math.min(Integer.highestOneBit(pledges.size() - from), MAX_ROWS_PER_INSERT);
            List<NewPledge> group = pledges.subList(from, from + rows);
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            batch.update(con -> {
                java.sql.PreparedStatement ps = con.prepareStatement(INSERT_PLEDGES[Integer.numberOfTrailingZeros(rows)],
                        new String[] {"id", "reference"});
                int i = 0;
                for (NewPledge p : group) {
                    ps.setLong(++i, p.driveId());
                    ps.setString(++i, p.reference());
                    ps.setLong(++i, p.amountMinor());
                    ps.setObject(++i, p.targetLine(), java.sql.Types.INTEGER);
                    ps.setObject(++i, p.tires(), java.sql.Types.INTEGER);
                    ps.setString(++i, p.donorName());
                    ps.setString(++i, p.donorEmail());
                    ps.setBoolean(++i, p.showName());
                    ps.setTimestamp(++i, ts);
                }
                return ps;
            }, keys);
            keyRows.addAll(keys.getKeyList());
            from += rows;
        }
        // matched by reference, not by position: nothing in SQL promises RETURNING rows in VALUES order
        java.util.Map<String, Long> idOf = new java.util.HashMap<>();
        for (java.util.Map<String, Object> row : keyRows) { // case-insensitive maps (ColumnMapRowMapper)
            idOf.put((String) row.get("reference"), ((Number) row.get("id")).longValue());
        }
        if (idOf.size() != pledges.size()) {
            throw new IllegalStateException("the database returned " + idOf.size() + " keys for " + pledges.size() + " pledges");
        }
        List<Pledge> out = new java.util.ArrayList<>(pledges.size());
        for (int i = 0; i < pledges.size(); i++) {
            NewPledge p = pledges.get(i);
            Long id = idOf.get(p.reference());
            if (id == null) {
                throw new IllegalStateException("the database returned no key for pledge " + p.reference());
            }
            out.add(new Pledge(id, p.driveId(), p.reference(), p.amountMinor(), p.targetLine(), p.tires(), p.donorName(),
                    p.donorEmail(), p.showName(), at));
        }
        return out;
    }

    private static final String SELECT_PLEDGE = "SELECT id, drive_id, reference, amount_minor, target_line, tires, donor_name, "
            + "donor_email, show_name, created_at FROM pledge ";

    public Optional<Pledge> pledgeByReference(String reference) {
        return jdbc.sql(SELECT_PLEDGE + "WHERE reference = :r").param("r", reference).query(DriveRepository::pledge).optional();
    }

    /** The drive's pledges with these references, by reference (one query per thousand references). */
    public java.util.Map<String, Pledge> pledgesByReferences(long driveId, java.util.Collection<String> references) {
        java.util.Map<String, Pledge> out = new java.util.HashMap<>();
        List<String> all = List.copyOf(new java.util.TreeSet<>(references));
        for (int from = 0; from < all.size(); from += 1000) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 1000));
            jdbc.sql(SELECT_PLEDGE + "WHERE drive_id = :d AND reference IN (:r)").param("d", driveId).param("r", chunk)
                    .query(DriveRepository::pledge).list().forEach(pl -> out.put(pl.reference(), pl));
        }
        return out;
    }

    public Optional<Pledge> pledge(long id) {
        return jdbc.sql(SELECT_PLEDGE + "WHERE id = :id").param("id", id).query(DriveRepository::pledge).optional();
    }

    public List<Pledge> pledges(long driveId, int limit) {
        return jdbc.sql(SELECT_PLEDGE + "WHERE drive_id = :d ORDER BY id DESC LIMIT :n").param("d", driveId).param("n", limit)
                .query(DriveRepository::pledge).list();
    }

    /** How many pledges a drive has and what they promise in total (minor units). */
    public record PledgeTotals(long count, long amountMinor) {
    }

    /** Count and total of pledges: promised money, shown apart from money received. */
    public PledgeTotals pledgeTotals(long driveId) {
        return jdbc.sql("SELECT COUNT(*), COALESCE(SUM(amount_minor), 0) FROM pledge WHERE drive_id = :d").param("d", driveId)
                .query((rs, i) -> new PledgeTotals(rs.getLong(1), rs.getLong(2))).single();
    }

    private static Pledge pledge(ResultSet rs, int n) throws SQLException {
        return new Pledge(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getObject(5, Integer.class),
                rs.getObject(6, Integer.class), rs.getString(7), rs.getString(8), rs.getBoolean(9),
                rs.getTimestamp(10).toInstant());
    }

    private static Drive drive(ResultSet rs, int n) throws SQLException {
        String cats = rs.getString(10);
        return new Drive(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6),
                rs.getString(7), rs.getDate(8).toLocalDate(), DriveStatus.valueOf(rs.getString(9)),
                cats.isBlank() ? List.of() : Arrays.asList(cats.split(",")), rs.getInt(11),
                new BankDetails(rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16),
                        rs.getString(17), rs.getString(18)),
                rs.getTimestamp(19).toInstant(), rs.getString(20));
    }
}
