package org.localis.app.bank;

import java.util.EnumSet;
import java.util.Set;

import org.localis.app.drive.DrivePageSection;
import org.localis.app.drive.Drive;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The organizer's drive page: statement imports, the review queue and recent bank entries. */
@Component
class BankDriveSection implements DrivePageSection {

    private final BankEntryRepository entries;

    BankDriveSection(BankEntryRepository entries) {
        this.entries = entries;
    }

    @Override
    public void addTo(Drive drive, Model model) {
        model.addAttribute("imports", entries.imports(drive.id(), 20));
        model.addAttribute("review", entries.ofDrive(drive.id(), Set.of(MatchStatus.REVIEW, MatchStatus.OUTGOING), 200));
        model.addAttribute("recent", entries.ofDrive(drive.id(), EnumSet.allOf(MatchStatus.class), 50));
    }
}
