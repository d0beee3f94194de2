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

    BankDriveSection(BankEntryRepository entries, ReviewService reviews) {
        this.entries = entries;
        this.reviews = reviews;
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
    }
}
