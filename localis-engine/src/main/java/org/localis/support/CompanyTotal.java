package org.localis.support;

import java.math.BigDecimal;

/**
 * One company's part of an allocation.
 *
 * @param company     the company
 * @param weight      sum of its eligible products' weights
 * @param exactAmount its exact share before rounding to whole units (display: 6 decimals, half-even)
 * @param amount      what it receives in whole units (the sum of its lines)
 * @param capped      whether the per-company cap limited it
 */
public record CompanyTotal(String company, BigDecimal weight, BigDecimal exactAmount, BigDecimal amount,
                           boolean capped) {
}
