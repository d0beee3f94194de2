package org.localis.app.drive;


import org.springframework.ui.Model;

/**
 * A part of the organizer's drive page that another module owns (money received and the review queue,
 * progress, fleet readiness). The drive module shows the page; the modules above it contribute their part
 * through this interface, so the drive module never depends on them.
 */
public interface DrivePageSection {

    /** Adds this section's model attributes for the organizer's page of the drive. */
    void addTo(Drive drive, Model model);
}
