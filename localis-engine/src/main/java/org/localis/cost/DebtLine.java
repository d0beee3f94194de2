package org.localis.cost;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One debt obligation of the producer for the period of a cost statement.
 *
 * @param line          line in the debts file (0 when built in code)
 * @param interest      interest cost recorded for the period (already part of total cost, usually period costs)
 * @param contractRate  the obligation's interest rate, percent a year
 * @param referenceRate the federal government's rate for comparable maturities, percent a year (Schedule 9;
 *                      see {@link ReferenceRates} for the weighted average principal maturity and interpolation)
 */
public record DebtLine(int line, String debt, BigDecimal interest, BigDecimal contractRate, BigDecimal referenceRate) {

    public DebtLine {
        Objects.requireNonNull(interest);
        Objects.requireNonNull(contractRate);
        Objects.requireNonNull(referenceRate);
        debt = debt == null ? "" : debt;
        if (interest.signum() < 0 || contractRate.signum() < 0) {
            throw new IllegalArgumentException("interest and rate must not be negative");
        }
    }
}
