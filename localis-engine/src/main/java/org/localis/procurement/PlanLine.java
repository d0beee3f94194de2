package org.localis.procurement;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Tires of one offer bought for one requirement.
 *
 * @param offerId            the offer
 * @param requirementKey     the requirement they fill
 * @param quantity           tires, at least 1
 * @param unitPriceMinor     real price per tire, minor units
 * @param evaluatedUnitPrice evaluated price per tire, minor units, exact (the price reduced by the preference for
 *                           a domestic offer)
 * @param domestic           whether the offer counts as domestic under the rules
 * @param reason             why the offer counts as it does and how it fits the requirement, for people
 */
public record PlanLine(String offerId, String requirementKey, int quantity, long unitPriceMinor,
                       BigDecimal evaluatedUnitPrice, boolean domestic, String reason) {

    public PlanLine {
        Objects.requireNonNull(offerId, "offerId");
        Objects.requireNonNull(requirementKey, "requirementKey");
        Objects.requireNonNull(evaluatedUnitPrice, "evaluatedUnitPrice");
        Objects.requireNonNull(reason, "reason");
    }

    /** Real cost of the line: quantity × unit price. */
    public long realCostMinor() {
        return Math.multiplyExact(quantity, unitPriceMinor);
    }

    /** Evaluated cost of the line, exact. */
    public BigDecimal evaluatedCost() {
        return evaluatedUnitPrice.multiply(BigDecimal.valueOf(quantity));
    }
}
