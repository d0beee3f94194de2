package org.localis.support;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A support program: a budget shared across certified products in proportion to a {@link Formula}.
 *
 * @param id            program id
 * @param title         for people
 * @param budget        the money to share, &gt;= 0, exact; amounts are whole currency units, so a fraction
 *                      of a unit in the budget always stays unallocated
 * @param currency      currency code, e.g. RUB (only written out, never converted)
 * @param minimumTier   the lowest tier that is eligible; must be one of {@code tierOrder}
 * @param tierOrder     the tiers, lowest first, no repeats
 * @param formula       how a product's weight is computed
 * @param perCompanyCap the most one company may receive in total, &gt;= 0, or null for no cap; amounts are
 *                      whole units, so a cap of 1000.50 allows at most 1000
 */
public record SupportProgram(String id, String title, BigDecimal budget, String currency, String minimumTier,
                             List<String> tierOrder, Formula formula, BigDecimal perCompanyCap) {

    public SupportProgram {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(minimumTier, "minimumTier");
        Objects.requireNonNull(tierOrder, "tierOrder");
        Objects.requireNonNull(formula, "formula");
        title = title == null ? "" : title;
        if (id.isBlank()) {
            throw new IllegalArgumentException("a support program needs an id");
        }
        if (currency.isBlank()) {
            throw new IllegalArgumentException("program " + id + " needs a currency");
        }
        if (budget.signum() < 0) {
            throw new IllegalArgumentException("program " + id + ": the budget must not be negative");
        }
        if (perCompanyCap != null && perCompanyCap.signum() < 0) {
            throw new IllegalArgumentException("program " + id + ": the per-company cap must not be negative");
        }
        tierOrder = List.copyOf(tierOrder);
        if (tierOrder.isEmpty()) {
            throw new IllegalArgumentException("program " + id + " needs at least one tier");
        }
        if (new HashSet<>(tierOrder).size() != tierOrder.size()) {
            throw new IllegalArgumentException("program " + id + ": a tier is listed twice in " + tierOrder);
        }
        int min = tierOrder.indexOf(minimumTier);
        if (min < 0) {
            throw new IllegalArgumentException("program " + id + ": minimum tier " + minimumTier
                    + " is not one of " + tierOrder);
        }
        if (formula instanceof Formula.TierWeights tw) {
            BigDecimal previous = null;
            for (String tier : tierOrder.subList(min, tierOrder.size())) {
                BigDecimal w = tw.weights().get(tier);
                if (w == null) {
                    throw new IllegalArgumentException("program " + id + ": no weight for eligible tier " + tier);
                }
                if (previous != null && w.compareTo(previous) < 0) {
                    throw new IllegalArgumentException("program " + id + ": tier " + tier
                            + " weighs less than the tier below it (a higher tier must never get less)");
                }
                previous = w;
            }
        }
    }

    /** The position of {@code tier} in {@link #tierOrder} (0 = lowest), or -1 when it is not a tier of this program. */
    public int rank(String tier) {
        return tier == null ? -1 : tierOrder.indexOf(tier);
    }
}
