package org.localis.cost;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of a cost statement.
 *
 * @param line      line number in the file (0 for lines built in code)
 * @param amount    the amount in the statement's currency (converted when {@code currency} differs)
 * @param original  the amount as written, in {@code currency}
 * @param rate      units of the statement currency for one unit of {@code currency} (1 when the same)
 * @param date      the date of the cost, for the exchange rate; null when no conversion was needed
 * @param excluded  the kind of excluded cost this line is, or null
 * @param origin    for a material line, its origin; null otherwise
 * @param statement for a non-originating material line, the supplier's statement of accumulation, or null
 * @param allocation how {@code amount} was allocated to the good from a cost shared with other goods, or null
 */
public record CostLine(int line, CostSection section, String item, BigDecimal amount, BigDecimal original,
                       String currency, BigDecimal rate, LocalDate date, ExcludedCost excluded,
                       MaterialOrigin origin, SupplierStatement statement, String allocation) {

    public CostLine {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(amount, "amount");
        item = item == null ? "" : item;
        original = original == null ? amount : original;
        rate = rate == null ? BigDecimal.ONE : rate;
        if (section == CostSection.MATERIAL && origin == null) {
            throw new IllegalArgumentException("a material line needs its origin");
        }
        if (section != CostSection.MATERIAL && (origin != null || statement != null)) {
            throw new IllegalArgumentException("only material lines have an origin or a supplier statement");
        }
        if (section == CostSection.MATERIAL && excluded != null) {
            throw new IllegalArgumentException("excluded costs in the value of a material are not subtracted (s. 7(13)(b))");
        }
        if (statement != null && origin != MaterialOrigin.NON_ORIGINATING) {
            throw new IllegalArgumentException("a supplier statement belongs to a non-originating material");
        }
    }

    /** A line in the statement's own currency. */
    public static CostLine of(CostSection section, String item, BigDecimal amount) {
        return new CostLine(0, section, item, amount, amount, null, null, null, null, null, null, null);
    }

    public static CostLine excluded(CostSection section, String item, BigDecimal amount, ExcludedCost kind) {
        return new CostLine(0, section, item, amount, amount, null, null, null, kind, null, null, null);
    }

    public static CostLine material(String item, BigDecimal amount, MaterialOrigin origin) {
        return new CostLine(0, CostSection.MATERIAL, item, amount, amount, null, null, null, null, origin, null, null);
    }

    public static CostLine material(String item, BigDecimal amount, SupplierStatement statement) {
        return new CostLine(0, CostSection.MATERIAL, item, amount, amount, null, null, null, null,
                MaterialOrigin.NON_ORIGINATING, statement, null);
    }
}
