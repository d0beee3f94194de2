package org.localis.app.fleet;

import java.io.ByteArrayInputStream;

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

    /** What an import did. */
    public record Imported(int vehicles, int added, int updated) {
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

    @Transactional
    public Imported store(Actor user, String fileName, byte[] content, Fleet fleet) {
        long org = user.organizationId();
        int added = 0;
        for (Vehicle v : fleet.vehicles()) {
            if (fleets.upsert(org, v)) {
                added++;
            }
            fleets.recordCondition(fleets.idOf(org, v.id()), java.time.LocalDate.now(), v.fittedSeason(),
                    v.treadMm(), v.tiresMade(), "fleet import");
        }
        fleets.recordImport(org, fileName, Checksums.sha256(content), fleet.size(), user.username());
        audit.record("fleet.imported", "organization", org, fileName + ": " + fleet.size() + " vehicles (" + added + " new)",
                null, null);
        return new Imported(fleet.size(), added, fleet.size() - added);
    }
}
