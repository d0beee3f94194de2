package org.localis.app.registry;

import java.sql.Timestamp;
import org.localis.app.audit.AuditSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.localis.app.audit.AuditLog;
import org.localis.app.shared.Actor;
import org.localis.assessment.Assessment;
import org.localis.scheme.Scheme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a certificate's end does to the products that cite it: when a certificate is revoked (at once) or expires
 * (checked daily), every valid certificate whose product's BOM cites it is re-assessed on that date under its own
 * scheme version, and a flag with the new score and whether the tier still holds is recorded for the manufacturer
 * and the assessors; audited. The certificate itself is not changed: the assessors decide.
 */
@Service
public class CertificateImpact {

    private static final Logger log = LoggerFactory.getLogger(CertificateImpact.class);
    /** The scheduled check and the re-assessment read every organization's rows, as an assessor would. */
    private static final Actor SYSTEM = new Actor(0, "system", "system", org.localis.app.shared.Role.ASSESSOR, null);

    private final CertificateRepository certificates;
    private final SubmissionRepository submissions;
    private final RegistryService registry;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    public CertificateImpact(CertificateRepository certificates, SubmissionRepository submissions, RegistryService registry,
                             AuditLog audit, JdbcClient jdbc, TransactionTemplate tx) {
        this.certificates = certificates;
        this.submissions = submissions;
        this.registry = registry;
        this.audit = audit;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** Re-assesses and flags every certified product citing {@code number}; runs in the caller's transaction. */
    @Transactional
    public List<CertificateFlag> ended(String number, CertificateFlag.Cause cause, LocalDate on) {
        List<CertificateFlag> out = new ArrayList<>();
        for (Certificate c : certificates.certificates(null, null)) {
            if (c.number().equals(number) || !"valid".equals(c.statusOn(on)) || !cites(c, number)) {
                continue;
            }
            Scheme scheme = registry.schemeOf(c.schemeId(), c.schemeVersion());
            Submission s = submissions.submission(c.submissionId(), SYSTEM).orElseThrow();
            Assessment a = registry.assess(s.versionId(), scheme, c.period(), on);
            String newTier = a.tier() == null ? null : a.tier().id();
            boolean holds = a.passed() && Objects.equals(newTier, c.tier());
            int inserted = jdbc.sql("""
                            INSERT INTO certificate_flag (certificate_id, cause_number, cause, on_date, old_score, new_score, unit,
                              old_tier, new_tier, passed, tier_holds, created_at)
                            SELECT :c, :n, :cause, :on, :old, :new, :unit, :ot, :nt, :passed, :holds, :at FROM (VALUES (1)) v(x)
                            WHERE NOT EXISTS (SELECT 1 FROM certificate_flag WHERE certificate_id = :c AND cause_number = :n
                              AND cause = :cause)""")
                    .param("c", c.id()).param("n", number).param("cause", cause.name()).param("on", on)
                    .param("old", c.score()).param("new", a.score()).param("unit", a.unit()).param("ot", c.tier())
                    .param("nt", newTier).param("passed", a.passed()).param("holds", holds)
                    .param("at", Timestamp.from(Instant.now())).update();
            if (inserted == 0) {
                continue;
            }
            audit.record("certificate-flagged", "certificate", c.number(), AuditSummary.of("audit.summary."
                    + (holds ? "certificateFlaggedHolds" : "certificateFlagged"), c.number(), c.productName(), number,
                    AuditSummary.code("audit.summary.cause." + cause.name()), on, a.score(),
                    AuditSummary.code("unit.", a.unit())), "score " + c.score().toPlainString() + ", tier " + c.tier(),
                    "score " + a.score().toPlainString() + ", tier " + newTier + ", passed " + a.passed());
            out.add(new CertificateFlag(0, c.number(), c.productName(), c.productId(), c.organizationId(), number, cause, on,
                    c.score(), a.score(), a.unit(), c.tier(), newTier, a.passed(), holds));
        }
        return out;
    }

    /** A revocation flags the products citing the certificate in the same transaction. */
    @org.springframework.context.event.EventListener
    public void on(RegistryService.CertificateEnded e) {
        ended(e.number(), e.cause(), e.on());
    }

    /** Daily: certificates that expired since the last check flag the products citing them. */
    @Scheduled(cron = "${localis.registry.expiry-check:0 15 2 * * *}")
    @SchedulerLock(name = "certificate-expiry", lockAtMostFor = "PT30M")
    public void checkExpiries() {
        LocalDate today = LocalDate.now();
        List<Certificate> expired = jdbc.sql("SELECT number FROM certificate WHERE valid_to < :today AND NOT expiry_checked "
                        + "AND revoked_at IS NULL").param("today", today).query(String.class).list().stream()
                .map(n -> certificates.certificate(n).orElseThrow()).toList();
        for (Certificate c : expired) {
            tx.executeWithoutResult(t -> {
                ended(c.number(), CertificateFlag.Cause.EXPIRED, c.validTo().plusDays(1));
                jdbc.sql("UPDATE certificate SET expiry_checked = TRUE WHERE id = :id").param("id", c.id()).update();
            });
            log.info("certificate {} expired on {}: products citing it re-assessed", c.number(), c.validTo());
        }
    }

    /** Flags of one product (its manufacturer and the assessors read them), newest first. */
    public List<CertificateFlag> ofProduct(long productId) {
        return jdbc.sql(SELECT + "WHERE c.product_id = :p ORDER BY f.id DESC").param("p", productId)
                .query(CertificateImpact::flag).list();
    }

    /** Every flag whose tier does not hold, newest first: the assessors' list. */
    public List<CertificateFlag> open(int limit) {
        return jdbc.sql(SELECT + "WHERE NOT f.tier_holds AND c.revoked_at IS NULL ORDER BY f.id DESC FETCH FIRST "
                + Math.max(1, Math.min(limit, 500)) + " ROWS ONLY").query(CertificateImpact::flag).list();
    }

    private static final String SELECT = """
            SELECT f.id, c.number, p.name, p.id, c.organization_id, f.cause_number, f.cause, f.on_date, f.old_score,
                   f.new_score, f.unit, f.old_tier, f.new_tier, f.passed, f.tier_holds
            FROM certificate_flag f JOIN certificate c ON c.id = f.certificate_id JOIN product p ON p.id = c.product_id
            """;

    private static CertificateFlag flag(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new CertificateFlag(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
                rs.getString(6), CertificateFlag.Cause.valueOf(rs.getString(7)), rs.getDate(8).toLocalDate(),
                rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getString(11), rs.getString(12), rs.getString(13),
                rs.getBoolean(14), rs.getBoolean(15));
    }

    /** Whether the BOM of the certificate's version cites the number on any line. */
    private boolean cites(Certificate c, String number) {
        long version = submissions.submission(c.submissionId(), SYSTEM).orElseThrow().versionId();
        return registry.product(version).bom().lines().stream().anyMatch(l -> number.equals(l.certificate()));
    }
}
