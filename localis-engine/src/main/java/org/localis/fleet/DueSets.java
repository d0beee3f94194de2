package org.localis.fleet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The rule shared by the need calculator and the set allocator: whether a vehicle is due a set for a season
 * (SUMMER or WINTER) by a deadline.
 *
 * <ul>
 *   <li>Its fitted set is for that season (or all-season) and fails a rule at the deadline: the tread, less the
 *       wear projected from the readings' date to the deadline, is below the season's minimum
 *       ({@link DueReason#TREAD}); or the tires are older than the maximum age, counting from the first day of
 *       their production month ({@link DueReason#AGE}). Tread is reported when both fail.</li>
 *   <li>Or it has no set for that season: its fitted set is the other season's ({@link DueReason#NO_SET}). An
 *       all-season set counts for both seasons, so a worn all-season set makes the vehicle due both a summer
 *       and a winter set.</li>
 * </ul>
 */
public final class DueSets {

    private DueSets() {
    }

    /**
     * @param asOf     the date of the tread readings
     * @param deadline the date by which the sets must be fitted
     * @return why the vehicle is due a set for {@code season}, or empty when it is not
     */
    public static Optional<DueReason> reason(Vehicle v, Season season, NeedRules rules, LocalDate asOf,
                                             LocalDate deadline) {
        if (season == Season.ALL_SEASON) {
            throw new IllegalArgumentException("sets are due for summer or winter, not all-season");
        }
        if (!v.fittedSeason().covers(season)) {
            return Optional.of(DueReason.NO_SET);
        }
        if (projectedTread(v, rules, asOf, deadline).compareTo(rules.minTread(season)) < 0) {
            return Optional.of(DueReason.TREAD);
        }
        if (tooOld(v, rules, deadline)) {
            return Optional.of(DueReason.AGE);
        }
        return Optional.empty();
    }

    /** The tread at the deadline: the reading less the wear per month for each whole month after the reading. */
    public static BigDecimal projectedTread(Vehicle v, NeedRules rules, LocalDate asOf, LocalDate deadline) {
        long months = Math.max(0, ChronoUnit.MONTHS.between(asOf, deadline));
        BigDecimal t = v.treadMm().subtract(rules.wearPerMonthMm().multiply(BigDecimal.valueOf(months)));
        return t.max(BigDecimal.ZERO);
    }

    /** Whether the fitted tires are older than the maximum age at the deadline. */
    public static boolean tooOld(Vehicle v, NeedRules rules, LocalDate deadline) {
        return deadline.isAfter(v.tiresMade().atDay(1).plusYears(rules.maxAgeYears()));
    }
}
