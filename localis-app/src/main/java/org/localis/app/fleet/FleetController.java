package org.localis.app.fleet;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.localis.app.identity.CurrentUser;
import org.localis.app.shared.Actor;
import org.localis.fleet.Need;
import org.localis.fleet.Vehicle;
import org.localis.input.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** A fleet operator's page: its vehicles, their import from CSV/Excel, and what they need by a date. */
@Controller
public class FleetController {

    private final FleetRepository fleets;
    private final FleetService service;
    private final NeedService need;
    private final List<FleetPageSection> sections;

    public FleetController(FleetRepository fleets, FleetService service, NeedService need, List<FleetPageSection> sections) {
        this.sections = List.copyOf(sections);
        this.fleets = fleets;
        this.service = service;
        this.need = need;
    }

    @GetMapping("/fleet")
    public String page(@RequestParam(required = false) String by, Model model) {
        Actor me = CurrentUser.actor();
        LocalDate deadline = LocalDate.now().plusMonths(3);
        try {
            if (by != null && !by.isBlank()) {
                deadline = LocalDate.parse(by);
            }
        } catch (DateTimeParseException e) {
            model.addAttribute("byError", true);
        }
        List<FleetRepository.StoredVehicle> mine = fleets.ofOrganization(me.organizationId());
        List<Vehicle> vehicles = mine.stream().map(FleetRepository.StoredVehicle::vehicle).toList();
        Need n = need.calculate(vehicles, deadline, new BigDecimal("0.90"));
        model.addAttribute("vehicles", mine);
        model.addAttribute("need", n);
        model.addAttribute("by", deadline);
        model.addAttribute("categories", need.categories());
        for (FleetPageSection section : sections) {
            section.addTo(me.organizationId(), model);
        }
        return "fleet";
    }

    @PostMapping("/fleet/import")
    public String importFile(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        Actor me = CurrentUser.actor();
        if (file == null || file.isEmpty()) {
            model.addAttribute("errors", List.of(org.localis.input.InputError.ofFile("fleet", "choose a fleet file (CSV or XLSX)")));
            return page(null, model);
        }
        String name = org.localis.app.shared.FileNames.safe(file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank() ? "fleet.csv" : file.getOriginalFilename());
        try {
            FleetService.Imported r = service.importFile(me, name, file.getBytes());
            model.addAttribute("imported", r);
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.errors());
        }
        return page(null, model);
    }
}
