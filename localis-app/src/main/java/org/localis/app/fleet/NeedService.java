package org.localis.app.fleet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.localis.fleet.Need;
import org.localis.fleet.NeedCalculator;
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

    /** The need of every registered vehicle in the given service categories (all when empty) by the deadline. */
    public Need needFor(java.util.Collection<String> serviceCategories, LocalDate deadline, BigDecimal coverage) {
        Set<String> cats = Set.copyOf(serviceCategories);
        List<Vehicle> vehicles = fleets.all().stream().map(FleetRepository.StoredVehicle::vehicle)
                .filter(v -> cats.isEmpty() || cats.contains(v.category())).toList();
        return calculate(vehicles, deadline, coverage);
    }

    public Need calculate(List<Vehicle> vehicles, LocalDate deadline, BigDecimal coverage) {
        return NeedCalculator.calculate(vehicles, List.of(), rules, LocalDate.now(), deadline, coverage);
    }
}
