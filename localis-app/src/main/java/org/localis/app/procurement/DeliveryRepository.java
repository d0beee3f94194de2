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
                             int quantity, Long shipmentId, boolean fitted) {
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
              f.designation, a.season, a.quantity, a.shipment_id, a.fitted
            FROM tire_allocation a JOIN vehicle v ON v.id = a.vehicle_id JOIN organization org ON org.id = v.organization_id
              JOIN purchase_order o ON o.id = a.order_id JOIN supplier_offer f ON f.id = o.offer_id\s""";

    public List<Allocation> allocations(long driveId) {
        return jdbc.sql(SELECT_ALLOCATION + "WHERE a.drive_id = :d ORDER BY a.id").param("d", driveId)
                .query((rs, i) -> new Allocation(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getLong(5),
                        rs.getString(6), rs.getString(7), rs.getLong(8), rs.getString(9), rs.getString(10), rs.getInt(11),
                        rs.getObject(12, Long.class), rs.getBoolean(13))).list();
    }

    public List<Allocation> ofShipment(long shipmentId) {
        return jdbc.sql(SELECT_ALLOCATION + "WHERE a.shipment_id = :s ORDER BY a.id").param("s", shipmentId)
                .query((rs, i) -> new Allocation(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getLong(5),
                        rs.getString(6), rs.getString(7), rs.getLong(8), rs.getString(9), rs.getString(10), rs.getInt(11),
                        rs.getObject(12, Long.class), rs.getBoolean(13))).list();
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
        jdbc.sql("UPDATE tire_allocation SET shipment_id = :s WHERE id = :a").param("s", shipmentId).param("a", allocationId)
                .update();
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
        jdbc.sql("UPDATE tire_allocation SET fitted = TRUE WHERE id = :a").param("a", allocationId).update();
    }

    private static Shipment shipment(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp c = rs.getTimestamp(10);
        return new Shipment(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getInt(6),
                rs.getObject(7, Integer.class), rs.getString(8), rs.getTimestamp(9).toInstant(),
                c == null ? null : c.toInstant(), rs.getString(11), rs.getString(12));
    }
}
