package org.localis.scheme;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Points read from a ladder on a product input (e.g. an electronic control unit scored by its own
 * radio-electronics points under section IX): the step with the highest minimum the input reaches,
 * among the steps that apply in the calculation year; a step's points depend on the calculation year
 * (columns "from 2024", "from 2026", "from 2028"), and a step may apply only up to a last year.
 */
public record Ladder(String input, List<Step> steps) {

    public Ladder {
        steps = List.copyOf(steps);
    }

    /**
     * @param lastYear last calculation year the step applies in, or null for no limit
     * @param pointsFromYear points by the first calculation year they apply in
     */
    public record Step(BigDecimal min, Integer lastYear, NavigableMap<Integer, BigDecimal> pointsFromYear) {
        public Step {
            pointsFromYear = Collections.unmodifiableNavigableMap(new TreeMap<>(pointsFromYear));
        }

        Optional<BigDecimal> pointsIn(int year) {
            if (lastYear != null && year > lastYear) {
                return Optional.empty();
            }
            var e = pointsFromYear.floorEntry(year);
            return e == null ? Optional.empty() : Optional.of(e.getValue());
        }
    }

    /** The step that applies to an input value in a year, with its points. */
    public Optional<Reached> reach(BigDecimal value, int year) {
        Reached best = null;
        for (Step s : steps) {
            if (value.compareTo(s.min()) < 0) {
                continue;
            }
            Optional<BigDecimal> p = s.pointsIn(year);
            if (p.isPresent() && (best == null || s.min().compareTo(best.step().min()) > 0)) {
                best = new Reached(s, p.get());
            }
        }
        return Optional.ofNullable(best);
    }

    public record Reached(Step step, BigDecimal points) {
    }

    /** The largest figure on the ladder. */
    public BigDecimal max() {
        return steps.stream().flatMap(s -> s.pointsFromYear().values().stream()).max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
    }
}
