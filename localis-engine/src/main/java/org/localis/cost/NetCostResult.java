package org.localis.cost;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Total cost, excluded costs and net cost of a good, with every intermediate figure and the arithmetic in
 * {@link #explanation}. Amounts are exact (for the statement's {@code units}); rounding is the caller's.
 *
 * @param originatingMaterials    value of originating materials (intermediate materials included)
 * @param nonOriginatingMaterials value of non-originating materials (VNM), after supplier statements
 * @param exchange                net exchange loss (+) or gain (−) related to the production of the good
 * @param excluded                excluded costs by kind (only kinds present)
 */
public record NetCostResult(String currency, BigDecimal units, BigDecimal originatingMaterials,
                            BigDecimal nonOriginatingMaterials, BigDecimal otherProductCosts, BigDecimal periodCosts,
                            BigDecimal otherCosts, BigDecimal exchange, BigDecimal totalCost,
                            Map<ExcludedCost, BigDecimal> excluded, BigDecimal excludedTotal, BigDecimal netCost,
                            List<NonAllowableInterest.Part> interest, List<String> explanation, List<String> warnings) {

    public NetCostResult {
        excluded = Map.copyOf(excluded);
        interest = List.copyOf(interest);
        explanation = List.copyOf(explanation);
        warnings = List.copyOf(warnings);
    }

    /** Net cost of one unit: net cost ÷ units, exact to 34 digits. */
    public BigDecimal netCostPerUnit() {
        return Money.divide(netCost, units);
    }

    public BigDecimal vnmPerUnit() {
        return Money.divide(nonOriginatingMaterials, units);
    }

    /** RVC under the net cost method, (NC − VNM) ÷ NC × 100, exact (s. 7(3)). */
    public BigDecimal rvc() {
        return Rvc.netCost(netCost, nonOriginatingMaterials);
    }
}
