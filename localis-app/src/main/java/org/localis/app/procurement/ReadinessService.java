package org.localis.app.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.localis.app.drive.Drive;
import org.localis.app.fleet.FleetRepository;
import org.localis.app.fleet.FleetRepository.Condition;
import org.localis.app.fleet.NeedService;
import org.localis.fleet.NeedRules;
import org.localis.fleet.Season;
import org.springframework.stereotype.Service;

/**
 * Fleet readiness: the share of a drive's vehicles whose recorded tires are legal and right for the
 * season on a given day, from the history of vehicle conditions (fleet imports and fitted drive sets).
 * Legal: tread at least the minimum of the set's season (1.6 mm summer, 4 mm winter) and not older than
 * the age limit. Right for the season: in December to February a winter or all-season set (summer tires
 * are not allowed on M1/N1 vehicles then); in June to August not a winter set (studs are banned);
 * otherwise any set. A vehicle counts as ready when its fitted set or its stored set is ready: changing to
 * the stored set is the fleet's own work and needs nothing bought.
 */
@Service
public class ReadinessService {

    /** Readiness on one day. */
    public record Point(LocalDate date, int vehicles, int ready, int percent) {
    }

    private final FleetRepository fleets;
    private final NeedService need;

    public ReadinessService(FleetRepository fleets, NeedService need) {
        this.fleets = fleets;
        this.need = need;
    }

    /** A drive's series for a minute: the public page and the report show it on every request. */
    private final Cache<Long, List<Point>> recent = Caffeine.newBuilder()
            .expireAfterWrite(java.time.Duration.ofMinutes(1)).maximumSize(1_000).build();

    /** {@link #series} up to a minute old. */
    public List<Point> cachedSeries(Drive drive) {
        return recent.get(drive.id(), id -> List.copyOf(series(drive, LocalDate.now())));
    }

    /** SVG polyline points for a chart {@code width} x {@code height} (0 % at the bottom, 100 % at the top). */
    public static String polyline(List<Point> points, int width, int height) {
        StringBuilder sb = new StringBuilder();
        int n = points.size();
        for (int i = 0; i < n; i++) {
            int x = n == 1 ? 0 : i * width / (n - 1);
            int y = height - points.get(i).percent() * height / 100;
            sb.append(i == 0 ? "" : " ").append(x).append(',').append(y);
        }
        return sb.toString();
    }

    /**
     * Weekly points from eight weeks before the drive was created to its deadline (or today, if later); weeks
     * before any vehicle's condition was recorded are left out. Future weeks use today's conditions.
     */
    public List<Point> series(Drive drive, LocalDate today) {
        LocalDate start = drive.createdAt().atZone(java.time.ZoneOffset.UTC).toLocalDate().minusWeeks(8);
        LocalDate end = today.isAfter(drive.deadline()) ? today : drive.deadline();
        List<Condition> rows = fleets.conditions(drive.categories());
        List<Point> out = new ArrayList<>();
        for (LocalDate d = start; !d.isAfter(end); d = d.plusWeeks(1)) {
            Point p = at(rows, d.isAfter(today) ? today : d, d);
            if (p.vehicles() > 0) {
                out.add(p);
            }
        }
        return out;
    }

    /** Readiness on {@code asOf} with the conditions known on {@code known} (no look into the future). */
    Point at(List<Condition> rows, LocalDate known, LocalDate asOf) {
        Map<Long, Condition> latest = new HashMap<>();
        for (Condition r : rows) {
            if (!r.observed().isAfter(known)) {
                latest.put(r.vehicleId(), r);
            }
        }
        int ready = 0;
        for (Condition r : latest.values()) {
            if (ready(r.season(), r.treadMm(), r.tiresMade(), asOf, need.rules())
                    || r.storedSeason() != null
                    && ready(r.storedSeason(), r.storedTreadMm(), r.storedTiresMade(), asOf, need.rules())) {
                ready++;
            }
        }
        int n = latest.size();
        return new Point(asOf, n, ready, n == 0 ? 0 : ready * 100 / n);
    }

    static boolean ready(Season fitted, BigDecimal tread, YearMonth made, LocalDate on, NeedRules rules) {
        Month m = on.getMonth();
        boolean winterMonths = m == Month.DECEMBER || m == Month.JANUARY || m == Month.FEBRUARY;
        boolean summerMonths = m == Month.JUNE || m == Month.JULY || m == Month.AUGUST;
        if (winterMonths && fitted == Season.SUMMER) {
            return false;
        }
        if (summerMonths && fitted == Season.WINTER) {
            return false;
        }
        Season legalFor = fitted == Season.ALL_SEASON ? (winterMonths ? Season.WINTER : Season.SUMMER) : fitted;
        if (tread.compareTo(rules.minTread(legalFor)) < 0) {
            return false;
        }
        return !made.atDay(1).plusYears(rules.maxAgeYears()).isBefore(on);
    }
}
