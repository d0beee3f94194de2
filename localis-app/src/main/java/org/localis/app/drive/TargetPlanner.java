package org.localis.app.drive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;



import org.localis.app.fleet.NeedService;
import org.localis.fleet.Need;
import org.localis.fleet.NeedLine;
import org.springframework.stereotype.Service;

/** A drive's target table from the registered fleets' need: the popular lines, priced with an estimate. */
@Service
public class TargetPlanner {

    private final NeedService need;

    public TargetPlanner(NeedService need) {
        this.need = need;
    }

    /** The need of every registered vehicle in the drive's service categories, by the drive's deadline. */
    public Need needFor(Drive drive) {
        return need.needFor(drive.categories(), drive.deadline(), BigDecimal.valueOf(drive.coveragePercent(), 2));
    }

    /** The popular lines as a target table, with estimated prices in the drive's currency. */
    public List<Target> targetsFor(Drive drive) {
        List<Target> out = new ArrayList<>();
        int n = 1;
        for (NeedLine l : needFor(drive).popular()) {
            if (l.quantity() <= 0) {
                continue;
            }
            out.add(new Target(n++, l.sizeKey(), l.required().canonical(), l.season().name(), l.quantity(),
                    TirePriceEstimate.unitPriceMinor(l.required(), l.season(), drive.currency()), l.vehicles()));
        }
        return out;
    }
}
