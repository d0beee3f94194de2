package org.localis.app.procurement;

import java.time.LocalDate;

import org.localis.app.drive.DrivePageSection;
import org.localis.app.drive.Drive;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The organizer's drive page: fleet readiness over time. */
@Component
class ReadinessDriveSection implements DrivePageSection {

    private final ReadinessService readiness;

    ReadinessDriveSection(ReadinessService readiness) {
        this.readiness = readiness;
    }

    @Override
    public void addTo(Drive drive, Model model) {
        var points = readiness.series(drive, LocalDate.now());
        model.addAttribute("readiness", points);
        model.addAttribute("readinessLine", ReadinessService.polyline(points, 600, 120));
    }
}
