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
public class ShipmentController implements FleetPageSection {

    private final DeliveryRepository deliveries;
    private final DeliveryService delivery;

    ShipmentController(DeliveryRepository deliveries, DeliveryService delivery) {
        this.deliveries = deliveries;
        this.delivery = delivery;
    }

    @Override
    public void addTo(long organizationId, Model model) {
        List<DeliveryRepository.Shipment> shipments = deliveries.shipmentsTo(organizationId);
        model.addAttribute("shipments", shipments);
        java.util.Map<Long, List<DeliveryRepository.Allocation>> sets = new java.util.HashMap<>();
        for (DeliveryRepository.Shipment s : shipments) {
            if ("SHIPPED".equals(s.status())) {
                sets.put(s.id(), deliveries.ofShipment(s.id()));
            }
        }
        model.addAttribute("shipmentSets", sets);
    }

    /**
     * The fleet confirms a shipment vehicle by vehicle: {@code set} lists the allocations whose full set arrived
     * (a vehicle left unticked did not get its set: it stays a discrepancy for the organizer).
     */
    /** The fleet's note on a shipment it confirms: shipment.discrepancy. */
    public record ConfirmForm(@jakarta.validation.constraints.Size(max = org.localis.app.shared.Limits.NOTE) String note) {
    }

    @PostMapping("/fleet/shipments/{id}/confirm")
    public String confirm(@PathVariable long id, @RequestParam(name = "set", required = false) List<Long> sets,
                          @jakarta.validation.Valid ConfirmForm form, RedirectAttributes flash) {
        String note = form.note();
        Actor me = CurrentUser.actor();
        try {
            DeliveryService.Confirmation c = delivery.confirm(id, sets == null ? List.of() : sets, note, me);
            flash.addFlashAttribute("confirmed", id);
            flash.addFlashAttribute("missing", c.vehiclesMissing());
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("errors", List.of(InputError.of("shipment " + id, 0, "set",
                    "tick the vehicles whose full set arrived").toString()));
        }
        return "redirect:/fleet";
    }
}
