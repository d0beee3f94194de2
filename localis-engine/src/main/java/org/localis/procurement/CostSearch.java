package org.localis.procurement;

import java.math.BigInteger;

import org.localis.procurement.TransportFlow.Flow;

/**
 * Finds, among flows of exactly a given value whose real cost is within the budget, one of least objective
 * (an integer per unit of each offer). Exact branch and bound: each node bounds the offers' units
 * ({@code lo <= y_i <= hi}); its Lagrangian bound {@code max over λ >= 0 of min over flows of
 * objective + λ (real − budget)} is found by the usual search over the lower hull of (real, objective) points,
 * each point a min-cost flow; flows within budget met on the way are incumbents; a node whose bound is not below
 * the incumbent is cut; otherwise it splits, as LP branch and bound does, on the offer whose units are most
 * fractional in the node's LP optimum (the point of the hull segment that spends the budget exactly).
 */
final class CostSearch {

    private final TransportFlow network;
    private final BigInteger[] objective;
    private final BigInteger[] real;
    private final BigInteger budget;
    private final long target;
    private final int nodeLimit;
    private final BigInteger lexicographicWeight;

    private Flow best;
    private BigInteger bestObjective;
    private int nodes;
    private boolean complete = true;

    CostSearch(TransportFlow network, BigInteger[] objective, BigInteger[] real, long[] available, BigInteger budget,
               long target, int nodeLimit) {
        this.network = network;
        this.objective = objective;
        this.real = real;
        this.budget = budget;
        this.target = target;
        this.nodeLimit = nodeLimit;
        BigInteger most = BigInteger.ONE;
        for (int i = 0; i < objective.length; i++) {
            most = most.add(objective[i].abs().multiply(BigInteger.valueOf(available[i])));
        }
        this.lexicographicWeight = most;
    }

    /** The best flow found (null when no flow of the value fits the budget). */
    Flow best() {
        return best;
    }

    /** Whether the search finished within the node limit, so that {@link #best()} is optimal. */
    boolean complete() {
        return complete;
    }

    int nodes() {
        return nodes;
    }

    CostSearch run(long[] available) {
        search(new long[available.length], available.clone());
        return this;
    }

    private void search(long[] lo, long[] hi) {
        if (nodes >= nodeLimit) {
            complete = false;
            return;
        }
        nodes++;
        Flow cheapest = solve(BigInteger.ONE, BigInteger.ZERO, lo, hi);
        if (cheapest == null) {
            return;
        }
        if (real(cheapest).compareTo(budget) <= 0) {
            consider(cheapest);
            return;
        }
        // λ = infinity: least real cost, then least objective.
        Flow thrifty = solve(BigInteger.ZERO, BigInteger.ONE, lo, hi);
        if (real(thrifty).compareTo(budget) > 0) {
            return;
        }
        consider(thrifty);
        Flow within = thrifty;
        Flow over = cheapest;
        BigInteger num;
        BigInteger den;
        while (true) {
            num = objective(within).subtract(objective(over));
            den = real(over).subtract(real(within));
            Flow f = solve(den, num, lo, hi);
            BigInteger atHull = weighted(within, den, num);
            if (weighted(f, den, num).compareTo(atHull) >= 0) {
                break;
            }
            if (real(f).compareTo(budget) <= 0) {
                within = f;
                consider(f);
            } else {
                over = f;
            }
        }
        // Bound (exact rational): objective(within) + λ (real(within) − budget), λ = num / den.
        BigInteger boundTimesDen = weighted(within, den, num).subtract(num.multiply(budget));
        if (boundTimesDen.compareTo(bestObjective.multiply(den)) >= 0) {
            return;
        }
        // The LP optimum of the node is within + θ (over − within), θ = (budget − real(within)) / den: split on
        // the offer whose units there are most fractional.
        BigInteger step = budget.subtract(real(within));
        int split = -1;
        BigInteger splitFloor = null;
        BigInteger bestDistance = null;
        long[] integral = new long[lo.length];
        for (int i = 0; i < lo.length; i++) {
            long ya = within.offerTotal(i);
            BigInteger scaled = BigInteger.valueOf(ya).multiply(den)
                    .add(step.multiply(BigInteger.valueOf(over.offerTotal(i) - ya)));
            BigInteger[] qr = scaled.divideAndRemainder(den);
            if (qr[1].signum() == 0) {
                integral[i] = qr[0].longValueExact();
                continue;
            }
            BigInteger distance = qr[1].shiftLeft(1).subtract(den).abs(); // |2 frac − 1| × den: 0 is most fractional
            if (bestDistance == null || distance.compareTo(bestDistance) < 0) {
                bestDistance = distance;
                split = i;
                splitFloor = qr[0];
            }
        }
        if (split < 0) {
            // The LP optimum buys whole units (and spends the budget exactly): a flow with those units is optimal.
            Flow f = network.cheapest(objective, integral, integral, target);
            if (f != null) {
                consider(f);
            }
            return;
        }
        long k = splitFloor.longValueExact();
        long[] hiLeft = hi.clone();
        hiLeft[split] = k;
        long[] loRight = lo.clone();
        loRight[split] = k + 1;
        search(lo, hiLeft);
        search(loRight, hi);
    }

    /** A cheapest flow for the unit costs {@code a × objective + b × real} (b without a: real, then objective). */
    private Flow solve(BigInteger a, BigInteger b, long[] lo, long[] hi) {
        BigInteger[] cost = new BigInteger[objective.length];
        for (int i = 0; i < cost.length; i++) {
            cost[i] = a.signum() == 0
                    ? real[i].multiply(lexicographicWeight).add(objective[i])
                    : a.multiply(objective[i]).add(b.multiply(real[i]));
        }
        return network.cheapest(cost, lo, hi, target);
    }

    private void consider(Flow f) {
        BigInteger o = objective(f);
        if (bestObjective == null || o.compareTo(bestObjective) < 0) {
            best = f;
            bestObjective = o;
        }
    }

    private BigInteger weighted(Flow f, BigInteger den, BigInteger num) {
        return den.multiply(objective(f)).add(num.multiply(real(f)));
    }

    private BigInteger objective(Flow f) {
        return total(f, objective);
    }

    private BigInteger real(Flow f) {
        return total(f, real);
    }

    private static BigInteger total(Flow f, BigInteger[] unit) {
        BigInteger s = BigInteger.ZERO;
        for (int i = 0; i < unit.length; i++) {
            s = s.add(unit[i].multiply(BigInteger.valueOf(f.offerTotal(i))));
        }
        return s;
    }
}
