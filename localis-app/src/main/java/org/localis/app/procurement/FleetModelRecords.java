package org.localis.app.procurement;

import java.math.BigDecimal;
import org.localis.app.audit.AuditSummary;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.localis.app.audit.AuditLog;
import org.localis.app.fleet.FleetRepository;
import org.localis.app.registry.RegistryRecords;
import org.localis.app.shared.Actor;
import org.localis.app.shared.FieldProblem;
import org.localis.app.shared.InvalidFormException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fleets cite the registry record of each vehicle model they run (a model's record covers every vehicle of that
 * make and model), and a drive shows how localized the fleet it serves is: per service category, the vehicles
 * whose model cites a record valid today. Lives here because it reads both the fleets and the registry.
 */
@Service
public class FleetModelRecords {

    /** One make and model of a fleet: how many vehicles, the record it cites and where that record stands. */
    public record ModelRecord(String makeModel, int vehicles, String recordNumber, String status) {
    }

    /** One service category of a drive's fleets. */
    public record CategoryShare(String category, int vehicles, int withValidRecord, BigDecimal percent) {
    }

    private final JdbcClient jdbc;
    private final FleetRepository fleets;
    private final RegistryRecords registry;
    private final AuditLog audit;

    public FleetModelRecords(JdbcClient jdbc, FleetRepository fleets, RegistryRecords registry, AuditLog audit) {
        this.jdbc = jdbc;
        this.fleets = fleets;
        this.registry = registry;
        this.audit = audit;
    }

    /** The models of an organization's fleet, with the records they cite. */
    public List<ModelRecord> models(long organizationId, LocalDate on) {
        Map<String, Integer> counts = new TreeMap<>();
        for (var v : fleets.ofOrganization(organizationId)) {
            counts.merge(v.vehicle().makeModel(), 1, Integer::sum);
        }
        Map<String, String> cited = cited(organizationId);
        List<ModelRecord> out = new ArrayList<>();
        counts.forEach((model, n) -> {
            String number = cited.get(model);
            out.add(new ModelRecord(model, n, number, number == null ? null : registry.statusOf(number, on).orElse("unknown")));
        });
        return out;
    }

    /** Cites (or, with a blank number, stops citing) a registry record for one of the fleet's models. */
    @Transactional
    public void cite(Actor by, String makeModel, String recordNumber) {
        if (by.organizationId() == null) {
            throw new InvalidFormException(List.of(new FieldProblem("makeModel", "fleet.records.error.noFleet")));
        }
        String model = makeModel == null ? "" : makeModel.strip();
        boolean runs = fleets.ofOrganization(by.organizationId()).stream().anyMatch(v -> v.vehicle().makeModel().equals(model));
        if (!runs) {
            throw new InvalidFormException(List.of(new FieldProblem("makeModel", "fleet.records.error.model")));
        }
        String number = recordNumber == null || recordNumber.isBlank() ? null : recordNumber.strip();
        if (number != null && registry.statusOf(number, LocalDate.now()).isEmpty()) {
            throw new InvalidFormException(List.of(new FieldProblem("recordNumber", "fleet.records.error.unknown")));
        }
        String before = cited(by.organizationId()).get(model);
        jdbc.sql("DELETE FROM fleet_model_record WHERE organization_id = :o AND make_model = :m")
                .param("o", by.organizationId()).param("m", model).update();
        if (number != null) {
            jdbc.sql("INSERT INTO fleet_model_record (organization_id, make_model, record_number, updated_at, updated_by) "
                            + "VALUES (:o, :m, :n, :at, :by)")
                    .param("o", by.organizationId()).param("m", model).param("n", number)
                    .param("at", Timestamp.from(Instant.now())).param("by", by.username()).update();
        }
        audit.record("fleet.model-record", "organization", by.organizationId(), AuditSummary.of("audit.summary.fleetModelRecord", model),
                before, number);
    }

    /** Per service category of the drive, the vehicles whose model cites a registry record valid on the date. */
    public List<CategoryShare> shares(List<String> categories, LocalDate on) {
        Map<Long, Map<String, String>> citedByOrg = new HashMap<>();
        Map<String, String> statusByNumber = new HashMap<>();
        Map<String, int[]> byCategory = new TreeMap<>();
        for (var v : fleets.all()) {
            String category = v.vehicle().category();
            if (!categories.isEmpty() && !categories.contains(category)) {
                continue;
            }
            String number = citedByOrg.computeIfAbsent(v.organizationId(), this::cited).get(v.vehicle().makeModel());
            boolean valid = number != null && "valid".equals(statusByNumber.computeIfAbsent(number,
                    n -> registry.statusOf(n, on).orElse("unknown")));
            int[] c = byCategory.computeIfAbsent(category, k -> new int[2]);
            c[0]++;
            if (valid) {
                c[1]++;
            }
        }
        List<CategoryShare> out = new ArrayList<>();
        byCategory.forEach((category, c) -> out.add(new CategoryShare(category, c[0], c[1],
                BigDecimal.valueOf(c[1] * 100L).divide(BigDecimal.valueOf(c[0]), 1, RoundingMode.HALF_EVEN))));
        return out;
    }

    private Map<String, String> cited(long organizationId) {
        Map<String, String> m = new HashMap<>();
        jdbc.sql("SELECT make_model, record_number FROM fleet_model_record WHERE organization_id = :o")
                .param("o", organizationId).query((rs, n) -> m.put(rs.getString(1), rs.getString(2))).list();
        return m;
    }
}
