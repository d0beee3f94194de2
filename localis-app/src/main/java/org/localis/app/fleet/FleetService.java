package org.localis.app.fleet;

import java.io.ByteArrayInputStream;
import org.localis.app.audit.AuditSummary;

import org.localis.app.audit.AuditLog;
import org.localis.app.shared.Checksums;
import org.localis.app.shared.Actor;
import org.localis.fleet.Fleet;
import org.localis.fleet.FleetFiles;
import org.localis.fleet.Vehicle;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A fleet's vehicles, imported from CSV or Excel: the file is read and checked whole first (any bad
 * row rejects it, with every error's line and column), then every vehicle is inserted or updated by
 * its fleet number in one transaction. Importing the same file again changes nothing.
 */
@Service
public class FleetService {

    /** What an import did: vehicles in the file, new ones, changed ones, and ones equal to what was stored. */
    public record Imported(int vehicles, int added, int updated, int unchanged) {
    }

    private final FleetRepository fleets;
    private final NeedService need;
    private final AuditLog audit;
    public FleetService(FleetRepository fleets, NeedService need, AuditLog audit) {
        this.fleets = fleets;
        this.need = need;
        this.audit = audit;
    }

    @Transactional
    public Imported importFile(Actor user, String fileName, byte[] content) {
        Fleet fleet = FleetFiles.read(new ByteArrayInputStream(content), fileName, need.serviceCategories());
        return store(user, fileName, content, fleet);
    }

    /**
     * Stores the vehicles: a vehicle whose every field equals the stored one is left alone (no update, no new
     * condition row), so importing the same file again changes nothing; a new condition row is recorded only when
     * the tires (fitted or stored set) differ from what is stored.
     */
    @Transactional
    public Imported store(Actor user, String fileName, byte[] content, Fleet fleet) {
        long org = user.organizationId();
        java.util.Map<String, Vehicle> before = new java.util.HashMap<>();
        for (FleetRepository.StoredVehicle sv : fleets.ofOrganization(org)) {
            before.put(sv.vehicle().id(), sv.vehicle());
        }
        int added = 0;
        int unchanged = 0;
        for (Vehicle v : fleet.vehicles()) {
            Vehicle old = before.get(v.id());
            if (old != null && VehicleFacts.same(old, v)) {
                unchanged++;
                continue;
            }
            if (fleets.upsert(org, v)) {
                added++;
            }
            if (old == null || !VehicleFacts.sameTires(old, v)) {
                fleets.recordCondition(fleets.idOf(org, v.id()), java.time.LocalDate.now(), v, "fleet import");
            }
        }
        fleets.recordImport(org, fileName, Checksums.sha256(content), fleet.size(), user.username());
        audit.record("fleet.imported", "organization", org, AuditSummary.of("audit.summary.fleetImported", fileName, fleet.size(), added,
                fleet.size() - added - unchanged, unchanged), null, null);
        return new Imported(fleet.size(), added, fleet.size() - added - unchanged, unchanged);
    }
}
