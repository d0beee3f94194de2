package org.localis.app.procurement;

import org.localis.app.drive.Drive;
import org.springframework.ui.Model;

/**
 * A part of the organizer's procurement page that a module above owns (the drive's money and tire figures,
 * from the funding module's read model). The procurement module shows the page; the module above contributes
 * its part through this interface, so procurement never depends on it.
 */
public interface ProcurementPageSection {

    /** Adds this section's model attributes for the drive's procurement page. */
    void addTo(Drive drive, Model model);
}
