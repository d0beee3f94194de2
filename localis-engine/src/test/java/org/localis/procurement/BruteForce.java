package org.localis.procurement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every plan of a tiny instance, by enumeration, and the best by the planner's order: most tires, least
 * evaluated cost, least real cost, least Σ units × rank of offer id.
 */
final class BruteForce {

    /** The best plan's measures. */
    record Best(long tires, long scaledEvaluated, long real, long rank) {
    }

    private final List<Offer> offers;
    private final List<Requirement> requirements;
    private final long budget;
    private final PlanRules rules;
    private final int[][] pairs;
    private Best best;

    private BruteForce(Instances.Instance in) {
        offers = new ArrayList<>(in.offers());
        offers.sort(Comparator.comparing(Offer::offerId));
        requirements = in.requirements();
        budget = in.budget();
        rules = in.rules();
        List<int[]> ps = new ArrayList<>();
        for (int i = 0; i < offers.size(); i++) {
            for (int j = 0; j < requirements.size(); j++) {
                if (rules.fits(offers.get(i), requirements.get(j))) {
                    ps.add(new int[] {i, j});
                }
            }
        }
        pairs = ps.toArray(int[][]::new);
    }

    static Best best(Instances.Instance in) {
        BruteForce b = new BruteForce(in);
        b.enumerate(0, new int[b.offers.size()], new int[b.requirements.size()]);
        return b.best;
    }

    private void enumerate(int p, int[] offerUnits, int[] reqUnits) {
        if (p == pairs.length) {
            long tires = 0;
            long eval = 0;
            long real = 0;
            long rank = 0;
            for (int i = 0; i < offers.size(); i++) {
                Offer o = offers.get(i);
                tires += offerUnits[i];
                eval += offerUnits[i] * rules.scaledEvaluatedUnitPrice(o);
                real += offerUnits[i] * o.unitPriceMinor();
                rank += (long) offerUnits[i] * i;
            }
            if (real > budget) {
                return;
            }
            Best b = new Best(tires, eval, real, rank);
            if (best == null || Comparator.comparingLong((Best x) -> -x.tires()).thenComparingLong(Best::scaledEvaluated)
                    .thenComparingLong(Best::real).thenComparingLong(Best::rank).compare(b, best) < 0) {
                best = b;
            }
            return;
        }
        int i = pairs[p][0];
        int j = pairs[p][1];
        int most = Math.min(offers.get(i).available() - offerUnits[i], requirements.get(j).quantity() - reqUnits[j]);
        for (int x = 0; x <= most; x++) {
            offerUnits[i] += x;
            reqUnits[j] += x;
            enumerate(p + 1, offerUnits, reqUnits);
            offerUnits[i] -= x;
            reqUnits[j] -= x;
        }
    }
}
