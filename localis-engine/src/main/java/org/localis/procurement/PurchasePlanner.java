package org.localis.procurement;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.localis.procurement.TransportFlow.Flow;

/**
 * Plans a purchase for the funds available.
 *
 * <p><b>What the plan is.</b> A plan buys {@code x(o, r) >= 0} tires of offer {@code o} for requirement
 * {@code r} only where the offer {@linkplain PlanRules#fits fits} the requirement, with at most
 * {@link Offer#available()} tires of each offer over all requirements, at most {@link Requirement#quantity()}
 * for each requirement, and a real cost {@code Σ x × unit price <= budget}. Among those plans it chooses, in this
 * order:
 * <ol>
 *   <li>the most tires (coverage);</li>
 *   <li>then the least evaluated cost ({@link PlanRules#evaluatedUnitPrice}: domestic offers at their price
 *       reduced by the preference), compared exactly;</li>
 *   <li>then the least real cost;</li>
 *   <li>then the least {@code Σ units × rank of the offer's id} (ids in string order, rank 0 first): ties go to
 *       offers with smaller ids.</li>
 * </ol>
 * Remaining ties (which requirement a unit goes to when it changes none of these) are broken the same way for
 * the same input in any order, because offers and requirements are first sorted by id and key.
 *
 * <p><b>How.</b> It is a transportation problem (offers → requirements) with a budget. The most tires within
 * the budget is exact by min-cost flow on the real prices: the cheapest cost of {@code F} tires is convex in
 * {@code F}, so successive shortest paths stop exactly at the largest affordable {@code F}. With the evaluated
 * cost the budget becomes a side constraint (choosing between a dearer domestic and a cheaper import offer under a
 * budget is a knapsack), so the second step is an exact branch and bound over the offers' quantities with
 * Lagrangian min-cost-flow bounds (see {@code CostSearch}). When the budget does not bind (the plan of least
 * evaluated cost is affordable) it ends at the first node. When it binds and many offers compete for the same
 * lines, the search may reach {@link PlanRules#nodeLimit()} (a few milliseconds per node on tens of offers and
 * lines); the plan is then the best found, still of maximal coverage and within budget, and
 * {@link PurchasePlan#optimal()} is false.
 */
public final class PurchasePlanner {

    private PurchasePlanner() {
    }

    /**
     * @throws IllegalArgumentException for a negative budget, or an offer id or requirement key given twice
     */
    public static PurchasePlan plan(List<Requirement> requirements, List<Offer> offers, long budgetMinor,
                                    PlanRules rules) {
        return plan(requirements, offers, budgetMinor, rules, true);
    }

    /** {@code reduce}: drop dominated offers before the search (tests compare with the search on all offers). */
    static PurchasePlan plan(List<Requirement> requirements, List<Offer> offers, long budgetMinor, PlanRules rules,
                             boolean reduce) {
        Objects.requireNonNull(rules, "rules");
        if (budgetMinor < 0) {
            throw new IllegalArgumentException("the budget " + budgetMinor + " is negative");
        }
        List<Offer> os = sorted(offers, Offer::offerId, "offer id");
        List<Requirement> rs = sorted(requirements, Requirement::key, "requirement key");
        int n = os.size();
        int m = rs.size();

        boolean[][] fits = new boolean[n][m];
        long[] available = new long[n];
        long[] demand = new long[m];
        BigInteger[] real = new BigInteger[n];
        BigInteger[] evaluated = new BigInteger[n];
        for (int i = 0; i < n; i++) {
            Offer o = os.get(i);
            available[i] = o.available();
            real[i] = BigInteger.valueOf(o.unitPriceMinor());
            evaluated[i] = BigInteger.valueOf(rules.scaledEvaluatedUnitPrice(o));
            for (int j = 0; j < m; j++) {
                fits[i][j] = rules.fits(o, rs.get(j));
            }
        }
        for (int j = 0; j < m; j++) {
            demand[j] = rs.get(j).quantity();
        }
        BigInteger budget = BigInteger.valueOf(budgetMinor);
        BigInteger realWeight = weight(real, available);
        BigInteger[] rankCost = new BigInteger[n];
        for (int i = 0; i < n; i++) {
            rankCost[i] = BigInteger.valueOf(i);
        }
        BigInteger rankWeight = weight(rankCost, available);
        BigInteger[] objective = new BigInteger[n];
        for (int i = 0; i < n; i++) {
            objective[i] = evaluated[i].multiply(realWeight).add(real[i]).multiply(rankWeight).add(rankCost[i]);
        }

        // The search runs on the offers some optimal plan may buy from (see Dominance), each capped at its lines'
        // demand; the other offers buy nothing.
        boolean[] keep = reduce ? Dominance.keep(fits, demand, real, objective, available) : all(n);
        int[] kept = java.util.stream.IntStream.range(0, n).filter(i -> keep[i]).toArray();
        boolean[][] fitsKept = new boolean[kept.length][];
        long[] availableKept = new long[kept.length];
        BigInteger[] realKept = new BigInteger[kept.length];
        BigInteger[] objectiveKept = new BigInteger[kept.length];
        for (int k = 0; k < kept.length; k++) {
            int i = kept[k];
            fitsKept[k] = fits[i];
            availableKept[k] = reduce ? Dominance.usable(fits[i], demand, available[i]) : available[i];
            realKept[k] = real[i];
            objectiveKept[k] = objective[i];
        }
        TransportFlow network = new TransportFlow(fitsKept, demand);
        long most = network.mostWithin(realKept, availableKept, budget).value();
        CostSearch search = new CostSearch(network, objectiveKept, realKept, availableKept, budget, most,
                rules.nodeLimit()).run(availableKept);
        long[][] units = new long[n][m];
        Flow best = search.best();
        for (int k = 0; k < kept.length && best != null; k++) {
            units[kept[k]] = best.units()[k];
        }
        return describe(new Flow(units, most), search.complete(), os, rs, budgetMinor, rules);
    }

    private static boolean[] all(int n) {
        boolean[] b = new boolean[n];
        java.util.Arrays.fill(b, true);
        return b;
    }

    /** {@code 1 + Σ unit × available}: more than any plan's total of {@code unit}. */
    private static BigInteger weight(BigInteger[] unit, long[] available) {
        BigInteger w = BigInteger.ONE;
        for (int i = 0; i < unit.length; i++) {
            w = w.add(unit[i].multiply(BigInteger.valueOf(available[i])));
        }
        return w;
    }

    private static <T> List<T> sorted(List<T> items, java.util.function.Function<T, String> id, String what) {
        Objects.requireNonNull(items, what + "s");
        Set<String> seen = new HashSet<>();
        for (T t : items) {
            if (!seen.add(id.apply(Objects.requireNonNull(t, what)))) {
                throw new IllegalArgumentException(what + " " + id.apply(t) + " is given twice");
            }
        }
        List<T> copy = new ArrayList<>(items);
        copy.sort(Comparator.comparing(id));
        return copy;
    }

    private static PurchasePlan describe(Flow flow, boolean optimal, List<Offer> os, List<Requirement> rs,
                                         long budgetMinor, PlanRules rules) {
        List<PlanLine> lines = new ArrayList<>();
        List<Coverage> coverage = new ArrayList<>();
        long realCost = 0;
        BigDecimal evaluatedCost = BigDecimal.ZERO;
        long domesticValue = 0;
        int domesticTires = 0;
        for (int j = 0; j < rs.size(); j++) {
            Requirement r = rs.get(j);
            int covered = 0;
            for (int i = 0; i < os.size(); i++) {
                int q = Math.toIntExact(flow.units()[i][j]);
                if (q == 0) {
                    continue;
                }
                Offer o = os.get(i);
                boolean domestic = rules.qualifies(o);
                PlanLine line = new PlanLine(o.offerId(), r.key(), q, o.unitPriceMinor(),
                        rules.evaluatedUnitPrice(o), domestic, reason(o, r, rules));
                lines.add(line);
                covered += q;
                realCost = Math.addExact(realCost, line.realCostMinor());
                evaluatedCost = evaluatedCost.add(line.evaluatedCost());
                if (domestic) {
                    domesticValue = Math.addExact(domesticValue, line.realCostMinor());
                    domesticTires += q;
                }
            }
            coverage.add(new Coverage(r.key(), r.quantity(), covered));
        }
        if (realCost > budgetMinor) {
            throw new IllegalStateException("plan over budget: " + realCost + " > " + budgetMinor);
        }
        return new PurchasePlan(lines, coverage, budgetMinor, realCost, evaluatedCost, domesticValue, domesticTires,
                optimal);
    }

    /** Why an offer counts as it does, and how it fits the requirement. */
    static String reason(Offer o, Requirement r, PlanRules rules) {
        StringBuilder b = new StringBuilder();
        DomesticStatus d = o.domestic();
        if (rules.qualifies(o)) {
            b.append("domestic: certificate ").append(d.certificateNumber()).append(", tier ").append(d.tierId());
            if (d.score() != null) {
                b.append(", score ").append(d.score().toPlainString());
            }
            BigDecimal share = BigDecimal.ONE.subtract(rules.domesticPreference()).movePointRight(2)
                    .stripTrailingZeros();
            b.append("; evaluated at ").append(share.toPlainString()).append("% of its price");
        } else if (d == null) {
            b.append("import or not certified: evaluated at its price");
        } else if (!d.valid()) {
            b.append("certificate ").append(d.certificateNumber()).append(" is not valid: evaluated at its price");
        } else {
            b.append("certificate ").append(d.certificateNumber()).append(" tier ").append(d.tierId())
                    .append(" is not a qualifying tier ").append(rules.qualifyingTiers())
                    .append(": evaluated at its price");
        }
        if (!o.tire().canonical().equals(r.required().canonical())) {
            b.append("; ").append(o.tire().canonical()).append(" for required ").append(r.required().canonical());
        }
        if (o.season() != r.season()) {
            b.append("; ").append(o.season().word()).append(" for ").append(r.season().word())
                    .append(" (allowed by the rules)");
        }
        return b.toString();
    }
}
