package org.localis.app.procurement;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Sets allocated to vehicles, shipments to fleets, and the recorded condition of vehicles' tires. */
@Repository
public class DeliveryRepository {

    /** A full set allocated to a vehicle from a purchase order. */
    public record Allocation(long id, long driveId, long vehicleId, String fleetNumber, long organizationId,
                             String organizationName, String category, long orderId, String designation, String season,
                             int quantity, Long shipmentId, boolean fitted, AllocationState state) {
    }

    /**
     * Where an allocated set is: in the store ({@code ALLOCATED}), on its way ({@code SHIPPED}), fitted on the
     * vehicle ({@code FITTED}), reported missing by the fleet ({@code MISSING}, an open discrepancy), or
     * written off by the organizer ({@code WRITTEN_OFF}). A set returned to stock is no longer allocated.
     */
    public enum AllocationState {
        ALLOCATED, SHIPPED, FITTED, MISSING, WRITTEN_OFF;

        /** True once the set has left the store. */
        public boolean leftStock() {
            return this != ALLOCATED;
        }
    }

    /** A set the fleet did not receive, and what the organizer did about it. */
    public record Discrepancy(long id, long driveId, long shipmentId, Long allocationId, long vehicleId, String fleetNumber,
                              String organizationName, long orderId, int quantity, String status, String reason,
                              Instant createdAt, Instant resolvedAt, String resolvedBy) {
        public boolean open() {
            return "OPEN".equals(status);
        }
    }

    /** A shipment of sets to one fleet, and what the fleet confirmed. */
    public record Shipment(long id, long driveId, long organizationId, String organizationName, String status, int tires,
                           Integer receivedTires, String discrepancy, Instant createdAt, Instant confirmedAt,
                           String confirmedBy, String driveTitle) {
    }

    private final JdbcClient jdbc;

    public DeliveryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void allocate(long driveId, long vehicleId, long orderId, String season, int quantity, String by) {
        jdbc.sql("""
                        INSERT INTO tire_allocation (drive_id, vehicle_id, order_id, season, quantity, fitted, created_at, created_by)
                        VALUES (:d, :v, :o, :s, :q, FALSE, :at, :by)""")
                .param("d", driveId).param("v", vehicleId).param("o", orderId).param("s", season).param("q", quantity)
                .param("at", Timestamp.from(Instant.now())).param("by", by).update();
    }

    private static final String SELECT_ALLOCATION = """
            SELECT a.id, a.drive_id, a.vehicle_id, v.fleet_number, v.organization_id, org.name, v.category, a.order_id,
              f.designation, a.season, a.quantity, a.shipment_id, a.fitted, a.state
            FROM tire_allocation a JOIN vehicle v ON v.id = a.vehicle_id JOIN organization org ON org.id = v.organization_id
              JOIN purchase_order o ON o.id = a.order_id JOIN supplier_offer f ON f.id = o.offer_id\s""";

    public List<Allocation> allocations(long driveId) {
        return jdbc.sql(SELECT_ALLOCATION + "WHERE a.drive_id = :d ORDER BY a.id").param("d", driveId)
                .query((rs, i) -> new Allocation(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getLong(5),
                        rs.getString(6), rs.getString(7), rs.getLong(8), rs.getString(9), rs.getString(10), rs.getInt(11),
                        rs.getObject(12, Long.class), rs.getBoolean(13), AllocationState.valueOf(rs.getString(14)))).list();
    }

    public List<Allocation> ofShipment(long shipmentId) {
        return jdbc.sql(SELECT_ALLOCATION + "WHERE a.shipment_id = :s ORDER BY a.id").param("s", shipmentId)
                .query((rs, i) -> new Allocation(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getLong(5),
                        rs.getString(6), rs.getString(7), rs.getLong(8), rs.getString(9), rs.getString(10), rs.getInt(11),
                        rs.getObject(12, Long.class), rs.getBoolean(13), AllocationState.valueOf(rs.getString(14)))).list();
    }

    public long insertShipment(long driveId, long orgId, int tires) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO shipment (drive_id, organization_id, status, tires, created_at)
                        VALUES (:d, :o, 'SHIPPED', :t, :at)""")
                .param("d", driveId).param("o", orgId).param("t", tires).param("at", Timestamp.from(Instant.now()))
                .update(key, "id");
        return key.getKey().longValue();
    }

    public void ship(long allocationId, long shipmentId) {
        jdbc.sql("UPDATE tire_allocation SET shipment_id = :s, state = 'SHIPPED' WHERE id = :a").param("s", shipmentId)
                .param("a", allocationId).update();
    }

    public Optional<Allocation> allocation(long id) {
        return jdbc.sql(SELECT_ALLOCATION + "WHERE a.id = :id").param("id", id)
                .query((rs, i) -> new Allocation(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getLong(5),
                        rs.getString(6), rs.getString(7), rs.getLong(8), rs.getString(9), rs.getString(10), rs.getInt(11),
                        rs.getObject(12, Long.class), rs.getBoolean(13), AllocationState.valueOf(rs.getString(14)))).optional();
    }

    public void setState(long allocationId, AllocationState state) {
        jdbc.sql("UPDATE tire_allocation SET state = :st WHERE id = :a").param("st", state.name()).param("a", allocationId)
                .update();
    }

    /** Returns a set to stock: the allocation is removed (its tires count as free stock of the order again). */
    public void deleteAllocation(long allocationId) {
        jdbc.sql("DELETE FROM tire_allocation WHERE id = :a").param("a", allocationId).update();
    }

    public long insertDiscrepancy(Allocation a, long shipmentId) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO delivery_discrepancy (drive_id, shipment_id, allocation_id, vehicle_id, order_id, quantity, status,
                          created_at) VALUES (:d, :s, :a, :v, :o, :q, 'OPEN', :at)""")
                .param("d", a.driveId()).param("s", shipmentId).param("a", a.id()).param("v", a.vehicleId())
                .param("o", a.orderId()).param("q", a.quantity()).param("at", Timestamp.from(Instant.now()))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** Closes an open discrepancy; false when it was already resolved. */
    public boolean resolveDiscrepancy(long id, String status, String reason, String by) {
        return jdbc.sql("""
                        UPDATE delivery_discrepancy SET status = :st, reason = :r, resolved_at = :at, resolved_by = :by
                        WHERE id = :id AND status = 'OPEN'""")
                .param("st", status).param("r", reason).param("at", Timestamp.from(Instant.now())).param("by", by)
                .param("id", id).update() == 1;
    }

    private static final String SELECT_DISCREPANCY = """
            SELECT x.id, x.drive_id, x.shipment_id, x.allocation_id, x.vehicle_id, v.fleet_number, org.name, x.order_id,
              x.quantity, x.status, x.reason, x.created_at, x.resolved_at, x.resolved_by
            FROM delivery_discrepancy x JOIN vehicle v ON v.id = x.vehicle_id JOIN organization org ON org.id = v.organization_id\s""";

    public List<Discrepancy> discrepancies(long driveId) {
        return jdbc.sql(SELECT_DISCREPANCY + "WHERE x.drive_id = :d ORDER BY x.id").param("d", driveId)
                .query(DeliveryRepository::discrepancy).list();
    }

    public Optional<Discrepancy> discrepancy(long id) {
        return jdbc.sql(SELECT_DISCREPANCY + "WHERE x.id = :id").param("id", id).query(DeliveryRepository::discrepancy)
                .optional();
    }

    private static Discrepancy discrepancy(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp r = rs.getTimestamp(13);
        return new Discrepancy(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getObject(4, Long.class), rs.getLong(5),
                rs.getString(6), rs.getString(7), rs.getLong(8), rs.getInt(9), rs.getString(10), rs.getString(11),
                rs.getTimestamp(12).toInstant(), r == null ? null : r.toInstant(), rs.getString(14));
    }

    private static final String SELECT_SHIPMENT = """
            SELECT s.id, s.drive_id, s.organization_id, o.name, s.status, s.tires, s.received_tires, s.discrepancy,
              s.created_at, s.confirmed_at, s.confirmed_by, d.title
            FROM shipment s JOIN organization o ON o.id = s.organization_id JOIN drive d ON d.id = s.drive_id\s""";

    public List<Shipment> shipments(long driveId) {
        return jdbc.sql(SELECT_SHIPMENT + "WHERE s.drive_id = :d ORDER BY s.id").param("d", driveId)
                .query(DeliveryRepository::shipment).list();
    }

    public List<Shipment> shipmentsTo(long orgId) {
        return jdbc.sql(SELECT_SHIPMENT + "WHERE s.organization_id = :o ORDER BY s.id DESC").param("o", orgId)
                .query(DeliveryRepository::shipment).list();
    }

    public Optional<Shipment> shipment(long id) {
        return jdbc.sql(SELECT_SHIPMENT + "WHERE s.id = :id").param("id", id).query(DeliveryRepository::shipment).optional();
    }

    /** Marks a shipment received; false when it was already confirmed (a second confirmation changes nothing). */
    public boolean confirm(long id, int received, String discrepancy, String by) {
        return jdbc.sql("""
                        UPDATE shipment SET status = 'RECEIVED', received_tires = :r, discrepancy = :d, confirmed_at = :at,
                          confirmed_by = :by WHERE id = :id AND status = 'SHIPPED'""")
                .param("r", received).param("d", discrepancy).param("at", Timestamp.from(Instant.now())).param("by", by)
                .param("id", id).update() == 1;
    }

    public void markFitted(long allocationId) {
        jdbc.sql("UPDATE tire_allocation SET fitted = TRUE, state = 'FITTED' WHERE id = :a").param("a", allocationId).update();
    }

    private static Shipment shipment(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp c = rs.getTimestamp(10);
        return new Shipment(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getInt(6),
                rs.getObject(7, Integer.class), rs.getString(8), rs.getTimestamp(9).toInstant(),
                c == null ? null : c.toInstant(), rs.getString(11), rs.getString(12));
    }
}
