package org.localis.app.drive;

import org.localis.app.shared.Money;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.localis.app.audit.AuditLog;
import org.localis.app.audit.AuditSummary;



import org.localis.app.drive.DriveRepository.NewPledge;
import org.localis.drive.ReferenceMatcher;
import org.localis.payment.CreditorReference;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Pledges: a donor's intent, with a unique payment reference. A pledge is not money; it only tells
 * the donor how to pay and lets the bank statement find the payment again.
 */
@Service
public class PledgeService {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]{1,180}\\.[^@\\s]{2,}$");
    public static final long MAX_PLEDGE_MAJOR = 10_000_000;

    /** What a donor submits. Either an amount, or a target line and a number of tires. */
    public record PledgeForm(String amount, Integer targetLine, Integer tires, String name, String email, boolean showName) {
    }

    /** Problems with a pledge form, by field, as message keys with arguments. */
    public record Problem(String field, String messageKey) {
    }

    /** The outcome: a pledge, or the problems. */
    public record Result(Pledge pledge, List<Problem> problems) {
        public boolean ok() {
            return pledge != null;
        }
    }

    private final DriveRepository drives;
    private final PledgeIntake intake;
    private final SecureRandom random = new SecureRandom();

    public PledgeService(DriveRepository drives, PledgeIntake intake) {
        this.drives = drives;
        this.intake = intake;
    }

    /** Validates and stores a pledge; the pledge is committed when this returns it. */
    public Result pledge(Drive drive, PledgeForm form) {
        List<Problem> problems = new ArrayList<>();
        if (!drive.acceptsPledges()) {
            problems.add(new Problem("drive", "pledge.error.closed"));
            return new Result(null, problems);
        }
        Long amount = null;
        Integer line = null;
        Integer tires = null;
        if (form.targetLine() != null || form.tires() != null) {
            Optional<Target> target = drives.targets(drive.id()).stream()
                    .filter(t -> form.targetLine() != null && t.lineNo() == form.targetLine()).findFirst();
            if (target.isEmpty()) {
                problems.add(new Problem("targetLine", "pledge.error.size"));
            }
            if (form.tires() == null || form.tires() < 1 || form.tires() > 1000) {
                problems.add(new Problem("tires", "pledge.error.tires"));
            }
            if (problems.isEmpty()) {
                line = target.get().lineNo();
                tires = form.tires();
                amount = Math.multiplyExact(target.get().unitPriceMinor(), tires);
            }
        } else {
            Optional<Long> parsed = Money.parse(form.amount(), drive.currency());
            long max = MAX_PLEDGE_MAJOR * (long) Math.pow(10, Money.minorDigits(drive.currency()));
            if (parsed.isEmpty() || parsed.get() > max) {
                problems.add(new Problem("amount", "pledge.error.amount"));
            } else {
                amount = parsed.get();
            }
        }
        String name = blankToNull(form.name());
        String email = blankToNull(form.email());
        if (name != null && (name.length() > 80 || name.chars().anyMatch(Character::isISOControl))) {
            problems.add(new Problem("name", "pledge.error.name"));
        }
        if (email != null && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
            problems.add(new Problem("email", "pledge.error.email"));
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        // 12 random digits per reference: two pledges practically never draw the same one, and if they do
        // the unique key refuses the second and it simply draws again.
        BigDecimal money = new BigDecimal(Money.plain(amount, drive.currency()));
        AuditLog.Who actor = AuditLog.currentActor();
        Pledge p = null;
        for (int attempt = 1; p == null; attempt++) {
            String reference = CreditorReference.create(body());
            try {
                p = intake.store(new NewPledge(drive.id(), reference, amount, line, tires, name, email,
                        form.showName() && name != null),
                        AuditSummary.of("audit.summary.pledgeCreated", reference, drive.slug(), money, drive.currency()), actor);
            } catch (DuplicateKeyException clash) {
                if (attempt == 3) {
                    throw clash;
                }
            }
        }
        // The public numbers are not recomputed for every pledge (a busy drive would recompute them for
        // every visitor): pledges appear within the cache's few seconds; reconciled money evicts at once.
        return new Result(p, List.of());
    }

    /** Numbers of {@link ReferenceMatcher#BODY_LENGTH} digits: 10^12. */
    private static final long BODIES = (long) Math.pow(10, ReferenceMatcher.BODY_LENGTH);

    /**
     * A uniformly drawn body of {@link ReferenceMatcher#BODY_LENGTH} digits, leading zeros kept. One bounded draw
     * (two 32-bit draws of the SecureRandom) instead of one per digit: each draw of the SecureRandom takes its lock
     * and a SHA-1 round, which on the hot pledge path were twelve per pledge.
     */
    String body() {
        String digits = Long.toString(random.nextLong(BODIES));
        return "0".repeat(ReferenceMatcher.BODY_LENGTH - digits.length()) + digits;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
