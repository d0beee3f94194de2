package org.localis.app.procurement;

import java.math.BigDecimal;
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
    public record AllocationRun(int sets, int tires, int unserved) implements java.io.Serializable {
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
        for (StoredVehicle sv : fleets.all()) {
            Vehicle v = sv.vehicle();
            if ((cats.isEmpty() || cats.contains(v.category())) && !served.contains(sv.id())) {
                // the engine keys vehicles by id; fleet numbers repeat across fleets, database ids do not
                vehicles.add(new Vehicle(String.valueOf(sv.id()), v.makeModel(), v.category(), v.wheelPositions(),
                        v.fullSizeSpare(), v.tireSize(), v.fittedSeason(), v.treadMm(), v.tiresMade(), v.region(),
                        v.priority(), v.offRoad()));
            }
        }
        SetAllocation result = SetAllocator.allocate(stock(drive.id()), vehicles, need.serviceCategories(), need.rules(),
                LocalDate.now(), season);
        int tires = 0;
        for (SetAllocation.Assignment a : result.assignments()) {
            delivery.allocate(drive.id(), Long.parseLong(a.vehicleId()), Long.parseLong(a.stockId()), season.name(),
                    a.quantity(), by.username());
            tires += a.quantity();
        }
        audit.record("drive.allocated", "drive", drive.id(), result.assignments().size() + " " + season.word() + " sets ("
                + tires + " tires) allocated; " + result.unserved().size() + " vehicles not served", null, null);
        events.publishEvent(new ProcurementEvents.SetsAllocated(drive.id(), result.assignments().size()));
        return new AllocationRun(result.assignments().size(), tires, result.unserved().size());
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
            audit.record("shipment.sent", "shipment", id, tires + " tires shipped to organization " + e.getKey(), null, null);
        }
        return byFleet.size();
    }

    /**
     * The fleet confirms a shipment with the count it received. The sets are fitted: each vehicle's
     * condition becomes new tires of the set's season. A different count is recorded as a discrepancy.
     */
    @Transactional
    public void confirm(long shipmentId, int received, String note, Actor fleet) {
        DeliveryRepository.Shipment s = delivery.shipment(shipmentId)
                .filter(x -> fleet.organizationId() != null && x.organizationId() == fleet.organizationId())
                .orElseThrow(() -> new NotFoundException("no shipment " + shipmentId));
        if (received < 0 || received > 100_000) {
            throw new IllegalArgumentException("received count out of range");
        }
        String discrepancy = received == s.tires() ? null
                : "received " + received + " of " + s.tires() + (note == null || note.isBlank() ? "" : ": " + note.strip());
        if (!delivery.confirm(shipmentId, received, discrepancy, fleet.username())) {
            return;
        }
        String made = YearMonth.now().toString();
        for (Allocation a : delivery.ofShipment(shipmentId)) {
            delivery.markFitted(a.id());
            BigDecimal tread = Season.WINTER.name().equals(a.season()) ? NEW_WINTER_TREAD : NEW_SUMMER_TREAD;
            fleets.fitted(a.vehicleId(), a.season(), tread, made);
            fleets.recordCondition(a.vehicleId(), LocalDate.now(), Season.valueOf(a.season()), tread, YearMonth.parse(made), "drive " + a.driveId());
        }
        audit.record("shipment.received", "shipment", shipmentId, discrepancy == null ? "received in full" : discrepancy,
                "SHIPPED", "RECEIVED");
        events.publishEvent(new ProcurementEvents.DeliveryConfirmed(s.driveId(), shipmentId));
    }

    /** Tires per status and size for reports: designation|season -> [bought, in stock, allocated, delivered]. */
    public Map<String, int[]> tireCounts(long driveId) {
        Map<String, int[]> m = new LinkedHashMap<>();
        Map<Long, Integer> allocated = new HashMap<>();
        Map<Long, Integer> delivered = new HashMap<>();
        Map<Long, String> shipmentStatus = new HashMap<>();
        for (DeliveryRepository.Shipment s : delivery.shipments(driveId)) {
            shipmentStatus.put(s.id(), s.status());
        }
        for (Allocation a : delivery.allocations(driveId)) {
            allocated.merge(a.orderId(), a.quantity(), Integer::sum);
            if (a.shipmentId() != null && "RECEIVED".equals(shipmentStatus.get(a.shipmentId()))) {
                delivered.merge(a.orderId(), a.quantity(), Integer::sum);
            }
        }
        for (Order o : procurement.orders(driveId)) {
            int[] c = m.computeIfAbsent(o.designation() + "|" + o.season(), k -> new int[4]);
            c[0] += o.quantity();
            c[1] += o.delivered() - allocated.getOrDefault(o.id(), 0);
            c[2] += allocated.getOrDefault(o.id(), 0);
            c[3] += delivered.getOrDefault(o.id(), 0);
        }
        return m;
    }
}
