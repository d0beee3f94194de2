package org.localis.app.fleet;

import org.springframework.ui.Model;

/**
 * A part of a fleet operator's page that another module owns (shipments of tires to confirm). The fleet
 * module shows the page; modules above it contribute through this interface.
 */
public interface FleetPageSection {

    /** Adds this section's model attributes for the fleet page of the organization. */
    void addTo(long organizationId, Model model);
}
