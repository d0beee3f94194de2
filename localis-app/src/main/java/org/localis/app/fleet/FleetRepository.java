package org.localis.app.fleet;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.localis.fleet.Season;
import org.localis.fleet.StoredSet;
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
              v.tire_size, v.season, v.tread_mm, v.tires_made, v.region, v.priority, v.off_road, v.updated_at, v.axles,
              v.stored_season, v.stored_size, v.stored_tread_mm, v.stored_tires_made
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
                          off_road = :off, updated_at = :at, axles = :ax, stored_season = :sse, stored_size = :ssz,
                          stored_tread_mm = :str, stored_tires_made = :smd
                        WHERE organization_id = :org AND fleet_number = :id""")
                .params(params(orgId, v, now)).update();
        if (updated > 0) {
            return false;
        }
        jdbc.sql("""
                        INSERT INTO vehicle (organization_id, fleet_number, make_model, category, wheel_positions, full_size_spare,
                          tire_size, season, tread_mm, tires_made, region, priority, off_road, updated_at, axles,
                          stored_season, stored_size, stored_tread_mm, stored_tires_made)
                        VALUES (:org, :id, :mm, :cat, :wp, :sp, :ts, :se, :tr, :made, :re, :pr, :off, :at, :ax,
                          :sse, :ssz, :str, :smd)""")
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
        StoredSet st = v.stored();
        m.put("sse", st == null ? null : st.season().name());
        m.put("ssz", st == null ? null : st.tireSize().canonical());
        m.put("str", st == null ? null : st.treadMm());
        m.put("smd", st == null ? null : st.tiresMade().toString());
        return m;
    }

    public long idOf(long orgId, String fleetNumber) {
        return jdbc.sql("SELECT id FROM vehicle WHERE organization_id = :o AND fleet_number = :n").param("o", orgId)
                .param("n", fleetNumber).query(Long.class).single();
    }

    public java.util.Optional<StoredVehicle> find(long id) {
        return jdbc.sql(SELECT + "WHERE v.id = :id").param("id", id).query(FleetRepository::vehicle).optional();
    }

    /**
     * A delivered set put on or into storage: the vehicle's fitted and stored sets are now those of {@code v};
     * {@code fittedNew} says whether the delivered set was fitted (which puts the vehicle back on the road).
     */
    public void sets(long id, Vehicle v, boolean fittedNew) {
        StoredSet st = v.stored();
        jdbc.sql("""
                        UPDATE vehicle SET season = :s, tread_mm = :t, tires_made = :m,
                          off_road = CASE WHEN :fit THEN FALSE ELSE off_road END, updated_at = :at,
                          stored_season = :sse, stored_size = :ssz, stored_tread_mm = :str, stored_tires_made = :smd
                        WHERE id = :id""")
                .param("s", v.fittedSeason().name()).param("t", v.treadMm()).param("m", v.tiresMade().toString())
                .param("fit", fittedNew).param("at", Timestamp.from(Instant.now()))
                .param("sse", st == null ? null : st.season().name())
                .param("ssz", st == null ? null : st.tireSize().canonical())
                .param("str", st == null ? null : st.treadMm())
                .param("smd", st == null ? null : st.tiresMade().toString())
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
                axles(rs.getString(17), rs.getInt(7), TireSize.parse(rs.getString(9))), stored(rs));
        return new StoredVehicle(rs.getLong(1), rs.getLong(2), rs.getString(3), v, rs.getTimestamp(16).toInstant());
    }

    private static StoredSet stored(ResultSet rs) throws SQLException {
        String season = rs.getString(18);
        return season == null ? null : new StoredSet(Season.valueOf(season), TireSize.parse(rs.getString(19)),
                rs.getBigDecimal(20), YearMonth.parse(rs.getString(21)));
    }

    /** The stored axle configuration; for vehicles imported before it was recorded, the likely one. */
    private static org.localis.fleet.Axles axles(String text, int wheelPositions, TireSize tire) {
        return text == null || text.isBlank() ? org.localis.fleet.Axles.likely(wheelPositions, tire.hasDualLoadIndex())
                : org.localis.fleet.Axles.parse(text);
    }

    /**
     * One recorded observation of a vehicle's tires: the fitted set, and the stored set when it had one
     * ({@code storedSeason} null when not).
     */
    public record Condition(long vehicleId, String category, java.time.LocalDate observed, Season season,
                            java.math.BigDecimal treadMm, YearMonth tiresMade, Season storedSeason,
                            java.math.BigDecimal storedTreadMm, YearMonth storedTiresMade) {

        /** A condition without a stored set. */
        public Condition(long vehicleId, String category, java.time.LocalDate observed, Season season,
                         java.math.BigDecimal treadMm, YearMonth tiresMade) {
            this(vehicleId, category, observed, season, treadMm, tiresMade, null, null, null);
        }
    }

    /** Records the vehicle's fitted and stored sets as observed on a day. */
    public void recordCondition(long vehicleId, java.time.LocalDate observed, Vehicle v, String source) {
        StoredSet st = v.stored();
        jdbc.sql("""
                        INSERT INTO vehicle_condition (vehicle_id, observed, season, tread_mm, tires_made, source,
                          stored_season, stored_tread_mm, stored_tires_made)
                        VALUES (:v, :o, :s, :t, :m, :src, :sse, :str, :smd)""")
                .param("v", vehicleId).param("o", java.sql.Date.valueOf(observed)).param("s", v.fittedSeason().name())
                .param("t", v.treadMm()).param("m", v.tiresMade().toString()).param("src", source)
                .param("sse", st == null ? null : st.season().name())
                .param("str", st == null ? null : st.treadMm())
                .param("smd", st == null ? null : st.tiresMade().toString()).update();
    }

    /** How many condition rows a vehicle has. */
    public int conditionCount(long vehicleId) {
        return jdbc.sql("SELECT COUNT(*) FROM vehicle_condition WHERE vehicle_id = :v").param("v", vehicleId)
                .query(Integer.class).single();
    }


    /** Recorded conditions of the vehicles in the given categories (all when empty), oldest first per vehicle. */
    public List<Condition> conditions(List<String> categories) {
        String where = categories.isEmpty() ? "" : "WHERE v.category IN (:c) ";
        var spec = jdbc.sql("""
                SELECT c.vehicle_id, v.category, c.observed, c.season, c.tread_mm, c.tires_made,
                  c.stored_season, c.stored_tread_mm, c.stored_tires_made
                FROM vehicle_condition c JOIN vehicle v ON v.id = c.vehicle_id\s""" + where + "ORDER BY c.vehicle_id, c.observed, c.id");
        if (!categories.isEmpty()) {
            spec = spec.param("c", categories);
        }
        return spec.query((rs, i) -> new Condition(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                Season.valueOf(rs.getString(4)), rs.getBigDecimal(5), YearMonth.parse(rs.getString(6)),
                rs.getString(7) == null ? null : Season.valueOf(rs.getString(7)), rs.getBigDecimal(8),
                rs.getString(9) == null ? null : YearMonth.parse(rs.getString(9)))).list();
    }
}
