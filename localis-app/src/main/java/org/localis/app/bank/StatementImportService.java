package org.localis.app.bank;

import java.util.ArrayList;
import org.localis.app.audit.AuditSummary;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import org.localis.app.audit.AuditLog;
import org.localis.app.bank.BankEntryRepository.Balance;
import org.localis.app.bank.BankEntryRepository.Import;
import org.localis.app.bank.BankEntryRepository.NewEntry;
import org.localis.app.drive.Drive;
import org.localis.app.drive.Pledge;
import org.localis.app.drive.DriveRepository;
import org.localis.app.ledger.LedgerRepository;
import org.localis.app.shared.Money;
import org.localis.app.shared.Checksums;
import org.localis.drive.PaymentMatch;
import org.localis.drive.ReferenceMatcher;
import org.localis.input.InputError;
import org.localis.input.InvalidInputException;
import org.localis.ledger.EntryKind;
import org.localis.ledger.JournalEntry;
import org.localis.ledger.LedgerAccount;
import org.localis.statement.AccountSelection;
import org.localis.statement.BalanceCheck;
import org.localis.statement.BankStatement;
import org.localis.statement.Direction;
import org.localis.statement.EntryStatus;
import org.localis.statement.StatementEntry;
import org.localis.statement.StatementFile;
import org.localis.statement.StatementFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a bank statement (camt.053 or 1CClientBankExchange) into a drive: all or nothing, and
 * idempotent. The file is read and checked whole first (any malformed entry rejects it, with every
 * error's line); then, in ONE transaction holding the drive's row lock, every booked entry not seen
 * before (by the bank's dedupe key) is stored with its raw text, matched to a pledge by its reference,
 * and posted to the ledger. Importing the same or an overlapping statement again adds nothing.
 * Progress is written in separate short transactions so a page can show a bar while the work runs.
 */
@Service
public class StatementImportService {

    private static final Logger log = LoggerFactory.getLogger(StatementImportService.class);
    private static final int PROGRESS_EVERY = 250;

    /** What an import did. */
    public record Outcome(String status, int entries, int newEntries, int matched, int review, List<InputError> errors,
                          List<String> notes) {
    }

    private final BankEntryRepository entries;
    private final DriveRepository drives;
    private final LedgerRepository ledger;
    private final AuditLog audit;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final TransactionTemplate progressTx;
    private final ReferenceMatcher matcher = new ReferenceMatcher();
    private final ExecutorService jobs = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "statement-import");
        t.setDaemon(true);
        return t;
    });

    public StatementImportService(BankEntryRepository entries, DriveRepository drives, LedgerRepository ledger, AuditLog audit,
                                  org.springframework.context.ApplicationEventPublisher events, PlatformTransactionManager txm) {
        this.entries = entries;
        this.drives = drives;
        this.ledger = ledger;
        this.audit = audit;
        this.events = events;
        this.tx = new TransactionTemplate(txm);
        this.progressTx = new TransactionTemplate(txm);
        this.progressTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @PreDestroy
    void stop() {
        jobs.shutdownNow();
    }

    /** Records the import and runs it in the background; returns the import's id for its progress page. */
    public long submit(Drive drive, String fileName, byte[] content, String actor, Long actorOrg) {
        long id = progressTx.execute(s -> entries.insertImport(drive.id(), fileName, Checksums.sha256(content), "?", actor));
        jobs.submit(() -> {
            try {
                run(id, drive, fileName, content, actor, actorOrg);
            } catch (RuntimeException e) {
                log.error("statement import {} failed", id, e);
            }
        });
        return id;
    }

    /** Records and runs an import in the caller's thread (CLI, REST, tests). */
    public Outcome importNow(Drive drive, String fileName, byte[] content, String actor, Long actorOrg) {
        long id = progressTx.execute(s -> entries.insertImport(drive.id(), fileName, Checksums.sha256(content), "?", actor));
        return run(id, drive, fileName, content, actor, actorOrg);
    }

    public Optional<Import> find(long importId) {
        return entries.findImport(importId);
    }

    Outcome run(long importId, Drive drive, String fileName, byte[] content, String actor, Long actorOrg) {
        StatementFile file;
        try {
            progressTx.executeWithoutResult(s -> entries.importProgress(importId, "RUNNING", 0, 0));
            file = StatementFiles.read(content, fileName);
        } catch (InvalidInputException e) {
            return failed(importId, drive, fileName, "?", e.errors(), actor, actorOrg);
        } catch (RuntimeException e) {
            log.error("statement import {} could not read {}", importId, fileName, e);
            return failed(importId, drive, fileName, "?", List.of(InputError.ofFile(fileName,
                    "the file could not be read (" + e.getClass().getSimpleName() + ")")), actor, actorOrg);
        }
        String format = file.format().name() + " " + file.formatVersion();
        AccountSelection selection = file.forAccount(drive.bank().account());
        if (selection.isEmpty()) {
            return failed(importId, drive, fileName, format, noStatementFor(file, drive, fileName), actor, actorOrg);
        }
        List<StatementEntry> all = selection.entries();
        try {
            Outcome o = tx.execute(s -> store(importId, drive, file, selection, all, format, actor, actorOrg));
            events.publishEvent(new BankEvents.PaymentsReconciled(drive.id(), importId));
            return o;
        } catch (RuntimeException e) {
            log.error("statement import {} rolled back", importId, e);
            return failed(importId, drive, fileName, format, List.of(InputError.ofFile(fileName,
                    "the import was rolled back; nothing was stored (" + e.getClass().getSimpleName() + ")")), actor, actorOrg);
        }
    }

    private Outcome store(long importId, Drive drive, StatementFile file, AccountSelection selection, List<StatementEntry> all,
                          String format, String actor, Long actorOrg) {
        drives.lock(drive.id());
        Set<String> seen = new HashSet<>(entries.existingKeys(drive.id(), all.stream().map(StatementEntry::dedupeKey).toList()));
        // every pledge the file names, in one query per thousand references instead of one per entry
        Set<String> references = new HashSet<>();
        for (StatementEntry e : all) {
            if (matcher.match(e) instanceof PaymentMatch.Found f) {
                references.add(f.reference());
            }
        }
        java.util.Map<String, Pledge> pledgesByReference = drives.pledgesByReferences(drive.id(), references);
        int added = 0;
        int matched = 0;
        int review = 0;
        int done = 0;
        List<Stored> pending = new ArrayList<>();
        Set<Long> pendingPledges = new HashSet<>();
        for (StatementEntry e : all) {
            done++;
            if (done % PROGRESS_EVERY == 0) {
                int d = done;
                progressTx.executeWithoutResult(s -> entries.importProgress(importId, "RUNNING", all.size(), d));
            }
            if (e.status() != EntryStatus.BOOKED || !seen.add(e.dedupeKey())) {
                continue;
            }
            Stored st = decide(importId, drive, e, pledgesByReference);
            // a pledge paid twice in one file: the first payment's mail counts only what was booked up to it
            if (pending.size() >= FLUSH_EVERY || (st.pledge() != null && pendingPledges.contains(st.pledge().id()))) {
                flush(drive, pending, actor);
                pendingPledges.clear();
            }
            pending.add(st);
            if (st.pledge() != null) {
                pendingPledges.add(st.pledge().id());
            }
            added++;
            if (st.status() == MatchStatus.MATCHED || st.status() == MatchStatus.REFUND) {
                matched++;
            } else {
                review++;
            }
        }
        flush(drive, pending, actor);
        List<String> notes = notes(selection, drive);
        for (BankStatement st : selection.statements()) {
            if (st.closingBalanceMinor() != null && st.closingDate() != null
                    && (st.currency() == null || st.currency().equalsIgnoreCase(drive.currency()))) {
                entries.insertBalance(drive.id(), importId, new Balance(st.statementId(), st.from(), st.to(),
                        st.openingBalanceMinor(), st.closingBalanceMinor(), st.closingDate()));
            }
        }
        String status = added == 0 ? "UNCHANGED" : "DONE";
        entries.finishImport(importId, status, all.size(), added, format, null,
                notes.isEmpty() ? null : String.join("\n", notes));
        audit.recordAs(actor, actorOrg, "statement.imported", "drive", drive.id(),
                AuditSummary.of("audit.summary.statementImported", file.fileName(), all.size(), added, matched, review), null, format);
        return new Outcome(status, all.size(), added, matched, review, List.of(), notes);
    }

    /**
     * What the file held that was not imported, and the bank's balance checks, one line each: statements for
     * other accounts, pending and information-only entries, entries in another currency, and balances that
     * do not reconcile (with the figures).
     */
    static List<String> notes(AccountSelection selection, Drive drive) {
        List<String> out = new ArrayList<>();
        for (AccountSelection.SkippedStatement sk : selection.skipped()) {
            out.add("skipped statement (line " + sk.statement().line() + "): " + sk.reason());
        }
        int pending = 0;
        for (BankStatement st : selection.statements()) {
            pending += st.skipped().size();
            for (StatementEntry e : st.bookedEntries()) {
                if (!e.currency().equalsIgnoreCase(drive.currency())) {
                    out.add("line " + e.line() + ": an entry in " + e.currency() + " (the drive collects " + drive.currency()
                            + ") goes to the review queue" + (e.amountIn(drive.currency()).isPresent()
                            ? " with the counter-value the bank states" : "; the bank states no counter-value, so it is not counted"));
                }
            }
            for (BalanceCheck check : st.balanceChecks()) {
                if (!Boolean.TRUE.equals(check.reconciles())) {
                    out.add("statement " + (st.statementId() == null ? "(line " + st.line() + ")" : st.statementId()) + ": "
                            + check.explanation());
                }
            }
        }
        if (pending > 0) {
            out.add(pending + " pending or information-only entr" + (pending == 1 ? "y was" : "ies were")
                    + " skipped: only booked entries are imported");
        }
        return out;
    }

    private static List<InputError> noStatementFor(StatementFile file, Drive drive, String fileName) {
        List<InputError> errors = new ArrayList<>();
        for (BankStatement st : file.statements()) {
            errors.add(InputError.of(fileName, st.line(), "account", "this statement is for account " + st.account()
                    + ", but the drive's bank account is " + drive.bank().account()));
        }
        if (errors.isEmpty()) {
            errors.add(InputError.ofFile(fileName, "the file holds no statement"));
        }
        return errors;
    }

    /** One entry to store: its row, its ledger entry (null when none) and the pledge it pays or refunds. */
    private record Stored(NewEntry row, JournalEntry posting, Pledge pledge, MatchStatus status, long amountMinor) {
    }

    private static final int FLUSH_EVERY = 500;

    /**
     * Stores the pending entries in batches, posts their ledger entries, then announces the payments and refunds
     * (the listeners see the entries in the same transaction).
     */
    private void flush(Drive drive, List<Stored> pending, String actor) {
        if (pending.isEmpty()) {
            return;
        }
        long[] ids = entries.insertAll(pending.stream().map(Stored::row).toList());
        List<LedgerRepository.Post> posts = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            Stored st = pending.get(i);
            if (st.posting() != null) {
                posts.add(new LedgerRepository.Post(st.posting(), st.row().bookingDate(), "bank_entry", ids[i]));
            }
        }
        ledger.postAll(drive.id(), posts, actor);
        for (int i = 0; i < pending.size(); i++) {
            Stored st = pending.get(i);
            if (st.status() == MatchStatus.MATCHED) {
                events.publishEvent(new BankEvents.PledgePaid(drive.id(), st.pledge().id(), ids[i],
                        Money.of(st.amountMinor(), drive.currency())));
            } else if (st.status() == MatchStatus.REFUND) {
                events.publishEvent(new BankEvents.PledgeRefunded(drive.id(), st.pledge().id(), ids[i],
                        Money.of(st.amountMinor(), drive.currency())));
            }
        }
        pending.clear();
    }

    private Stored decide(long importId, Drive drive, StatementEntry e, java.util.Map<String, Pledge> pledgesByReference) {
        PaymentMatch match = matcher.match(e);
        Pledge pledge = null;
        String found = null;
        String source = null;
        if (match instanceof PaymentMatch.Found f) {
            found = f.reference();
            source = f.source().name();
            pledge = pledgesByReference.get(f.reference());
            if (pledge == null) {
                source = "UNKNOWN_REFERENCE";
            }
        } else if (match instanceof PaymentMatch.BadCheckDigit b) {
            found = b.candidate();
            source = "BAD_CHECK_DIGIT";
        }
        boolean credit = e.direction() == Direction.CREDIT;
        MatchStatus status;
        JournalEntry posting;
        String memo = memo(e);
        boolean foreign = !e.currency().equalsIgnoreCase(drive.currency());
        java.util.OptionalLong inDrive = e.amountIn(drive.currency());
        Long driveAmount = inDrive.isPresent() ? inDrive.getAsLong() : null;
        if (foreign) {
            // never drive money on its own: to the review queue, counted only with the counter-value the bank states
            status = credit ? MatchStatus.REVIEW : MatchStatus.OUTGOING;
            posting = driveAmount == null ? null : credit
                    ? JournalEntry.transfer(EntryKind.UNMATCHED_CREDIT, memo, LedgerAccount.BANK, LedgerAccount.SUSPENSE, driveAmount)
                    : JournalEntry.transfer(EntryKind.UNMATCHED_DEBIT, memo, LedgerAccount.SUSPENSE, LedgerAccount.BANK, driveAmount);
            pledge = null;
        } else if (credit && !e.reversal() && pledge != null) {
            status = MatchStatus.MATCHED;
            posting = JournalEntry.transfer(EntryKind.DONATION, memo, LedgerAccount.BANK, LedgerAccount.FUND, e.amountMinor());
        } else if (credit) {
            status = MatchStatus.REVIEW;
            pledge = null;
            posting = JournalEntry.transfer(EntryKind.UNMATCHED_CREDIT, memo, LedgerAccount.BANK, LedgerAccount.SUSPENSE,
                    e.amountMinor());
        } else if (pledge != null) {
            status = MatchStatus.REFUND;
            posting = JournalEntry.transfer(EntryKind.REFUND, memo, LedgerAccount.REFUNDS, LedgerAccount.BANK, e.amountMinor());
        } else {
            status = MatchStatus.OUTGOING;
            posting = JournalEntry.transfer(EntryKind.UNMATCHED_DEBIT, memo, LedgerAccount.SUSPENSE, LedgerAccount.BANK,
                    e.amountMinor());
        }
        String remittance = e.remittanceLines() == null ? null : String.join("\n", e.remittanceLines());
        NewEntry row = new NewEntry(drive.id(), importId, e.dedupeKey(), e.line(), e.bookingDate(),
                Money.of(e.amountMinor(), e.currency().toUpperCase(java.util.Locale.ROOT)), e.direction().name(), e.reversal(), e.payerName(), e.payerAccount(), e.bankReference(),
                e.endToEndId(), e.structuredReference(), remittance, e.rawText(), status, source, found,
                pledge == null ? null : pledge.id(), driveAmount,
                e.exchange() == null || e.exchange().rate() == null ? null : e.exchange().rate().toPlainString());
        return new Stored(row, posting, status == MatchStatus.MATCHED || status == MatchStatus.REFUND ? pledge : null, status,
                e.amountMinor());
    }

    private static String memo(StatementEntry e) {
        StringBuilder sb = new StringBuilder();
        if (e.payerName() != null) {
            sb.append(e.payerName()).append(": ");
        }
        if (e.remittanceLines() != null) {
            sb.append(String.join(" ", e.remittanceLines()));
        }
        return sb.toString().strip();
    }

    private Outcome failed(long importId, Drive drive, String fileName, String format, List<InputError> errors, String actor,
                           Long actorOrg) {
        String text = errors.stream().map(InputError::toString).collect(Collectors.joining("\n"));
        progressTx.executeWithoutResult(s -> {
            entries.finishImport(importId, "FAILED", 0, 0, format, text);
            audit.recordAs(actor, actorOrg, "statement.rejected", "drive", drive.id(),
                    AuditSummary.of("audit.summary.statementRejected", fileName, errors.size()), null, null);
        });
        return new Outcome("FAILED", 0, 0, 0, 0, errors, List.of());
    }

}
