package org.localis.app.bank;

import org.localis.app.shared.FieldProblem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.localis.app.shared.NotFoundException;
import org.localis.app.bank.BankEntryRepository.Balance;
import org.localis.app.bank.BankEntryRepository.Import;
import org.localis.app.bank.ReviewService.DebitKind;
import org.localis.app.bank.ReviewService.ReviewException;
import org.localis.app.drive.Drive;
import org.localis.app.drive.DriveService;
import org.localis.app.ledger.LedgerRepository;
import org.localis.app.identity.CurrentUser;
import org.localis.app.shared.Actor;
import org.localis.ledger.LedgerAccount;
import org.localis.ledger.TrialBalance;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Money actually received, for the organizer: statement upload with a progress page, the review
 * queue, one bank entry with its raw row, and the ledger with its trial balance and reconciliation
 * against the bank's closing balances.
 */
@Controller
public class BankController {

    /** A statement's closing balance next to the ledger's bank balance on the same day. */
    public record Reconciliation(Balance statement, long ledgerMinor, long expectedMinor, boolean agrees) {
    }

    private final StatementImportService imports;
    private final ReviewService review;
    private final BankEntryRepository entries;
    private final LedgerRepository ledger;
    private final DriveService drives;

    public BankController(StatementImportService imports, ReviewService review, BankEntryRepository entries,
                          LedgerRepository ledger, DriveService drives) {
        this.imports = imports;
        this.review = review;
        this.entries = entries;
        this.ledger = ledger;
        this.drives = drives;
    }

    @PostMapping("/manage/drives/{id}/statements")
    public String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes flash)
            throws IOException {
        Actor me = CurrentUser.actor();
        Drive d = drives.own(id, me);
        if (file == null || file.isEmpty()) {
            flash.addFlashAttribute("problems", List.of(new FieldProblem("file", "statement.error.empty")));
            return "redirect:/manage/drives/" + id + "#money";
        }
        String name = org.localis.app.shared.FileNames.safe(file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank() ? "statement" : file.getOriginalFilename());
        long importId = imports.submit(d, name, file.getBytes(), me.username(), me.organizationId());
        return "redirect:/manage/imports/" + importId;
    }

    @GetMapping("/manage/imports/{id}")
    public String importPage(@PathVariable long id, Model model) {
        Import imp = ownImport(id);
        model.addAttribute("imp", imp);
        model.addAttribute("drive", drives.own(imp.driveId(), CurrentUser.actor()));
        model.addAttribute("errors", imp.errors() == null ? List.of() : List.of(imp.errors().split("\n")));
        return "statement-import";
    }

    @GetMapping(path = "/manage/imports/{id}/status", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public Map<String, Object> importStatus(@PathVariable long id) {
        Import imp = ownImport(id);
        return Map.of("status", imp.status(), "total", imp.total(), "processed", imp.processed(), "percent", imp.percent(),
                "newEntries", imp.newEntries(), "finished", imp.finished());
    }

    @GetMapping("/manage/entries/{id}")
    public String entry(@PathVariable long id, Model model) {
        BankEntry e = ownEntry(id);
        model.addAttribute("e", e);
        model.addAttribute("drive", drives.own(e.driveId(), CurrentUser.actor()));
        List<LedgerRepository.StoredEntry> journal = new ArrayList<>(ledger.forCause(e.driveId(), "bank_entry", e.id()));
        journal.addAll(ledger.forCause(e.driveId(), ReviewService.CAUSE, e.id()));
        journal.sort(Comparator.comparingLong(LedgerRepository.StoredEntry::id));
        model.addAttribute("journal", journal);
        return "bank-entry";
    }

    /** The pledge reference an organizer assigns an entry to (bank_entry.found_reference). */
    public record AssignForm(@jakarta.validation.constraints.Size(max = org.localis.app.shared.Limits.CERTIFICATE_NUMBER) String reference) {
    }

    @PostMapping("/manage/entries/{id}/assign")
    public String assign(@PathVariable long id, @jakarta.validation.Valid AssignForm form, RedirectAttributes flash) {
        String reference = form.reference() == null ? "" : form.reference();
        BankEntry e = ownEntry(id);
        return decide(e, flash, () -> review.assign(e.driveId(), e.id(), reference, CurrentUser.actor().username()));
    }

    @PostMapping("/manage/entries/{id}/general")
    public String general(@PathVariable long id, RedirectAttributes flash) {
        BankEntry e = ownEntry(id);
        return decide(e, flash, () -> review.markGeneral(e.driveId(), e.id(), CurrentUser.actor().username()));
    }

    @PostMapping("/manage/entries/{id}/classify")
    public String classify(@PathVariable long id, @RequestParam String kind, RedirectAttributes flash) {
        BankEntry e = ownEntry(id);
        DebitKind k;
        try {
            k = DebitKind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException x) {
            flash.addFlashAttribute("reviewError", "queue.error.kind");
            return "redirect:/manage/drives/" + e.driveId() + "#review";
        }
        return decide(e, flash, () -> review.classifyDebit(e.driveId(), e.id(), k, CurrentUser.actor().username()));
    }

    @PostMapping("/manage/entries/{id}/reopen")
    public String reopen(@PathVariable long id, RedirectAttributes flash) {
        BankEntry e = ownEntry(id);
        return decide(e, flash, () -> review.reopen(e.driveId(), e.id(), CurrentUser.actor().username()));
    }

    /** A preview of every suggestion for the drive's unmatched credits, to accept all at once. */
    @GetMapping("/manage/drives/{id}/review/suggested")
    public String suggested(@PathVariable long id, Model model) {
        Drive d = drives.own(id, CurrentUser.actor());
        Map<Long, ReviewSuggestions.Suggestion> s = review.suggestions(d.id());
        Map<Long, BankEntry> byId = new java.util.HashMap<>();
        for (BankEntry e : entries.ofDrive(d.id(), java.util.Set.of(MatchStatus.REVIEW), Integer.MAX_VALUE, 0)) {
            byId.put(e.id(), e);
        }
        model.addAttribute("drive", d);
        model.addAttribute("suggested", s.values().stream().map(x -> new SuggestedRow(byId.get(x.entryId()), x)).toList());
        return "review-suggested";
    }

    /** One line of the preview: the credit and the pledge suggested for it. */
    public record SuggestedRow(BankEntry entry, ReviewSuggestions.Suggestion suggestion) {
        public String reason() {
            return suggestion.reason().name();
        }

        /** The suggested pledge's reference. */
        public String reference() {
            return suggestion.reference();
        }
    }

    /**
     * Accepts the suggestions the preview showed: the form carries each {@code entry id = reference} it listed,
     * so only what the organizer saw is accepted (a suggestion that changed since is skipped).
     */
    @PostMapping("/manage/drives/{id}/review/suggested")
    public String acceptSuggested(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes flash) {
        Drive d = drives.own(id, CurrentUser.actor());
        Map<Long, String> accepted = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, String> f : form.entrySet()) {
            if (f.getKey().startsWith("e") && f.getKey().substring(1).matches("\\d{1,18}")) {
                accepted.put(Long.parseLong(f.getKey().substring(1)), f.getValue());
            }
        }
        ReviewService.BulkResult r = review.acceptSuggested(d.id(), accepted, CurrentUser.actor().username());
        flash.addFlashAttribute("bulkAccepted", r);
        return "redirect:/manage/drives/" + d.id() + "#review";
    }

    @GetMapping("/manage/drives/{id}/ledger")
    public String ledgerPage(@PathVariable long id, Model model) {
        Drive d = drives.own(id, CurrentUser.actor());
        TrialBalance tb = ledger.trialBalance(d.id());
        List<Object[]> rows = new ArrayList<>();
        for (LedgerAccount a : LedgerAccount.values()) {
            long b = tb.balance(a);
            rows.add(new Object[] {a.name(), b > 0 ? b : 0L, b < 0 ? -b : 0L});
        }
        model.addAttribute("drive", d);
        model.addAttribute("rows", rows);
        model.addAttribute("tb", tb);
        model.addAttribute("unbalanced", ledger.unbalancedEntries(d.id()));
        model.addAttribute("reconciliation", reconcile(d));
        model.addAttribute("journal", ledger.journal(d.id(), 200));
        return "ledger";
    }

    /**
     * The ledger's bank account against every closing balance the bank stated: the balance before the
     * earliest imported statement (its opening balance) plus the ledger's bank postings up to the
     * closing date must equal the closing balance.
     */
    public List<Reconciliation> reconcile(Drive d) {
        List<Balance> balances = entries.balances(d.id());
        long baseline = balances.stream().filter(b -> b.openingMinor() != null)
                .min(Comparator.comparing((Balance b) -> b.fromDate() == null ? b.closingDate() : b.fromDate()))
                .map(Balance::openingMinor).orElse(0L);
        List<Reconciliation> out = new ArrayList<>();
        for (Balance b : balances) {
            long l = ledger.bankBalanceAt(d.id(), b.closingDate());
            out.add(new Reconciliation(b, l, baseline + l, baseline + l == b.closingMinor()));
        }
        return out;
    }

    private String decide(BankEntry e, RedirectAttributes flash, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("done", "done.reviewed");
        } catch (ReviewException x) {
            flash.addFlashAttribute("reviewError", x.getMessage());
        }
        return "redirect:/manage/drives/" + e.driveId() + "#review";
    }

    private Import ownImport(long id) {
        Import imp = entries.findImport(id).orElseThrow(() -> new NotFoundException("no import " + id));
        drives.own(imp.driveId(), CurrentUser.actor());
        return imp;
    }

    private BankEntry ownEntry(long id) {
        BankEntry e = entries.find(id).orElseThrow(() -> new NotFoundException("no entry " + id));
        drives.own(e.driveId(), CurrentUser.actor());
        return e;
    }
}
