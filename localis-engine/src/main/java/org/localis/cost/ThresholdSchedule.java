package org.localis.cost;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A threshold that changes on given dates (e.g. the USMCA passenger-vehicle RVC of SOR/2020-155 s. 13(3):
 * 66 % from 1 July 2020, 69 % from 1 July 2021, 72 % from 1 July 2022, 75 % from 1 July 2023).
 *
 * <p>For an averaging period, the threshold that applies is the one in force on the period's dates. When it
 * changes within the period, Localis applies the highest threshold in force on any day of the period and says so:
 * the regulations align the optional periods with the change dates (s. 16(5)), so a period that straddles a change
 * is the producer's choice, and the stricter figure cannot be wrong in the producer's favour.
 */
public final class ThresholdSchedule {

    private final NavigableMap<LocalDate, BigDecimal> steps;

    private ThresholdSchedule(NavigableMap<LocalDate, BigDecimal> steps) {
        this.steps = steps;
    }

    /** @param steps date from which a threshold is in force → threshold (percent) */
    public static ThresholdSchedule of(Map<LocalDate, BigDecimal> steps) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a threshold schedule needs at least one step");
        }
        return new ThresholdSchedule(new TreeMap<>(steps));
    }

    /** The threshold applying to a period, with the explanation. */
    public record Applied(BigDecimal threshold, List<String> explanation, boolean straddles) {
    }

    public Applied forPeriod(LocalDate from, LocalDate to) {
        Map.Entry<LocalDate, BigDecimal> first = steps.floorEntry(from);
        if (first == null) {
            throw new IllegalArgumentException("no threshold is in force on " + from + " (the first starts on "
                    + steps.firstKey() + ")");
        }
        List<String> ex = new ArrayList<>();
        BigDecimal max = first.getValue();
        ex.add("threshold in force on " + from + ": " + Money.plain(first.getValue()) + "% (from " + first.getKey() + ")");
        boolean straddles = false;
        for (Map.Entry<LocalDate, BigDecimal> e : steps.subMap(from, false, to, true).entrySet()) {
            straddles = true;
            ex.add("the threshold changes on " + e.getKey() + " to " + Money.plain(e.getValue()) + "% within the period");
            max = max.max(e.getValue());
        }
        if (straddles) {
            ex.add("the highest threshold in force during the period applies: " + Money.plain(max) + "%");
        }
        return new Applied(max, ex, straddles);
    }
}
