package org.localis.app.procurement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.localis.app.shared.Limits;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.localis.app.drive.Drive;
import org.localis.app.drive.DriveService;
import org.localis.app.shared.FieldProblem;
import org.localis.app.shared.InvalidFormException;
import org.localis.app.identity.CurrentUser;
import org.localis.app.shared.Actor;
import org.localis.fleet.Season;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organizer's procurement page: offers, the purchase plan, orders, invoices, deliveries, allocation and shipping. */
@Controller
public class ProcurementController {

    private final DriveService drives;
    private final ProcurementService procurement;
    private final ProcurementRepository rows;
    private final DeliveryService delivery;
    private final DeliveryRepository deliveries;
    private final ReadinessService readiness;
    private final DomesticStatusResolver domestic;
    private final List<ProcurementPageSection> sections;

    public ProcurementController(DriveService drives, ProcurementService procurement, ProcurementRepository rows,
                                 DeliveryService delivery, DeliveryRepository deliveries, ReadinessService readiness,
                                 DomesticStatusResolver domestic, List<ProcurementPageSection> sections) {
        this.sections = sections;
        this.drives = drives;
        this.procurement = procurement;
        this.rows = rows;
        this.delivery = delivery;
        this.deliveries = deliveries;
        this.readiness = readiness;
        this.domestic = domestic;
    }

    @GetMapping("/manage/drives/{id}/procurement")
    public String page(@PathVariable long id, Model model) {
        Drive d = drives.own(id, CurrentUser.actor());
        model.addAttribute("drive", d);
        model.addAttribute("offers", rows.offers(d.id()));
        ProcurementService.PlanPage plan = procurement.planOnDemand(d, false);
        model.addAttribute("view", plan.view());
        model.addAttribute("planStale", plan.stale());
        model.addAttribute("domesticStatuses", plan.statuses());
        model.addAttribute("planAtOnce", ProcurementService.PLAN_AT_ONCE_OFFERS);
        model.addAttribute("preference", procurement.preferencePercent());
        model.addAttribute("minimumTier", domestic.minimumTier());
        model.addAttribute("orders", rows.orders(d.id()));
        model.addAttribute("stock", delivery.stock(d.id()));
        model.addAttribute("allocations", deliveries.allocations(d.id()));
        model.addAttribute("shipments", deliveries.shipments(d.id()));
        model.addAttribute("discrepancies", deliveries.discrepancies(d.id()));
        sections.forEach(s -> s.addTo(d, model));
        var points = readiness.series(d, LocalDate.now());
        model.addAttribute("readiness", points);
        model.addAttribute("readinessLine", ReadinessService.polyline(points, 600, 120));
        return "procurement";
    }

    /** A supplier's offer; the texts are supplier_offer's columns, the figures are parsed and range-checked by the service. */
    public record OfferForm(@Size(max = Limits.SUPPLIER) String supplier, @Size(max = Limits.SUPPLIER) String brandModel,
                            @Size(max = Limits.DESIGNATION) String designation, @Size(max = Limits.CODE) String season,
                            @Size(max = Limits.NUMBER_TEXT) String price, @Size(max = Limits.NUMBER_TEXT) String available,
                            @Size(max = Limits.NUMBER_TEXT) String leadTime,
                            @Size(max = Limits.CERTIFICATE_NUMBER) String certificate) {
    }

    /** A supplier's invoice for an order: supplier_invoice's columns. */
    public record InvoiceForm(@Size(max = Limits.INVOICE_NO) String invoiceNo, @Size(max = Limits.NUMBER_TEXT) String amount,
                              @Size(max = Limits.DATE_TEXT) String date) {
    }

    /** Tires received for an order. */
    public record ReceiptForm(@Size(max = Limits.NUMBER_TEXT) String quantity) {
    }

    /** How a missing set is resolved, and why (delivery_discrepancy.reason). */
    public record ResolutionForm(@Size(max = Limits.CODE) String action, @Size(max = Limits.REASON) String reason) {
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    @PostMapping("/manage/drives/{id}/offers")
    public String offer(@PathVariable long id, @Valid OfferForm f, RedirectAttributes flash) {
        String supplier = text(f.supplier()), brandModel = text(f.brandModel()), designation = text(f.designation());
        String season = text(f.season()), price = text(f.price()), available = text(f.available());
        String leadTime = f.leadTime() == null ? "0" : f.leadTime(), certificate = f.certificate();
        Actor me = CurrentUser.actor();
        Drive d = drives.own(id, me);
        boolean ok = run(flash, "done.offer", () -> procurement.addOffer(d, supplier, brandModel, designation, season, price,
                available, leadTime, certificate, me));
        if (!ok) {
            // the form comes back with what was typed
            flash.addFlashAttribute("offerForm", java.util.Map.of("supplier", supplier, "brandModel", brandModel,
                    "designation", designation, "season", season, "price", price, "available", available, "leadTime", leadTime,
                    "certificate", certificate == null ? "" : certificate));
        }
        return "redirect:/manage/drives/" + id + "/procurement";
    }

    /** Offers from a supplier's price list, all or nothing. */
    @PostMapping("/manage/drives/{id}/offers/import")
    public String importOffers(@PathVariable long id, @RequestParam(name = "file", required = false)
                               org.springframework.web.multipart.MultipartFile file, RedirectAttributes flash)
            throws java.io.IOException {
        Actor me = CurrentUser.actor();
        Drive d = drives.own(id, me);
        if (file == null || file.isEmpty()) {
            flash.addFlashAttribute("importErrors", List.of(org.localis.input.InputError.ofFile("price list",
                    "choose a price list file (CSV or XLSX)")));
            return "redirect:/manage/drives/" + id + "/procurement";
        }
        String name = org.localis.app.shared.FileNames.safe(file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank() ? "prices.csv" : file.getOriginalFilename());
        try {
            flash.addFlashAttribute("offersImported", procurement.importOffers(d, name, file.getBytes(), me));
        } catch (org.localis.input.InvalidInputException e) {
            flash.addFlashAttribute("importErrors", e.errors());
        }
        return "redirect:/manage/drives/" + id + "/procurement";
    }

    /** What to do with the selected orders, and the supplier's invoice number for "invoice". */
    public record BulkForm(@jakarta.validation.constraints.Size(max = 20) String action,
                           @jakarta.validation.constraints.Size(max = 60) String invoiceNo) {
    }

    /** Receives or invoices the selected orders at once. */
    @PostMapping("/manage/drives/{id}/orders/bulk")
    public String bulkOrders(@PathVariable long id, @RequestParam(name = "order", required = false) List<Long> orders,
                             @jakarta.validation.Valid BulkForm form, RedirectAttributes flash) {
        String action = form.action() == null ? "" : form.action();
        String invoiceNo = form.invoiceNo() == null ? "" : form.invoiceNo();
        Actor me = CurrentUser.actor();
        Drive d = drives.own(id, me);
        ProcurementService.BulkOrderAction a;
        try {
            a = ProcurementService.BulkOrderAction.valueOf(action.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("problems", List.of(new FieldProblem("action", "delivery.error.action")));
            return "redirect:/manage/drives/" + id + "/procurement";
        }
        if (orders == null || orders.isEmpty()) {
            flash.addFlashAttribute("problems", List.of(new FieldProblem("order", "proc.bulkNone")));
            return "redirect:/manage/drives/" + id + "/procurement";
        }
        return act(id, flash, null, () -> flash.addFlashAttribute("bulkDone",
                procurement.bulkOrders(d, orders, a, invoiceNo, LocalDate.now(), me)));
    }

    /** Computes the purchase plan now (kept until offers, money or targets change). */
    @PostMapping("/manage/drives/{id}/plan")
    public String computePlan(@PathVariable long id) {
        Drive d = drives.own(id, CurrentUser.actor());
        procurement.planOnDemand(d, true);
        return "redirect:/manage/drives/" + id + "/procurement#plan";
    }

    @PostMapping("/manage/drives/{id}/orders")
    public String order(@PathVariable long id, RedirectAttributes flash) {
        Actor me = CurrentUser.actor();
        Drive d = drives.own(id, me);
        return act(id, flash, "done.ordersPlaced", () -> procurement.placeOrders(d, me));
    }

    @PostMapping("/manage/drives/{id}/orders/{order}/invoice")
    public String invoice(@PathVariable long id, @PathVariable long order, @Valid InvoiceForm f, RedirectAttributes flash) {
        String invoiceNo = text(f.invoiceNo()), amount = text(f.amount()), date = text(f.date());
        Actor me = CurrentUser.actor();
        Drive d = drives.own(id, me);
        LocalDate day;
        try {
            day = date.isBlank() ? LocalDate.now() : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            flash.addFlashAttribute("problems", List.of(new FieldProblem("date", "drive.error.deadline")));
            return "redirect:/manage/drives/" + id + "/procurement";
        }
        return act(id, flash, "done.invoiced", () -> procurement.invoice(d, order, invoiceNo, amount, day, me));
    }

    @PostMapping("/manage/drives/{id}/orders/{order}/delivery")
    public String deliver(@PathVariable long id, @PathVariable long order, @Valid ReceiptForm receipt,
                          RedirectAttributes flash) {
        Actor me = CurrentUser.actor();
        Drive d = drives.own(id, me);
        return act(id, flash, "done.received", () -> procurement.receive(d, order, text(receipt.quantity()), me));
    }

    /** Batch: what is still outstanding on every ticked order is received at once (all or nothing). */
    @PostMapping("/manage/drives/{id}/deliveries")
    public String deliverAll(@PathVariable long id, @RequestParam(name = "order", required = false) List<Long> orders,
                             RedirectAttributes flash) {
        Actor me = CurrentUser.actor();
        Drive d = drives.own(id, me);
        return act(id, flash, "done.receivedAll", () -> procurement.receiveRemaining(d, orders, me));
    }

    @PostMapping("/manage/drives/{id}/allocate")
    public String allocate(@PathVariable long id, @RequestParam(defaultValue = "WINTER") String season, RedirectAttributes flash) {
        Actor me = CurrentUser.actor();
        Drive d = drives.own(id, me);
        Optional<Season> s = Season.parse(season.toLowerCase(Locale.ROOT));
        if (s.isEmpty() || s.get() == Season.ALL_SEASON) {
            flash.addFlashAttribute("problems", List.of(new FieldProblem("season", "offer.error.season")));
            return "redirect:/manage/drives/" + id + "/procurement";
        }
        return act(id, flash, "done.allocated", () -> flash.addFlashAttribute("allocated", delivery.allocate(d, s.get(), me)));
    }

    @PostMapping("/manage/drives/{id}/ship")
    public String ship(@PathVariable long id, RedirectAttributes flash) {
        Drive d = drives.own(id, CurrentUser.actor());
        return act(id, flash, "done.shipped", () -> delivery.ship(d));
    }

    /** The organizer resolves a set a fleet did not receive: re-ship, write off (with a reason) or return to stock. */
    @PostMapping("/manage/drives/{id}/discrepancies/{discrepancy}")
    public String resolve(@PathVariable long id, @PathVariable("discrepancy") long x, @Valid ResolutionForm f, RedirectAttributes flash) {
        String action = text(f.action()), reason = f.reason();
        Actor me = CurrentUser.actor();
        Drive d = drives.own(id, me);
        DeliveryService.Resolution how;
        try {
            how = DeliveryService.Resolution.valueOf(action.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("problems", List.of(new FieldProblem("action", "delivery.error.action")));
            return "redirect:/manage/drives/" + id + "/procurement";
        }
        return act(id, flash, "done.resolved", () -> delivery.resolve(d, x, how, reason, me));
    }

    private String act(long id, RedirectAttributes flash, String done, Runnable action) {
        run(flash, done, action);
        return "redirect:/manage/drives/" + id + "/procurement";
    }

    /** Runs a state change; on success the next page says so ({@code done}: a message key), else it lists the problems. */
    private static boolean run(RedirectAttributes flash, String done, Runnable action) {
        try {
            action.run();
            if (done != null) {
                flash.addFlashAttribute("done", done);
            }
            return true;
        } catch (InvalidFormException e) {
            flash.addFlashAttribute("problems", e.problems());
            return false;
        }
    }
}
