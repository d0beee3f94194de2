package org.localis.procurement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * A purchase plan: what to buy from which offer for which requirement, and what it costs.
 *
 * @param lines              the purchases, ordered by requirement key, then offer id
 * @param coverage           every requirement, in key order, with the tires covered
 * @param budgetMinor        the budget the plan was made for
 * @param realCostMinor      the money the plan spends, never above the budget
 * @param evaluatedCost      the exact evaluated cost (domestic offers at their reduced price), minor units
 * @param domesticValueMinor the money spent on domestic offers
 * @param domesticTires      tires bought from domestic offers
 * @param optimal            whether the plan is proven to have the least evaluated cost among the plans with the
 *                           most coverage ({@code false} only when the search stopped at
 *                           {@link PlanRules#nodeLimit()}; coverage is always the most)
 */
public record PurchasePlan(List<PlanLine> lines, List<Coverage> coverage, long budgetMinor, long realCostMinor,
                           BigDecimal evaluatedCost, long domesticValueMinor, int domesticTires, boolean optimal) {

    /** Decimals of the shares in percent. */
    public static final int SHARE_SCALE = 2;

    public PurchasePlan {
        lines = List.copyOf(lines);
        coverage = List.copyOf(coverage);
    }

    /** Tires bought. */
    public int tiresCovered() {
        return coverage.stream().mapToInt(Coverage::covered).sum();
    }

    /** Tires wanted and not bought. */
    public int tiresUncovered() {
        return coverage.stream().mapToInt(Coverage::uncovered).sum();
    }

    /** The budget not spent. */
    public long budgetLeftMinor() {
        return budgetMinor - realCostMinor;
    }

    /** The coverage of one requirement. */
    public Optional<Coverage> coverageOf(String requirementKey) {
        return coverage.stream().filter(c -> c.requirementKey().equals(requirementKey)).findFirst();
    }

    /**
     * The domestic share of the money spent, in percent with {@value #SHARE_SCALE} decimals rounded half up
     * (0 when nothing is spent). The exact fraction is {@code domesticValueMinor / realCostMinor}.
     */
    public BigDecimal domesticShareByValue() {
        return percent(domesticValueMinor, realCostMinor);
    }

    /**
     * The domestic share of the tires bought, in percent with {@value #SHARE_SCALE} decimals rounded half up
     * (0 when nothing is bought). The exact fraction is {@code domesticTires / tiresCovered()}.
     */
    public BigDecimal domesticShareByCount() {
        return percent(domesticTires, tiresCovered());
    }

    private static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(SHARE_SCALE);
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), SHARE_SCALE, RoundingMode.HALF_UP);
    }
}
