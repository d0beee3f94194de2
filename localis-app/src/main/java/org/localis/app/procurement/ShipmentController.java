package org.localis.app.procurement;

import java.util.List;

import org.localis.app.fleet.FleetPageSection;
import org.localis.app.identity.CurrentUser;
import org.localis.app.shared.Actor;
import org.localis.input.InputError;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Shipments to a fleet: listed on the fleet page, and confirmed there with the number of tires received. */
@Controller
class ShipmentController implements FleetPageSection {

    private final DeliveryRepository deliveries;
    private final DeliveryService delivery;

    ShipmentController(DeliveryRepository deliveries, DeliveryService delivery) {
        this.deliveries = deliveries;
        this.delivery = delivery;
    }

    @Override
    public void addTo(long organizationId, Model model) {
        model.addAttribute("shipments", deliveries.shipmentsTo(organizationId));
    }

    /** The fleet confirms a shipment with the number of tires it received (a difference is recorded). */
    @PostMapping("/fleet/shipments/{id}/confirm")
    public String confirm(@PathVariable long id, @RequestParam(defaultValue = "") String received,
                          @RequestParam(required = false) String note, RedirectAttributes flash) {
        Actor me = CurrentUser.actor();
        try {
            int count = Integer.parseInt(received.strip());
            delivery.confirm(id, count, note, me);
            flash.addFlashAttribute("confirmed", id);
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("errors", List.of(InputError.of("shipment " + id, 0, "received",
                    "enter the number of tires received (0 to 100000)").toString()));
        }
        return "redirect:/fleet";
    }
}
