package org.localis.cost;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The cost statement of a good: every cost in total cost for {@code units} units of the good, in one currency
 * (SOR/2020-155 s. 1(6), 7(11)-(13)). {@link NetCost#of} computes total cost, excluded costs and net cost.
 *
 * @param file  where it was read from, for messages ("" when built in code)
 * @param units how many units of the good the amounts are for (1 for a per-unit statement)
 */
public record CostStatement(String file, String currency, BigDecimal units, List<CostLine> lines) {

    public CostStatement {
        Objects.requireNonNull(currency);
        file = file == null ? "" : file;
        units = units == null ? BigDecimal.ONE : units;
        lines = List.copyOf(lines);
        if (units.signum() <= 0) {
            throw new IllegalArgumentException("units must be positive");
        }
    }

    public static CostStatement of(String currency, List<CostLine> lines) {
        return new CostStatement("", currency, BigDecimal.ONE, lines);
    }

    /** This statement with more lines (e.g. a designated intermediate material entering the good). */
    public CostStatement plus(List<CostLine> more) {
        List<CostLine> all = new ArrayList<>(lines);
        all.addAll(more);
        return new CostStatement(file, currency, units, all);
    }
}
