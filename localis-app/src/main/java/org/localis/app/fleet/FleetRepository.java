package org.localis.app.fleet;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.localis.fleet.Season;
import org.localis.fleet.TireSize;
import org.localis.fleet.Vehicle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Fleets' vehicles, stored per organization and keyed by the fleet's own vehicle number. */
@Repository
public class FleetRepository {

    /** A stored vehicle with the organization it belongs to. */
    public record StoredVehicle(long id, long organizationId, String organizationName, Vehicle vehicle, Instant updatedAt) {
    }

    private static final String SELECT = """
            SELECT v.id, v.organization_id, o.name, v.fleet_number, v.make_model, v.category, v.wheel_positions, v.full_size_spare,
              v.tire_size, v.season, v.tread_mm, v.tires_made, v.region, v.priority, v.off_road, v.updated_at, v.axles
            FROM vehicle v JOIN organization o ON o.id = v.organization_id\s""";

    private final JdbcClient jdbc;

    public FleetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the vehicle, or updates it when the organization already has one with this number. */
    public boolean upsert(long orgId, Vehicle v) {
        Timestamp now = Timestamp.from(Instant.now());
        int updated = jdbc.sql("""
                        UPDATE vehicle SET make_model = :mm, category = :cat, wheel_positions = :wp, full_size_spare = :sp,
                          tire_size = :ts, season = :se, tread_mm = :tr, tires_made = :made, region = :re, priority = :pr,
                          off_road = :off, updated_at = :at, axles = :ax
                        WHERE organization_id = :org AND fleet_number = :id""")
                .params(params(orgId, v, now)).update();
        if (updated > 0) {
            return false;
        }
        jdbc.sql("""
                        INSERT INTO vehicle (organization_id, fleet_number, make_model, category, wheel_positions, full_size_spare,
                          tire_size, season, tread_mm, tires_made, region, priority, off_road, updated_at, axles)
                        VALUES (:org, :id, :mm, :cat, :wp, :sp, :ts, :se, :tr, :made, :re, :pr, :off, :at, :ax)""")
                .params(params(orgId, v, now)).update();
        return true;
    }

    private static java.util.Map<String, Object> params(long orgId, Vehicle v, Timestamp now) {
        java.util.Map<String, Object> m = new java.util.HashMap<>();
        m.put("org", orgId);
        m.put("id", v.id());
        m.put("mm", v.makeModel());
        m.put("cat", v.category());
        m.put("ax", v.axles() == null ? null : v.axles().text());
        m.put("wp", v.wheelPositions());
        m.put("sp", v.fullSizeSpare());
        m.put("ts", v.tireSize().canonical());
        m.put("se", v.fittedSeason().name());
        m.put("tr", v.treadMm());
        m.put("made", v.tiresMade().toString());
        m.put("re", v.region() == null ? "" : v.region());
        m.put("pr", v.priority());
        m.put("off", v.offRoad());
        m.put("at", now);
        return m;
    }

    public long idOf(long orgId, String fleetNumber) {
        return jdbc.sql("SELECT id FROM vehicle WHERE organization_id = :o AND fleet_number = :n").param("o", orgId)
                .param("n", fleetNumber).query(Long.class).single();
    }

    public java.util.Optional<StoredVehicle> find(long id) {
        return jdbc.sql(SELECT + "WHERE v.id = :id").param("id", id).query(FleetRepository::vehicle).optional();
    }

    /** New tires fitted: the vehicle's set is now of this season, with this tread and production month. */
    public void fitted(long id, String season, java.math.BigDecimal tread, String tiresMade) {
        jdbc.sql("UPDATE vehicle SET season = :s, tread_mm = :t, tires_made = :m, off_road = FALSE, updated_at = :at WHERE id = :id")
                .param("s", season).param("t", tread).param("m", tiresMade).param("at", Timestamp.from(Instant.now()))
                .param("id", id).update();
    }

    public void recordImport(long orgId, String fileName, String sha256, int vehicles, String by) {
        jdbc.sql("""
                        INSERT INTO fleet_import (organization_id, file_name, sha256, vehicles, imported_at, imported_by)
                        VALUES (:o, :f, :h, :n, :at, :by)""")
                .param("o", orgId).param("f", fileName.length() > 300 ? fileName.substring(0, 300) : fileName)
                .param("h", sha256).param("n", vehicles).param("at", Timestamp.from(Instant.now())).param("by", by).update();
    }

    public List<StoredVehicle> ofOrganization(long orgId) {
        return jdbc.sql(SELECT + "WHERE v.organization_id = :o ORDER BY v.fleet_number").param("o", orgId)
                .query(FleetRepository::vehicle).list();
    }

    public List<StoredVehicle> all() {
        return jdbc.sql(SELECT + "ORDER BY v.organization_id, v.fleet_number").query(FleetRepository::vehicle).list();
    }

    public int count() {
        return jdbc.sql("SELECT COUNT(*) FROM vehicle").query(Integer.class).single();
    }

    private static StoredVehicle vehicle(ResultSet rs, int n) throws SQLException {
        Vehicle v = new Vehicle(rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7), rs.getBoolean(8),
                TireSize.parse(rs.getString(9)), Season.valueOf(rs.getString(10)), rs.getBigDecimal(11),
                YearMonth.parse(rs.getString(12)), rs.getString(13), rs.getInt(14), rs.getBoolean(15),
                axles(rs.getString(17), rs.getInt(7), TireSize.parse(rs.getString(9))));
        return new StoredVehicle(rs.getLong(1), rs.getLong(2), rs.getString(3), v, rs.getTimestamp(16).toInstant());
    }

    /** The stored axle configuration; for vehicles imported before it was recorded, the likely one. */
    private static org.localis.fleet.Axles axles(String text, int wheelPositions, TireSize tire) {
        return text == null || text.isBlank() ? org.localis.fleet.Axles.likely(wheelPositions, tire.hasDualLoadIndex())
                : org.localis.fleet.Axles.parse(text);
    }

    /** One recorded observation of a vehicle's fitted tires. */
    public record Condition(long vehicleId, String category, java.time.LocalDate observed, Season season,
                            java.math.BigDecimal treadMm, YearMonth tiresMade) {
    }

    public void recordCondition(long vehicleId, java.time.LocalDate observed, Season season, java.math.BigDecimal tread,
                                YearMonth tiresMade, String source) {
        jdbc.sql("""
                        INSERT INTO vehicle_condition (vehicle_id, observed, season, tread_mm, tires_made, source)
                        VALUES (:v, :o, :s, :t, :m, :src)""")
                .param("v", vehicleId).param("o", java.sql.Date.valueOf(observed)).param("s", season.name()).param("t", tread)
                .param("m", tiresMade.toString()).param("src", source).update();
    }

    /** Recorded conditions of the vehicles in the given categories (all when empty), oldest first per vehicle. */
    public List<Condition> conditions(List<String> categories) {
        String where = categories.isEmpty() ? "" : "WHERE v.category IN (:c) ";
        var spec = jdbc.sql("""
                SELECT c.vehicle_id, v.category, c.observed, c.season, c.tread_mm, c.tires_made
                FROM vehicle_condition c JOIN vehicle v ON v.id = c.vehicle_id\s""" + where + "ORDER BY c.vehicle_id, c.observed, c.id");
        if (!categories.isEmpty()) {
            spec = spec.param("c", categories);
        }
        return spec.query((rs, i) -> new Condition(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                Season.valueOf(rs.getString(4)), rs.getBigDecimal(5), YearMonth.parse(rs.getString(6)))).list();
    }
}
