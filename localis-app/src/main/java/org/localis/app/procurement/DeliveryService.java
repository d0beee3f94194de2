package org.localis.app.procurement;

import java.math.BigDecimal;
import org.localis.app.audit.AuditSummary;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.localis.app.shared.NotFoundException;
import org.localis.app.audit.AuditLog;
import org.localis.app.drive.Drive;
import org.localis.app.drive.DriveRepository;
import org.localis.app.fleet.FleetRepository;
import org.localis.app.fleet.FleetRepository.StoredVehicle;
import org.localis.app.fleet.NeedService;
import org.localis.app.procurement.DeliveryRepository.Allocation;
import org.localis.app.procurement.ProcurementRepository.Order;
import org.localis.app.shared.Actor;
import org.localis.fleet.Season;
import org.localis.fleet.SetAllocation;
import org.localis.fleet.SetAllocator;
import org.localis.fleet.StockItem;
import org.localis.fleet.TireSize;
import org.localis.fleet.Vehicle;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stock to vehicles: full sets allocated by priority (the engine's {@link SetAllocator}), shipped to
 * fleets, and confirmed by the fleet, which fits them and updates the vehicles' condition. Allocation
 * holds the drive's row lock, so two organizers allocating at once never hand out the same tire twice
 * nor more than the stock; a vehicle gets at most one set per season per drive (a unique key).
 */
@Service
public class DeliveryService {

    /** New tires: tread depth recorded when a set is fitted. */
    static final BigDecimal NEW_SUMMER_TREAD = new BigDecimal("8.0");
    static final BigDecimal NEW_WINTER_TREAD = new BigDecimal("9.0");

    /** What an allocation run did. */
    public record AllocationRun(int sets, int tires, List<NotServed> notServed) implements java.io.Serializable {
        public int unserved() {
            return notServed.size();
        }
    }

    /** A vehicle due a set that got none: its fleet, fleet number and why. */
    public record NotServed(String fleet, String fleetNumber, String category, String size,
                            org.localis.fleet.UnservedReason reason) implements java.io.Serializable {
    }

    private final DriveRepository drives;
    private final ProcurementRepository procurement;
    private final DeliveryRepository delivery;
    private final FleetRepository fleets;
    private final NeedService need;
    private final AuditLog audit;
    private final org.springframework.context.ApplicationEventPublisher events;

    public DeliveryService(DriveRepository drives, ProcurementRepository procurement, DeliveryRepository delivery,
                           FleetRepository fleets, NeedService need, AuditLog audit, org.springframework.context.ApplicationEventPublisher events) {
        this.drives = drives;
        this.procurement = procurement;
        this.delivery = delivery;
        this.fleets = fleets;
        this.need = need;
        this.audit = audit;
        this.events = events;
    }

    /** Stock in hand per purchase order: delivered less allocated. */
    public List<StockItem> stock(long driveId) {
        List<StockItem> out = new ArrayList<>();
        for (Order o : procurement.orders(driveId)) {
            int free = o.delivered() - procurement.allocatedFrom(o.id());
            if (free > 0) {
                out.add(new StockItem(String.valueOf(o.id()), TireSize.parse(o.designation()), Season.valueOf(o.season()), free));
            }
        }
        return out;
    }

    @Transactional
    public AllocationRun allocate(Drive drive, Season season, Actor by) {
        drives.lock(drive.id());
        Set<Long> served = new java.util.HashSet<>();
        for (Allocation a : delivery.allocations(drive.id())) {
            if (a.season().equals(season.name())) {
                served.add(a.vehicleId());
            }
        }
        Set<String> cats = Set.copyOf(drive.categories());
        List<Vehicle> vehicles = new ArrayList<>();
        Map<String, StoredVehicle> byId = new HashMap<>();
        for (StoredVehicle sv : fleets.all()) {
            byId.put(String.valueOf(sv.id()), sv);
            Vehicle v = sv.vehicle();
            if ((cats.isEmpty() || cats.contains(v.category())) && !served.contains(sv.id())) {
                // the engine keys vehicles by id; fleet numbers repeat across fleets, database ids do not
                vehicles.add(v.withId(String.valueOf(sv.id())));
            }
        }
        SetAllocation result = SetAllocator.allocate(stock(drive.id()), vehicles, need.serviceCategories(), need.rules(),
                LocalDate.now(), dueBy(drive), season);
        int tires = 0;
        for (SetAllocation.Assignment a : result.assignments()) {
            delivery.allocate(drive.id(), Long.parseLong(a.vehicleId()), Long.parseLong(a.stockId()), season.name(),
                    a.quantity(), by.username());
            tires += a.quantity();
        }
        audit.record("drive.allocated", "drive", drive.id(), AuditSummary.of("audit.summary.setsAllocated", result.assignments().size(),
                AuditSummary.code("season." + season.name()), tires, result.unserved().size()), null, null);
        events.publishEvent(new ProcurementEvents.SetsAllocated(drive.id(), result.assignments().size()));
        List<NotServed> notServed = result.unserved().stream().map(u -> {
            StoredVehicle sv = byId.get(u.vehicleId());
            return new NotServed(sv.organizationName(), sv.vehicle().id(), sv.vehicle().category(),
                    sv.vehicle().tireSize().toString(), u.reason());
        }).toList();
        return new AllocationRun(result.assignments().size(), tires, notServed);
    }

    /**
     * The "due by" date of a drive: its deadline, the same date its need was counted with (today when the
     * deadline has passed).
     */
    static LocalDate dueBy(Drive drive) {
        LocalDate today = LocalDate.now();
        return drive.deadline().isBefore(today) ? today : drive.deadline();
    }

    /** A vehicle after a delivered set, and whether that set was fitted (or went into storage). */
    record Delivered(Vehicle vehicle, boolean fitted) {
    }

    /**
     * What a delivered set does to a vehicle on {@code day}: a set for the season of the day
     * ({@link Season#at}, or all-season) is fitted, and the set it replaces goes into storage when it is the other
     * season's (a worn or all-season set is discarded); an off-season set goes into storage, replacing any stored
     * set, and the fitted set stays.
     */
    static Delivered delivered(Vehicle v, Season season, BigDecimal tread, YearMonth made, LocalDate day) {
        if (season.covers(Season.at(day))) {
            org.localis.fleet.StoredSet keep = v.stored();
            if (v.fittedSeason() != season && v.fittedSeason() != Season.ALL_SEASON && season != Season.ALL_SEASON) {
                keep = new org.localis.fleet.StoredSet(v.fittedSeason(), v.tireSize(), v.treadMm(), v.tiresMade());
            } else if (season == Season.ALL_SEASON) {
                keep = null;
            }
            Vehicle after = new Vehicle(v.id(), v.makeModel(), v.category(), v.wheelPositions(), v.fullSizeSpare(),
                    v.tireSize(), season, tread, made, v.region(), v.priority(), false, v.axles(), keep);
            return new Delivered(after, true);
        }
        return new Delivered(v.withStored(new org.localis.fleet.StoredSet(season, v.tireSize(), tread, made)), false);
    }

    /** Ships every allocated set not yet shipped: one shipment per fleet. */
    @Transactional
    public int ship(Drive drive) {
        drives.lock(drive.id());
        Map<Long, List<Allocation>> byFleet = new LinkedHashMap<>();
        for (Allocation a : delivery.allocations(drive.id())) {
            if (a.shipmentId() == null) {
                byFleet.computeIfAbsent(a.organizationId(), k -> new ArrayList<>()).add(a);
            }
        }
        for (Map.Entry<Long, List<Allocation>> e : byFleet.entrySet()) {
            int tires = e.getValue().stream().mapToInt(Allocation::quantity).sum();
            long id = delivery.insertShipment(drive.id(), e.getKey(), tires);
            for (Allocation a : e.getValue()) {
                delivery.ship(a.id(), id);
            }
            audit.record("shipment.sent", "shipment", id, AuditSummary.of("audit.summary.shipmentSent", tires, e.getKey()), null, null);
        }
        if (!byFleet.isEmpty()) {
            events.publishEvent(new ProcurementEvents.Shipped(drive.id(), byFleet.size()));
        }
        return byFleet.size();
    }

    /**
     * The fleet confirms a shipment vehicle by vehicle: {@code receivedSets} are the allocations whose full set
     * arrived. Only those vehicles get new tires (fitted, condition recorded); every other set of the shipment
     * stays in transit as an open discrepancy the organizer must resolve. A second confirmation changes nothing.
     */
    @Transactional
    public Confirmation confirm(long shipmentId, java.util.Collection<Long> receivedSets, String note, Actor fleet) {
        DeliveryRepository.Shipment s = delivery.shipment(shipmentId)
                .filter(x -> fleet.organizationId() != null && x.organizationId() == fleet.organizationId())
                .orElseThrow(() -> new NotFoundException("no shipment " + shipmentId));
        drives.lock(s.driveId());
        List<Allocation> sets = delivery.ofShipment(shipmentId);
        Set<Long> got = Set.copyOf(receivedSets);
        for (Long id : got) {
            if (sets.stream().noneMatch(a -> a.id() == id)) {
                throw new IllegalArgumentException("set " + id + " is not in shipment " + shipmentId);
            }
        }
        int received = sets.stream().filter(a -> got.contains(a.id())).mapToInt(Allocation::quantity).sum();
        List<Allocation> missing = sets.stream().filter(a -> !got.contains(a.id())).toList();
        String discrepancy = missing.isEmpty() ? null : "received " + received + " of " + s.tires() + "; missing: "
                + String.join(", ", missing.stream().map(a -> a.fleetNumber() + " (" + a.quantity() + ")").toList())
                + (note == null || note.isBlank() ? "" : "; " + note.strip());
        if (!delivery.confirm(shipmentId, received, discrepancy, fleet.username())) {
            return new Confirmation(0, List.of());
        }
        String made = YearMonth.now().toString();
        for (Allocation a : sets) {
            if (got.contains(a.id())) {
                delivery.markFitted(a.id());
                BigDecimal tread = Season.WINTER.name().equals(a.season()) ? NEW_WINTER_TREAD : NEW_SUMMER_TREAD;
                StoredVehicle sv = fleets.find(a.vehicleId()).orElseThrow();
                Delivered d = delivered(sv.vehicle(), Season.valueOf(a.season()), tread, YearMonth.parse(made),
                        LocalDate.now());
                fleets.sets(a.vehicleId(), d.vehicle(), d.fitted());
                fleets.recordCondition(a.vehicleId(), LocalDate.now(), d.vehicle(), "drive " + a.driveId());
                if (!d.fitted()) {
                    audit.record("delivery.stored", "vehicle", a.vehicleId(), AuditSummary.of("audit.summary.setStored",
                            AuditSummary.code("audit.summary.season." + a.season()), a.fleetNumber()), null, null);
                }
            } else {
                delivery.setState(a.id(), DeliveryRepository.AllocationState.MISSING);
                long id = delivery.insertDiscrepancy(a, shipmentId);
                audit.record("delivery.missing", "delivery_discrepancy", id, AuditSummary.of("audit.summary.setMissing", a.quantity(), a.fleetNumber(),
                        shipmentId), null, "OPEN");
            }
        }
        audit.record("shipment.received", "shipment", shipmentId, missing.isEmpty() ? AuditSummary.of("audit.summary.receivedInFull")
                : AuditSummary.of("audit.summary.receivedPart", received, s.tires(),
                        String.join(", ", missing.stream().map(a -> a.fleetNumber() + " (" + a.quantity() + ")").toList()),
                        note == null || note.isBlank() ? "" : "; " + note.strip()),
                "SHIPPED", "RECEIVED");
        events.publishEvent(new ProcurementEvents.DeliveryConfirmed(s.driveId(), shipmentId));
        return new Confirmation(received, missing.stream().map(Allocation::fleetNumber).toList());
    }

    /** The fleet confirms by count: allowed when every set arrived; a shortfall must name the vehicles. */
    @Transactional
    public Confirmation confirmAll(long shipmentId, int received, String note, Actor fleet) {
        DeliveryRepository.Shipment s = delivery.shipment(shipmentId)
                .filter(x -> fleet.organizationId() != null && x.organizationId() == fleet.organizationId())
                .orElseThrow(() -> new NotFoundException("no shipment " + shipmentId));
        if (received != s.tires()) {
            throw new IllegalArgumentException("received " + received + " of " + s.tires() + ": confirm vehicle by vehicle");
        }
        return confirm(shipmentId, delivery.ofShipment(shipmentId).stream().map(Allocation::id).toList(), note, fleet);
    }

    /** What a confirmation recorded: tires received, and the vehicles whose set did not arrive. */
    public record Confirmation(int receivedTires, List<String> vehiclesMissing) {
    }

    /** How the organizer resolves a set the fleet did not receive. */
    public enum Resolution {
        /** Sent again in a new shipment to the same fleet. */
        RESHIPPED,
        /** Lost or damaged: written off, with a reason. */
        WRITTEN_OFF,
        /** Came back: the set is no longer allocated and its tires are free stock again. */
        RETURNED
    }

    /** Resolves an open discrepancy (audited); a write-off needs a reason. */
    @Transactional
    public void resolve(Drive drive, long discrepancyId, Resolution how, String reason, Actor by) {
        drives.lock(drive.id());
        DeliveryRepository.Discrepancy x = delivery.discrepancy(discrepancyId).filter(d -> d.driveId() == drive.id())
                .orElseThrow(() -> new NotFoundException("no discrepancy " + discrepancyId));
        String why = reason == null ? "" : reason.strip();
        if (how == Resolution.WRITTEN_OFF && (why.isEmpty() || why.length() > 500)) {
            throw new org.localis.app.shared.InvalidFormException(List.of(new org.localis.app.shared.FieldProblem("reason",
                    "delivery.error.reason")));
        }
        if (!x.open() || x.allocationId() == null) {
            return;
        }
        Allocation a = delivery.allocation(x.allocationId()).orElseThrow();
        AuditSummary detail;
        switch (how) {
            case RESHIPPED -> {
                long id = delivery.insertShipment(drive.id(), a.organizationId(), a.quantity());
                delivery.ship(a.id(), id);
                detail = AuditSummary.of("audit.summary.setReshipped", a.fleetNumber(), id);
                audit.record("shipment.sent", "shipment", id, AuditSummary.of("audit.summary.shipmentResent", a.quantity(), a.organizationId()), null, null);
            }
            case WRITTEN_OFF -> {
                delivery.setState(a.id(), DeliveryRepository.AllocationState.WRITTEN_OFF);
                detail = AuditSummary.of("audit.summary.setWrittenOff", a.quantity(), a.fleetNumber(), why);
            }
            case RETURNED -> {
                delivery.deleteAllocation(a.id());
                detail = AuditSummary.of("audit.summary.setReturned", a.quantity(), a.fleetNumber());
            }
            default -> throw new IllegalStateException();
        }
        delivery.resolveDiscrepancy(discrepancyId, how.name(), why.isEmpty() ? null : why, by.username());
        audit.record("delivery.resolved", "delivery_discrepancy", discrepancyId, detail, "OPEN", how.name());
        events.publishEvent(new ProcurementEvents.DeliveryConfirmed(drive.id(), x.shipmentId()));
    }
}
