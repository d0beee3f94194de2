package org.localis.scheme;

import java.math.BigDecimal;
import java.util.List;

/**
 * A points-scheme criterion: an operation or component worth {@code points} when performed in the
 * country and all its prerequisites are performed too.
 *
 * @param mandatoryFrom first period in which the criterion is mandatory, or null if never
 * @param from          first period in which it earns points, or null for all periods
 * @param until         last period in which it earns points, or null for all periods
 */
public record Criterion(String code, BigDecimal points, List<String> requires, Integer mandatoryFrom,
                        Integer from, Integer until, String note) {

    public Criterion {
        requires = List.copyOf(requires);
        note = note == null ? "" : note;
    }

    public boolean mandatoryIn(int period) {
        return mandatoryFrom != null && period >= mandatoryFrom;
    }

    public boolean availableIn(int period) {
        return (from == null || period >= from) && (until == null || period <= until);
    }
}
