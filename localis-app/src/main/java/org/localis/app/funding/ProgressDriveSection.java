package org.localis.app.funding;

import org.localis.app.drive.DrivePageSection;
import org.localis.app.drive.Drive;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The organizer's drive page: the same progress figures the public sees. */
@Component
class ProgressDriveSection implements DrivePageSection {

    private final DriveProgressService progress;

    ProgressDriveSection(DriveProgressService progress) {
        this.progress = progress;
    }

    @Override
    public void addTo(Drive drive, Model model) {
        model.addAttribute("p", progress.snapshot(drive));
    }
}
