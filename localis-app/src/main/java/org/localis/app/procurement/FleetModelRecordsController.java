package org.localis.app.procurement;

import java.time.LocalDate;

import org.localis.app.drive.Drive;
import org.localis.app.drive.DrivePageSection;
import org.localis.app.fleet.FleetPageSection;
import org.localis.app.identity.CurrentUser;
import org.localis.app.shared.InvalidFormException;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A fleet's models citing registry records (fleet page), and the localization of the fleets a drive serves. */
@Controller
public class FleetModelRecordsController {

    /** The registry record a fleet cites for one of its models. */
    public record CiteForm(@jakarta.validation.constraints.Size(max = org.localis.fleet.Vehicle.MAX_MAKE_MODEL_LENGTH) String makeModel,
                           @jakarta.validation.constraints.Size(max = 100) String recordNumber) {
    }

    private final FleetModelRecords records;

    public FleetModelRecordsController(FleetModelRecords records) {
        this.records = records;
    }

    @PostMapping("/fleet/model-records")
    public String cite(@jakarta.validation.Valid CiteForm form, RedirectAttributes flash) {
        try {
            records.cite(CurrentUser.actor(), form.makeModel(), form.recordNumber());
            flash.addFlashAttribute("done", "done.modelRecord");
        } catch (InvalidFormException e) {
            flash.addFlashAttribute("recordProblems", e.problems());
        }
        return "redirect:/fleet";
    }

    /** The fleet page: each model with the record it cites. */
    @Component
    static class FleetSection implements FleetPageSection {
        private final FleetModelRecords records;

        FleetSection(FleetModelRecords records) {
            this.records = records;
        }

        @Override
        public void addTo(long organizationId, Model model) {
            model.addAttribute("modelRecords", records.models(organizationId, LocalDate.now()));
        }
    }

    /** The organizer's drive page: how localized the fleets it serves are, by service category. */
    @Component
    static class DriveSection implements DrivePageSection {
        private final FleetModelRecords records;

        DriveSection(FleetModelRecords records) {
            this.records = records;
        }

        @Override
        public void addTo(Drive drive, Model model) {
            model.addAttribute("fleetLocalization", records.shares(drive.categories(), LocalDate.now()));
        }
    }
}
