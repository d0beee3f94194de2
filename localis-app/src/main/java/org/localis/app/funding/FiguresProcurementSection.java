package org.localis.app.funding;

import org.localis.app.drive.Drive;
import org.localis.app.procurement.ProcurementPageSection;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The drive's figures on the procurement page: the same read model as the public page and the report. */
@Component
class FiguresProcurementSection implements ProcurementPageSection {

    private final DriveFiguresService figures;

    FiguresProcurementSection(DriveFiguresService figures) {
        this.figures = figures;
    }

    @Override
    public void addTo(Drive drive, Model model) {
        model.addAttribute("figures", figures.of(drive));
    }
}
