package org.localis.app.procurement;

import java.math.BigDecimal;
import org.localis.app.audit.AuditSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.localis.app.shared.NotFoundException;
import org.localis.app.audit.AuditLog;
import org.localis.app.drive.Drive;
import org.localis.app.drive.Target;
import org.localis.app.drive.DriveRepository;
import org.localis.app.shared.FieldProblem;
import org.localis.app.shared.InvalidFormException;
import org.localis.app.shared.Money;
import org.localis.app.ledger.LedgerRepository;
import org.localis.app.procurement.ProcurementRepository.Offer;
import org.localis.app.procurement.ProcurementRepository.Order;
import org.localis.app.shared.Actor;
import org.localis.fleet.Season;
import org.localis.fleet.TireSize;
import org.localis.ledger.EntryKind;
import org.localis.ledger.JournalEntry;
import org.localis.ledger.LedgerAccount;
import org.localis.procurement.DomesticStatus;
import org.localis.procurement.PlanRules;
import org.localis.procurement.PurchasePlan;
import org.localis.procurement.PurchasePlanner;
import org.localis.procurement.Requirement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Buying for a drive: suppliers' offers (linked to registry certificates), the purchase plan for the
 * money available (the engine's {@link PurchasePlanner}, domestic preference applied), purchase orders
 * placed from it (the engine's exact planner: as many tires as the money covers, then the least evaluated
 * cost), supplier invoices (posted to the ledger: purchases against payables) and deliveries
 * into stock.
 */
@Service
public class ProcurementService {

    /** The plan with what the page needs to explain it. */
    public record PlanView(PurchasePlan plan, Map<String, Offer> offers, Map<String, Target> lines, long availableMinor,
                           Map<Long, DomesticStatusResolver.Status> domestic, Map<String, Integer> uncovered) {
    }

    private final ProcurementRepository procurement;
    private final DriveRepository drives;
    private final LedgerRepository ledger;
    private final DomesticStatusResolver domestic;
    private final AuditLog audit;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final BigDecimal preferencePercent;

    public ProcurementService(ProcurementRepository procurement, DriveRepository drives, LedgerRepository ledger,
                              DomesticStatusResolver domestic, AuditLog audit, org.springframework.context.ApplicationEventPublisher events,
                              @Value("${localis.procurement.domestic-preference-percent:15}") BigDecimal preferencePercent) {
        this.procurement = procurement;
        this.drives = drives;
        this.ledger = ledger;
        this.domestic = domestic;
        this.audit = audit;
        this.events = events;
        this.preferencePercent = preferencePercent;
    }

    public BigDecimal preferencePercent() {
        return preferencePercent;
    }

    @Transactional
    public long addOffer(Drive d, String supplier, String brandModel, String designation, String season, String price,
                         String available, String leadTime, String certificate, Actor by) {
        List<FieldProblem> problems = new ArrayList<>();
        if (supplier == null || supplier.isBlank() || supplier.length() > 200) {
            problems.add(new FieldProblem("supplier", "offer.error.supplier"));
        }
        if (brandModel == null || brandModel.isBlank() || brandModel.length() > 200) {
            problems.add(new FieldProblem("brandModel", "offer.error.brand"));
        }
        TireSize tire = null;
        try {
            tire = TireSize.parse(designation == null ? "" : designation);
            if (!tire.hasServiceDescription()) {
                // a size alone says nothing of the load the tire carries: an offer must state load index and speed
                problems.add(new FieldProblem("designation", "offer.error.serviceDescription"));
            }
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("designation", e.getMessage()));
        }
        Optional<Season> s = Season.parse(season);
        if (s.isEmpty()) {
            problems.add(new FieldProblem("season", "offer.error.season"));
        }
        Optional<Long> p = Money.parse(price, d.currency());
        if (p.isEmpty()) {
            problems.add(new FieldProblem("price", "offer.error.price"));
        }
        Integer avail = parse(available, 1, 1_000_000);
        if (avail == null) {
            problems.add(new FieldProblem("available", "offer.error.available"));
        }
        Integer lead = parse(leadTime, 0, 365);
        if (lead == null) {
            problems.add(new FieldProblem("leadTime", "offer.error.lead"));
        }
        String cert = certificate == null || certificate.isBlank() ? null : certificate.strip().toUpperCase(Locale.ROOT);
        if (cert != null && domestic.resolve(cert, LocalDate.now()).map(st -> st.productName() == null).orElse(true)) {
            problems.add(new FieldProblem("certificate", "offer.error.certificate"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFormException(problems);
        }
        long id = procurement.insertOffer(d.id(), supplier.strip(), brandModel.strip(), tire.canonical(), s.get().name(), p.get(),
                avail, lead, cert, by.username());
        audit.record("offer.added", "drive", d.id(), AuditSummary.of("audit.summary.offerAdded", id, supplier.strip(), tire.canonical(),
                AuditSummary.code("audit.summary.season." + s.get().name()), avail, Money.of(p.get(), d.currency())), null, cert);
        return id;
    }

    /**
     * Offers from a supplier's price list (CSV or Excel; {@link org.localis.procurement.PriceList}): all or
     * nothing. The file is read and every line checked first (the engine's rules, then the drive's currency and
     * that each cited certificate is in the registry); any problem rejects the whole file with each problem's
     * line and column. Then every offer is stored in one transaction and audited on its own.
     *
     * @return the number of offers added
     * @throws org.localis.input.InvalidInputException with every problem found
     */
    @Transactional
    public int importOffers(Drive d, String fileName, byte[] content, Actor by) {
        List<org.localis.procurement.PriceList.Line> lines = org.localis.procurement.PriceList.read(
                new java.io.ByteArrayInputStream(content), fileName);
        List<org.localis.input.InputError> errors = new ArrayList<>();
        List<Long> prices = new ArrayList<>();
        LocalDate today = LocalDate.now();
        for (org.localis.procurement.PriceList.Line l : lines) {
            Optional<Long> p = Money.parse(l.price().toPlainString(), d.currency());
            if (p.isEmpty()) {
                errors.add(org.localis.input.InputError.of(fileName, l.line(), "price", "'" + l.price().toPlainString()
                        + "' is not an amount in " + d.currency()));
            }
            prices.add(p.orElse(0L));
            if (l.certificate() != null
                    && domestic.resolve(l.certificate(), today).map(st -> st.productName() == null).orElse(true)) {
                errors.add(org.localis.input.InputError.of(fileName, l.line(), "certificate", "certificate "
                        + l.certificate() + " is not in the registry"));
            }
        }
        if (!errors.isEmpty()) {
            throw new org.localis.input.InvalidInputException(errors);
        }
        for (int i = 0; i < lines.size(); i++) {
            org.localis.procurement.PriceList.Line l = lines.get(i);
            long id = procurement.insertOffer(d.id(), l.supplier(), l.brandModel(), l.tire().canonical(), l.season().name(),
                    prices.get(i), l.available(), l.leadTimeDays(), l.certificate(), by.username());
            audit.record("offer.added", "drive", d.id(), AuditSummary.of("audit.summary.offerImported", id, fileName, l.line(), l.supplier(),
                    l.tire().canonical(), AuditSummary.code("audit.summary.season." + l.season().name()), l.available(),
                    Money.of(prices.get(i), d.currency())), null, l.certificate());
        }
        audit.record("offers.imported", "drive", d.id(), AuditSummary.of("audit.summary.offersImported", lines.size(), fileName), null, null);
        return lines.size();
    }

    /** What a bulk action on orders does. */
    public enum BulkOrderAction { RECEIVE, INVOICE }

    /**
     * Receives or invoices several orders at once, all or nothing: RECEIVE takes each order's remaining tires into
     * stock; INVOICE books one supplier invoice ({@code invoiceNo}, dated {@code date}) for each order's value not
     * yet invoiced. Each order is audited on its own (as the one-order forms do); orders with nothing left are
     * skipped.
     *
     * @return the number of orders acted on
     */
    @Transactional
    public int bulkOrders(Drive d, java.util.Collection<Long> orderIds, BulkOrderAction action, String invoiceNo,
                          LocalDate date, Actor by) {
        drives.lock(d.id());
        int done = 0;
        for (Long id : new java.util.TreeSet<>(orderIds)) {
            Order o = own(d, id);
            if (action == BulkOrderAction.RECEIVE && o.delivered() < o.quantity()) {
                receive(d, id, String.valueOf(o.quantity() - o.delivered()), by);
                done++;
            } else if (action == BulkOrderAction.INVOICE && o.invoicedMinor() < o.valueMinor()) {
                invoice(d, id, invoiceNo, Money.plain(o.valueMinor() - o.invoicedMinor(), d.currency()), date, by);
                done++;
            }
        }
        audit.record("orders.bulk-" + action.name().toLowerCase(Locale.ROOT), "drive", d.id(), action == BulkOrderAction.INVOICE
                ? AuditSummary.of("audit.summary.ordersInvoiced", done, invoiceNo) : AuditSummary.of("audit.summary.ordersReceived", done),
                null, null);
        return done;
    }

    /** Money the drive can commit: reconciled donations less refunds, fees and purchases already invoiced or ordered. */
    public long available(Drive d) {
        long ordered = 0;
        long invoiced = 0;
        for (Order o : procurement.orders(d.id())) {
            ordered += o.valueMinor();
            invoiced += o.invoicedMinor();
        }
        // invoices are already in the ledger's purchases; the rest of each order is still committed
        return Math.max(0, ledger.trialBalance(d.id()).available() - (ordered - invoiced));
    }

    /**
     * The plan's inputs as last planned, per drive, with the plan: a plan is reused while its inputs (what is
     * still to buy, the offers left with their certificates' status, the money available and the rules) are
     * equal, so any change of offers, money or targets makes it stale without listening for each event.
     */
    private final java.util.concurrent.ConcurrentHashMap<Long, CachedPlan> planCache = new java.util.concurrent.ConcurrentHashMap<>();

    private record CachedPlan(PlanInputs inputs, PlanView view) {
    }

    /** What the planner is given for a drive. */
    private record PlanInputs(List<Requirement> need, List<org.localis.procurement.Offer> offers, long money, PlanRules rules) {
    }

    /** Offers up to which the page plans at once; with more, the plan is computed when the organizer asks. */
    public static final int PLAN_AT_ONCE_OFFERS = 20;

    /**
     * What the procurement page shows of the plan: {@code view} null when no current plan exists and the list is
     * too long to plan at once ({@code stale}: a plan was computed before, for other offers, money or targets);
     * the certificates' statuses per offer are always there.
     */
    public record PlanPage(PlanView view, boolean stale, Map<Long, DomesticStatusResolver.Status> statuses) {
    }

    /** The plan on the page: cached, if its inputs are unchanged; or computed now when asked or when the list is short. */
    public PlanPage planOnDemand(Drive d, boolean compute) {
        Gathered g = gather(d);
        CachedPlan c = planCache.get(d.id());
        if (c != null && c.inputs().equals(g.inputs())) {
            return new PlanPage(c.view(), false, g.statuses());
        }
        if (!compute && g.inputs().offers().size() > PLAN_AT_ONCE_OFFERS) {
            return new PlanPage(null, c != null, g.statuses());
        }
        return new PlanPage(planOf(d, g), false, g.statuses());
    }

    /** The plan for what is still to buy, within the money available now (always computed). */
    public PlanView plan(Drive d) {
        return planOf(d, gather(d));
    }

    private PlanView planOf(Drive d, Gathered g) {
        PurchasePlan plan = PurchasePlanner.plan(g.inputs().need(), g.inputs().offers(), g.inputs().money(), g.inputs().rules());
        Map<String, Integer> uncovered = new java.util.LinkedHashMap<>();
        for (org.localis.procurement.Coverage c : plan.coverage()) {
            if (c.uncovered() > 0) {
                uncovered.put(c.requirementKey(), c.uncovered());
            }
        }
        PlanView view = new PlanView(plan, g.byId(), g.lines(), g.inputs().money(), g.statuses(), uncovered);
        planCache.put(d.id(), new CachedPlan(g.inputs(), view));
        return view;
    }

    private record Gathered(PlanInputs inputs, Map<String, Offer> byId, Map<String, Target> lines,
                            Map<Long, DomesticStatusResolver.Status> statuses) {
    }

    private Gathered gather(Drive d) {
        Map<String, Target> lines = new HashMap<>();
        Map<String, Integer> ordered = new HashMap<>();
        Map<Long, DomesticStatusResolver.Status> statuses = new HashMap<>();
        List<Order> orders = procurement.orders(d.id());
        List<Requirement> need = new ArrayList<>();
        List<Target> targets = drives.targets(d.id());
        for (Order o : orders) {
            ordered.merge(o.targetKey(), o.quantity(), Integer::sum);
        }
        for (Target t : targets) {
            lines.put(t.key(), t);
            need.add(requirement(t, Math.max(0, t.quantity() - ordered.getOrDefault(t.key(), 0))));
        }
        Map<String, Offer> byId = new HashMap<>();
        List<org.localis.procurement.Offer> offers = new ArrayList<>();
        LocalDate today = LocalDate.now();
        for (Offer o : procurement.offers(d.id())) {
            int left = o.available() - procurement.orderedFrom(o.id());
            Optional<DomesticStatusResolver.Status> st = domestic.resolveFor(o.certificateNumber(), today, o.supplier(), o.brandModel(),
                    o.designation());
            st.ifPresent(x -> statuses.put(o.id(), x));
            byId.put(String.valueOf(o.id()), o);
            if (left > 0) {
                DomesticStatus dom = st.filter(x -> x.tier() != null).map(x -> new DomesticStatus(x.certificateNumber(),
                        x.qualifies() ? QUALIFIES : x.tier(), x.score(), "valid".equals(x.validity()))).orElse(null);
                offers.add(new org.localis.procurement.Offer(String.valueOf(o.id()), o.supplier(), o.brandModel(), "",
                        TireSize.parse(o.designation()), Season.valueOf(o.season()), o.unitPriceMinor(), left,
                        o.leadTimeDays(), dom));
            }
        }
        long money = available(d);
        PlanRules rules = PlanRules.defaults(java.util.Set.of(QUALIFIES)).withPreference(preferencePercent.movePointLeft(2));
        return new Gathered(new PlanInputs(List.copyOf(need), List.copyOf(offers), money, rules), byId, lines, statuses);
    }

    /** Places purchase orders for the current plan (recomputed under the drive's lock). */
    @Transactional
    public int placeOrders(Drive d, Actor by) {
        drives.lock(d.id());
        PlanView view = plan(d);
        for (org.localis.procurement.PlanLine l : view.plan().lines()) {
            Offer o = view.offers().get(l.offerId());
            long id = procurement.insertOrder(d.id(), o.id(), l.requirementKey(), l.quantity(), o.unitPriceMinor(), l.domestic(),
                    by.username());
            audit.record("order.placed", "purchase_order", id, AuditSummary.of("audit.summary."
                    + (l.domestic() ? "orderPlacedDomestic" : "orderPlaced"), l.quantity(), o.designation(), o.supplier(),
                    l.requirementKey()), null, null);
        }
        if (!view.plan().lines().isEmpty()) {
            events.publishEvent(new ProcurementEvents.OrdersPlaced(d.id(), view.plan().lines().size()));
        }
        return view.plan().lines().size();
    }

    /** A supplier's invoice: the fund's money is committed to purchases (purchases debited, payables credited). */
    @Transactional
    public void invoice(Drive d, long orderId, String invoiceNo, String amount, LocalDate date, Actor by) {
        drives.lock(d.id());
        Order o = own(d, orderId);
        Optional<Long> a = Money.parse(amount, d.currency());
        List<FieldProblem> problems = new ArrayList<>();
        if (invoiceNo == null || invoiceNo.isBlank() || invoiceNo.length() > 60) {
            problems.add(new FieldProblem("invoiceNo", "offer.error.invoiceNo"));
        }
        if (a.isEmpty() || a.get() > o.valueMinor() - o.invoicedMinor()) {
            problems.add(new FieldProblem("amount", "offer.error.invoiceAmount"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFormException(problems);
        }
        procurement.addInvoice(orderId, invoiceNo.strip(), a.get(), date, by.username());
        ledger.post(d.id(), JournalEntry.transfer(EntryKind.PURCHASE, "invoice " + invoiceNo.strip() + " of " + o.supplier()
                + " for order " + orderId, LedgerAccount.PURCHASES, LedgerAccount.PAYABLES, a.get()), date, "purchase_order",
                orderId, null, by.username());
        audit.record("order.invoiced", "purchase_order", orderId, AuditSummary.of("audit.summary.orderInvoiced", invoiceNo.strip(), Money.of(a.get(), d.currency())), null, null);
        events.publishEvent(new ProcurementEvents.Invoiced(d.id(), orderId));
    }

    /** Tires delivered into the drive's stock (partial deliveries add up; never more than ordered). */
    @Transactional
    public void receive(Drive d, long orderId, String quantity, Actor by) {
        drives.lock(d.id());
        Order o = own(d, orderId);
        Integer q = parse(quantity, 1, o.quantity() - o.delivered());
        if (q == null) {
            throw new InvalidFormException(List.of(new FieldProblem("quantity", "offer.error.delivery")));
        }
        procurement.addReceipt(orderId, q, LocalDate.now(), by.username());
        audit.record("order.delivered", "purchase_order", orderId, AuditSummary.of("audit.summary.orderDelivered", q), String.valueOf(o.delivered()),
                String.valueOf(o.delivered() + q));
        events.publishEvent(new ProcurementEvents.PurchaseReceived(d.id(), orderId, q));
    }

    /**
     * Receives what is still outstanding on several orders at once, all or nothing: one order that cannot be received
     * (not this drive's, or already complete) leaves every order as it was. Returns the tires received.
     */
    @Transactional
    public int receiveRemaining(Drive d, List<Long> orderIds, Actor by) {
        drives.lock(d.id());
        if (orderIds == null || orderIds.isEmpty()) {
            throw new InvalidFormException(List.of(new FieldProblem("order", "proc.error.noOrders")));
        }
        int tires = 0;
        for (long id : new java.util.LinkedHashSet<>(orderIds)) {
            Order o = own(d, id);
            int q = o.quantity() - o.delivered();
            if (q <= 0) {
                throw new InvalidFormException(List.of(new FieldProblem("order", "offer.error.delivery")));
            }
            receive(d, id, String.valueOf(q), by);
            tires += q;
        }
        return tires;
    }

    private Order own(Drive d, long orderId) {
        return procurement.order(orderId).filter(o -> o.driveId() == d.id())
                .orElseThrow(() -> new NotFoundException("no order " + orderId));
    }

    /**
     * Whether a certificate's tier is at or above the drive's minimum is decided here, per the certificate's own
     * scheme ({@link DomesticStatusResolver}); the planner only sees this marker for the ones that qualify.
     */
    private static final String QUALIFIES = "qualifying";

    private static Requirement requirement(Target t, int quantity) {
        return new Requirement(t.key(), TireSize.parse(t.designation()), Season.valueOf(t.season()), quantity);
    }

    private static Integer parse(String s, int min, int max) {
        try {
            int v = Integer.parseInt(s == null ? "" : s.strip());
            return v < min || v > max ? null : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
