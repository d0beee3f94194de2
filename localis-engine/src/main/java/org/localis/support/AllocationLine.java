package org.localis.support;

import java.math.BigDecimal;

/**
 * One candidate's line of an allocation table.
 *
 * @param candidate   the candidate as given
 * @param eligible    whether its tier reaches the program's minimum tier
 * @param weight      its weight under the program's formula (0 when not eligible), exact
 * @param share       its exact share of the budget before rounding, as a fraction of the budget (display:
 *                    10 decimals, half-even; 0 when the budget is 0)
 * @param exactAmount its exact amount before rounding to whole units (display: 6 decimals, half-even)
 * @param amount      what it receives: a whole number of currency units, &gt;= 0
 * @param companyCapped whether its company's total was limited by the per-company cap
 * @param reason      why it receives this amount, with the numbers
 * @param why         the same as {@code reason}, clause by clause as codes with figures (for other languages)
 */
public record AllocationLine(Candidate candidate, boolean eligible, BigDecimal weight, BigDecimal share,
                             BigDecimal exactAmount, BigDecimal amount, boolean companyCapped, String reason,
                             java.util.List<ReasonPart> why) {

    public AllocationLine {
        why = java.util.List.copyOf(why);
    }

    public String productId() {
        return candidate.productId();
    }

    public String company() {
        return candidate.company();
    }
}
