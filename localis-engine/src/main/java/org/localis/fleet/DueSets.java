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
 *   <li>Or it has no set for that season: neither its fitted set nor its {@linkplain StoredSet stored set} is
 *       for that season ({@link DueReason#NO_SET}). An all-season set counts for both seasons, so a worn
 *       all-season set makes the vehicle due both a summer and a winter set.</li>
 *   <li>A stored set for the season counts like a fitted one: the vehicle is due a set only when every set it
 *       has for the season fails (the fitted set's reason is reported first). A stored set does not wear: its
 *       tread is not projected.</li>
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
        Optional<DueReason> fitted = v.fittedSeason().covers(season) ? fittedReason(v, season, rules, asOf, deadline)
                : Optional.of(DueReason.NO_SET);
        if (fitted.isEmpty()) {
            return fitted;
        }
        StoredSet s = v.stored();
        if (s == null || !s.season().covers(season)) {
            return fitted;
        }
        Optional<DueReason> stored = storedReason(s, season, rules, deadline);
        if (stored.isEmpty()) {
            return stored;
        }
        return fitted.get() == DueReason.NO_SET ? stored : fitted;
    }

    private static Optional<DueReason> fittedReason(Vehicle v, Season season, NeedRules rules, LocalDate asOf,
                                                    LocalDate deadline) {
        if (projectedTread(v, rules, asOf, deadline).compareTo(rules.minTread(season)) < 0) {
            return Optional.of(DueReason.TREAD);
        }
        if (tooOld(v, rules, deadline)) {
            return Optional.of(DueReason.AGE);
        }
        return Optional.empty();
    }

    /** Why a stored set for {@code season} does not serve at the deadline (its tread is not projected). */
    public static Optional<DueReason> storedReason(StoredSet s, Season season, NeedRules rules, LocalDate deadline) {
        if (s.treadMm().compareTo(rules.minTread(season)) < 0) {
            return Optional.of(DueReason.TREAD);
        }
        if (deadline.isAfter(s.tiresMade().atDay(1).plusYears(rules.maxAgeYears()))) {
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
