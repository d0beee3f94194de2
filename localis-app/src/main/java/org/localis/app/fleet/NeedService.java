package org.localis.app.fleet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.localis.app.drive.DriveRecords.Drive;
import org.localis.app.drive.DriveRecords.Target;
import org.localis.fleet.Need;
import org.localis.fleet.NeedCalculator;
import org.localis.fleet.NeedLine;
import org.localis.fleet.NeedRules;
import org.localis.fleet.ServiceCategories;
import org.localis.fleet.ServiceCategory;
import org.localis.fleet.Vehicle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Turns registered fleets into a drive's need: which sets are due by the deadline, per tire size and
 * season, less usable stock, and the popular sizes that cover the drive's share of it. The unit price
 * of each line is an estimate the organizer edits before publishing.
 */
@Service
public class NeedService {

    private final FleetRepository fleets;
    private final ServiceCategories categories;
    private final NeedRules rules = NeedRules.defaults();

    public NeedService(FleetRepository fleets,
                       @Value("${localis.fleet.categories:ambulance:100,emergency:80,humanitarian:60,utility:20}") String categories) {
        this.fleets = fleets;
        List<ServiceCategory> list = new ArrayList<>();
        for (String c : categories.split(",")) {
            String[] kv = c.strip().split(":");
            list.add(new ServiceCategory(kv[0].strip(), Integer.parseInt(kv[1].strip())));
        }
        this.categories = ServiceCategories.of(list);
    }

    public ServiceCategories serviceCategories() {
        return categories;
    }

    public List<ServiceCategory> categories() {
        return categories.all();
    }

    public NeedRules rules() {
        return rules;
    }

    /** The need of every registered vehicle in the drive's service categories, by the drive's deadline. */
    public Need needFor(Drive drive) {
        Set<String> cats = Set.copyOf(drive.categories());
        List<Vehicle> vehicles = fleets.all().stream().map(FleetRepository.StoredVehicle::vehicle)
                .filter(v -> cats.isEmpty() || cats.contains(v.category())).toList();
        return calculate(vehicles, drive.deadline(), BigDecimal.valueOf(drive.coveragePercent(), 2));
    }

    public Need calculate(List<Vehicle> vehicles, LocalDate deadline, BigDecimal coverage) {
        return NeedCalculator.calculate(vehicles, List.of(), rules, LocalDate.now(), deadline, coverage);
    }

    /** The popular lines as a target table, with estimated prices in the drive's currency. */
    public List<Target> targetsFor(Drive drive) {
        Need need = needFor(drive);
        List<Target> out = new ArrayList<>();
        int n = 1;
        for (NeedLine l : need.popular()) {
            if (l.quantity() <= 0) {
                continue;
            }
            out.add(new Target(n++, l.sizeKey(), l.required().canonical(), l.season().name(), l.quantity(),
                    TirePriceEstimate.unitPriceMinor(l.required(), l.season(), drive.currency()), l.vehicles()));
        }
        return out;
    }
}
