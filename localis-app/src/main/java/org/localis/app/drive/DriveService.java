package org.localis.app.drive;

import org.localis.app.shared.InvalidFormException;
import org.localis.app.audit.AuditSummary;
import org.localis.app.shared.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.localis.app.shared.NotFoundException;
import org.localis.app.audit.AuditLog;




import org.localis.app.shared.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A drive's life as its organizer runs it: created as a draft with bank details that are checked by
 * building a payment QR, given a target table, published, updated, closed. Every change is audited.
 * An organizer sees and changes only its own organization's drives.
 */
@Service
public class DriveService {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{2,58}[a-z0-9]");

    /** The create form. */
    public record DriveForm(String slug, String title, String story, String currency, LocalDate deadline,
                            List<String> categories, Integer coveragePercent, BankDetails bank) {
    }


    private final DriveRepository drives;
    private final AuditLog audit;
    private final org.springframework.context.ApplicationEventPublisher events;

    public DriveService(DriveRepository drives, AuditLog audit, org.springframework.context.ApplicationEventPublisher events) {
        this.drives = drives;
        this.audit = audit;
        this.events = events;
    }

    /** The drive, if the user's organization runs it; otherwise "not found" (never "forbidden", which would leak it). */
    public Drive own(long id, Actor user) {
        return drives.find(id).filter(d -> user.organizationId() != null && d.organizationId() == user.organizationId())
                .orElseThrow(() -> new NotFoundException("no drive " + id));
    }

    @Transactional
    public Drive create(DriveForm f, Actor user) {
        List<FieldProblem> problems = new ArrayList<>();
        String slug = f.slug() == null ? "" : f.slug().strip().toLowerCase(Locale.ROOT);
        if (!SLUG.matcher(slug).matches()) {
            problems.add(new FieldProblem("slug", "drive.error.slug"));
        } else if (drives.slugTaken(slug)) {
            problems.add(new FieldProblem("slug", "drive.error.slugTaken"));
        }
        if (f.title() == null || f.title().isBlank() || f.title().length() > 200) {
            problems.add(new FieldProblem("title", "drive.error.title"));
        }
        if (f.story() == null || f.story().length() > 4000) {
            problems.add(new FieldProblem("story", "drive.error.story"));
        }
        if (f.deadline() == null || !f.deadline().isAfter(LocalDate.now())) {
            problems.add(new FieldProblem("deadline", "drive.error.deadline"));
        }
        int coverage = f.coveragePercent() == null ? 90 : f.coveragePercent();
        if (coverage < 50 || coverage > 100) {
            problems.add(new FieldProblem("coveragePercent", "drive.error.coverage"));
        }
        String currency = f.currency() == null ? "" : f.currency().strip().toUpperCase(Locale.ROOT);
        BankDetails bank = trimmed(f.bank());
        problems.addAll(BankDetailsCheck.problems(currency, bank));
        if (user.organizationId() == null) {
            problems.add(new FieldProblem("organization", "drive.error.organization"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFormException(problems);
        }
        List<String> categories = f.categories() == null ? List.of() : f.categories();
        long id = drives.insert(slug, f.title().strip(), f.story().strip(), user.organizationId(), currency, f.deadline(),
                categories, coverage, bank, user.username());
        audit.record("drive.created", "drive", id, AuditSummary.of("audit.summary.driveCreated", slug), null, slug);
        return drives.find(id).orElseThrow();
    }

    /**
     * Changes the bank details donors are shown (and their payment QR). Checked as on creation; audited with
     * the old and new account. Statements already imported stay; new ones must be for the new account.
     */
    @Transactional
    public Drive changeBankDetails(Drive d, BankDetails details) {
        BankDetails bank = trimmed(details);
        List<FieldProblem> problems = BankDetailsCheck.problems(d.currency(), bank);
        if (!problems.isEmpty()) {
            throw new InvalidFormException(problems);
        }
        drives.updateBankDetails(d.id(), bank);
        audit.record("drive.bank-details", "drive", d.id(), AuditSummary.of("audit.summary.driveBankDetails"), d.bank().account() + " / " + d.bank().bic(),
                bank.account() + " / " + bank.bic());
        events.publishEvent(new DriveEvents.DriveChanged(d.id(), "bank details"));
        return drives.find(d.id()).orElseThrow();
    }

    @Transactional
    public void setStatus(Drive d, DriveStatus status) {
        if (status == DriveStatus.OPEN && drives.targets(d.id()).isEmpty()) {
            throw new InvalidFormException(List.of(new FieldProblem("status", "drive.error.noTargets")));
        }
        drives.setStatus(d.id(), status);
        audit.record("drive.status", "drive", d.id(), AuditSummary.of("audit.summary.driveStatus", d.slug(), AuditSummary.code("drive.status." + status.name())), d.status().name(), status.name());
        events.publishEvent(new DriveEvents.DriveChanged(d.id(), "status"));
    }

    @Transactional
    public void postUpdate(Drive d, String body, Actor user) {
        if (body == null || body.isBlank() || body.length() > 2000) {
            throw new InvalidFormException(List.of(new FieldProblem("body", "drive.error.update")));
        }
        long id = drives.addUpdate(d.id(), user.displayName(), body.strip());
        audit.record("drive.update-posted", "drive", d.id(), AuditSummary.of("audit.summary.driveUpdatePosted", id), null, null);
    }

    /** Replaces the target table (only while the drive is a draft: donors pledge against it once it is open). */
    @Transactional
    public void replaceTargets(Drive d, List<Target> targets) {
        if (d.status() != DriveStatus.DRAFT) {
            throw new InvalidFormException(List.of(new FieldProblem("targets", "drive.error.targetsFrozen")));
        }
        List<FieldProblem> problems = new ArrayList<>();
        for (Target t : targets) {
            if (t.quantity() <= 0 || t.quantity() > 1_000_000) {
                problems.add(new FieldProblem("quantity." + t.lineNo(), "drive.error.quantity"));
            }
            if (t.unitPriceMinor() <= 0) {
                problems.add(new FieldProblem("price." + t.lineNo(), "drive.error.price"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFormException(problems);
        }
        String before = String.valueOf(drives.targets(d.id()).size());
        drives.replaceTargets(d.id(), targets);
        audit.record("drive.targets", "drive", d.id(), AuditSummary.of("audit.summary.driveTargets", targets.size(),
                targets.stream().mapToInt(Target::quantity).sum()), before, String.valueOf(targets.size()));
        events.publishEvent(new DriveEvents.DriveChanged(d.id(), "targets"));
    }

    private static BankDetails trimmed(BankDetails b) {
        if (b == null) {
            return new BankDetails("", "", "", "", null, null, null);
        }
        return new BankDetails(strip(b.payeeName()), compact(b.account()), strip(b.bankName()), compact(b.bic()),
                blankToNull(compact(b.correspAccount())), blankToNull(compact(b.inn())), blankToNull(compact(b.kpp())));
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private static String compact(String s) {
        return s == null ? "" : s.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
