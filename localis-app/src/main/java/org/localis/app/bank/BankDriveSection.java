package org.localis.app.bank;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.localis.app.drive.DrivePageSection;
import org.localis.app.drive.Drive;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The organizer's drive page: statement imports, the review queue and recent bank entries. */
@Component
class BankDriveSection implements DrivePageSection {

    /** Entries per page of the review queue. */
    static final int PAGE = 100;

    private final BankEntryRepository entries;
    private final ReviewService reviews;
    private final org.localis.app.ledger.LedgerRepository ledger;

    BankDriveSection(BankEntryRepository entries, ReviewService reviews, org.localis.app.ledger.LedgerRepository ledger) {
        this.entries = entries;
        this.reviews = reviews;
        this.ledger = ledger;
    }

    /** The page of the review queue asked for ({@code reviewPage}, from 1); 1 when none or not a number. */
    private static int requestedPage() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a) {
            String p = a.getRequest().getParameter("reviewPage");
            if (p != null && p.matches("\\d{1,6}")) {
                return Integer.parseInt(p);
            }
        }
        return 1;
    }

    @Override
    public void addTo(Drive drive, Model model) {
        model.addAttribute("imports", entries.imports(drive.id(), 20));
        Set<MatchStatus> waiting = Set.of(MatchStatus.REVIEW, MatchStatus.OUTGOING);
        int count = entries.countByStatuses(drive.id(), waiting);
        int pages = Math.max(1, (count + PAGE - 1) / PAGE);
        int page = Math.min(Math.max(1, requestedPage()), pages);
        List<BankEntry> review = entries.ofDrive(drive.id(), waiting, PAGE, (page - 1) * PAGE);
        model.addAttribute("review", review);
        model.addAttribute("reviewCount", count);
        model.addAttribute("reviewPage", page);
        model.addAttribute("reviewPages", pages);
        model.addAttribute("suggestions", reviews.suggestions(drive.id(), review));
        model.addAttribute("recent", entries.ofDrive(drive.id(), EnumSet.allOf(MatchStatus.class), 50));
        // the money received over time, in major units for the chart (exact: a decimal, never a double)
        int digits = java.util.Currency.getInstance(drive.currency()).getDefaultFractionDigits();
        var days = ledger.fundByDay(drive.id());
        model.addAttribute("fundDates", days.stream().map(org.localis.app.ledger.LedgerRepository.FundDay::date).toList());
        model.addAttribute("fundUnit", java.util.Currency.getInstance(drive.currency())
                .getSymbol(org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        model.addAttribute("fundValues", days.stream()
                .map(f -> java.math.BigDecimal.valueOf(f.balanceMinor(), digits)).toList());
    }
}
