package org.localis.app.bank;

import java.util.List;
import org.localis.app.audit.AuditSummary;
import java.util.Locale;
import java.util.Map;

import org.localis.app.shared.NotFoundException;
import org.localis.app.audit.AuditLog;
import org.localis.app.drive.Pledge;
import org.localis.app.drive.DriveRepository;
import org.localis.app.ledger.LedgerRepository;
import org.localis.app.ledger.LedgerRepository.StoredEntry;
import org.localis.ledger.EntryKind;
import org.localis.ledger.JournalEntry;
import org.localis.ledger.LedgerAccount;
import org.localis.payment.CreditorReference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organizer's review queue: bank credits that matched no pledge, and debits nobody has explained.
 * Each decision moves the money out of suspense with a balanced ledger entry in the same transaction,
 * and can be undone by a reversing entry (never by editing the ledger).
 */
@Service
public class ReviewService {

    /** What an organizer can say of an outgoing payment. */
    public enum DebitKind {
        FEE(MatchStatus.FEE, EntryKind.FEE, LedgerAccount.FEES),
        REFUND(MatchStatus.REFUND, EntryKind.REFUND, LedgerAccount.REFUNDS),
        PURCHASE(MatchStatus.PURCHASE, EntryKind.SUPPLIER_PAYMENT, LedgerAccount.PAYABLES);

        final MatchStatus status;
        final EntryKind kind;
        final LedgerAccount account;

        DebitKind(MatchStatus status, EntryKind kind, LedgerAccount account) {
            this.status = status;
            this.kind = kind;
            this.account = account;
        }
    }

    /** A decision that cannot be taken, with a message key for the page. */
    public static class ReviewException extends RuntimeException {
        public ReviewException(String messageKey) {
            super(messageKey);
        }
    }

    static final String CAUSE = "bank_entry_review";

    private final BankEntryRepository entries;
    private final DriveRepository drives;
    private final LedgerRepository ledger;
    private final AuditLog audit;
    private final org.springframework.context.ApplicationEventPublisher events;

    public ReviewService(BankEntryRepository entries, DriveRepository drives, LedgerRepository ledger, AuditLog audit,
                         org.springframework.context.ApplicationEventPublisher events) {
        this.entries = entries;
        this.drives = drives;
        this.ledger = ledger;
        this.audit = audit;
        this.events = events;
    }

    /** Assigns an unmatched credit to the pledge with this reference (typed by the organizer). */
    @Transactional
    public void assign(long driveId, long entryId, String reference, String by) {
        BankEntry e = lockedEntry(driveId, entryId);
        if (e.status() != MatchStatus.REVIEW) {
            throw new ReviewException("queue.error.notPending");
        }
        String ref = CreditorReference.normalize(reference == null ? "" : reference);
        if (!CreditorReference.isValid(ref)) {
            throw new ReviewException("queue.error.badReference");
        }
        Pledge p = drives.pledgeByReference(ref).filter(x -> x.driveId() == driveId)
                .orElseThrow(() -> new ReviewException("queue.error.noPledge"));
        JournalEntry j = JournalEntry.transfer(EntryKind.DONATION_ASSIGNED, "assigned to " + ref, LedgerAccount.SUSPENSE,
                LedgerAccount.FUND, countable(e));
        ledger.post(driveId, j, e.bookingDate(), CAUSE, entryId, null, by);
        entries.resolve(entryId, MatchStatus.MATCHED, p.id(), by);
        audit.record("bank-entry.assigned", "bank_entry", entryId, AuditSummary.of("audit.summary.entryAssigned", e.amount(), ref),
                MatchStatus.REVIEW.name(), MatchStatus.MATCHED.name());
        events.publishEvent(new BankEvents.ReviewDecided(driveId, entryId, "assign"));
    }

    /** The suggestions for every unmatched credit of the drive (all pages), by entry id. */
    public Map<Long, ReviewSuggestions.Suggestion> suggestions(long driveId) {
        return ReviewSuggestions.suggest(entries.ofDrive(driveId, java.util.Set.of(MatchStatus.REVIEW), Integer.MAX_VALUE, 0),
                entries.openPledges(driveId));
    }

    /** The suggestions for the given entries (one page of the queue), by entry id. */
    Map<Long, ReviewSuggestions.Suggestion> suggestions(long driveId, List<BankEntry> page) {
        return ReviewSuggestions.suggest(page, entries.openPledges(driveId));
    }

    /** What "accept all suggested" did. */
    public record BulkResult(int accepted, int skipped) {
    }

    /**
     * Accepts suggestions shown in a preview: each {@code entryId → reference} is assigned as by
     * {@link #assign}, in one transaction, each audited on its own (with the suggestion's reason), and an entry
     * decided meanwhile, or whose reference no longer fits, is skipped (counted, not failed).
     */
    @Transactional
    public BulkResult acceptSuggested(long driveId, Map<Long, String> accepted, String by) {
        drives.lock(driveId);
        Map<Long, ReviewSuggestions.Suggestion> now = suggestions(driveId);
        int done = 0;
        int skipped = 0;
        for (Map.Entry<Long, String> a : accepted.entrySet()) {
            ReviewSuggestions.Suggestion s = now.get(a.getKey());
            if (s == null || !s.reference().equals(a.getValue())) {
                skipped++;
                continue;
            }
            try {
                assign(driveId, a.getKey(), s.reference(), by);
                audit.record("bank-entry.suggestion-accepted", "bank_entry", a.getKey(), AuditSummary.of("audit.summary.suggestionAccepted", s.reference(),
                        AuditSummary.code("audit.summary.reason." + s.reason().name())),
                        null, null);
                done++;
            } catch (ReviewException x) {
                skipped++;
            }
        }
        audit.record("bank-entry.bulk-accept", "drive", driveId, AuditSummary.of("audit.summary.bulkAccept", done, skipped), null, null);
        return new BulkResult(done, skipped);
    }

    /** Accepts an unmatched credit as a general donation to the drive. */
    @Transactional
    public void markGeneral(long driveId, long entryId, String by) {
        BankEntry e = lockedEntry(driveId, entryId);
        if (e.status() != MatchStatus.REVIEW) {
            throw new ReviewException("queue.error.notPending");
        }
        JournalEntry j = JournalEntry.transfer(EntryKind.DONATION_ASSIGNED, "general donation", LedgerAccount.SUSPENSE,
                LedgerAccount.FUND, countable(e));
        ledger.post(driveId, j, e.bookingDate(), CAUSE, entryId, null, by);
        entries.resolve(entryId, MatchStatus.GENERAL, null, by);
        audit.record("bank-entry.general", "bank_entry", entryId, AuditSummary.of("audit.summary.entryGeneral", e.amount()),
                MatchStatus.REVIEW.name(), MatchStatus.GENERAL.name());
        events.publishEvent(new BankEvents.ReviewDecided(driveId, entryId, "markGeneral"));
    }

    /** Says what an outgoing payment was: a bank fee, a refund to a donor, or a purchase. */
    @Transactional
    public void classifyDebit(long driveId, long entryId, DebitKind kind, String by) {
        BankEntry e = lockedEntry(driveId, entryId);
        if (e.status() != MatchStatus.OUTGOING) {
            throw new ReviewException("queue.error.notPending");
        }
        JournalEntry j = JournalEntry.transfer(kind.kind, kind.name().toLowerCase(Locale.ROOT), kind.account,
                LedgerAccount.SUSPENSE, countable(e));
        ledger.post(driveId, j, e.bookingDate(), CAUSE, entryId, null, by);
        entries.resolve(entryId, kind.status, null, by);
        audit.record("bank-entry.classified", "bank_entry", entryId, AuditSummary.of("audit.summary.entryClassified", e.amount(), AuditSummary.code("entry.status." + kind.status.name())),
                MatchStatus.OUTGOING.name(), kind.status.name());
        events.publishEvent(new BankEvents.ReviewDecided(driveId, entryId, "classifyDebit"));
    }

    /**
     * Undoes an organizer's decision: reverses its ledger entry exactly and puts the bank entry back in
     * the queue. Matches made automatically from the statement are not undone here (they are facts of
     * the statement, corrected by a later refund).
     */
    @Transactional
    public void reopen(long driveId, long entryId, String by) {
        BankEntry e = lockedEntry(driveId, entryId);
        List<StoredEntry> decisions = ledger.forCause(driveId, CAUSE, entryId);
        StoredEntry last = decisions.stream().filter(s -> s.kind() != EntryKind.REVERSAL)
                .filter(s -> decisions.stream().noneMatch(r -> Long.valueOf(s.id()).equals(r.reverses())))
                .findFirst().orElseThrow(() -> new ReviewException("queue.error.nothingToUndo"));
        JournalEntry original = new JournalEntry(last.kind(), last.memo(), last.postings());
        ledger.post(driveId, original.reversal("undo: " + last.memo()), e.bookingDate(), CAUSE, entryId, last.id(), by);
        MatchStatus back = e.credit() ? MatchStatus.REVIEW : MatchStatus.OUTGOING;
        entries.resolve(entryId, back, null, by);
        audit.record("bank-entry.reopened", "bank_entry", entryId, AuditSummary.of("audit.summary.entryReopened"),
                e.status().name(), back.name());
        events.publishEvent(new BankEvents.ReviewDecided(driveId, entryId, "reopen"));
    }

    /**
     * The entry's value in the drive's currency, which is what a decision moves; an entry in another currency
     * whose statement states no counter-value cannot be counted at all (it is returned to the payer instead).
     */
    private static long countable(BankEntry e) {
        if (!e.countable()) {
            throw new ReviewException("queue.error.foreignCurrency");
        }
        return e.driveAmountMinor();
    }

    private BankEntry lockedEntry(long driveId, long entryId) {
        drives.lock(driveId);
        BankEntry e = entries.find(entryId).filter(x -> x.driveId() == driveId)
                .orElseThrow(() -> new NotFoundException("no such bank entry"));
        return e;
    }
}
