package org.localis.roadmap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.localis.assessment.Assessment;

import com.google.ortools.sat.CpSolverStatus;

/**
 * The cost-optimal frontier of the last planning year: for score levels on a grid from the current score to
 * the best reachable one, the cheapest set of actions reaching the level in that year (one small CP-SAT model
 * per level, the whole frontier capped in time). Budgets and the other years' targets do not apply; the cost
 * is that of adopting the set in the last year (capital plus one year of yearly and unit costs).
 */
final class Frontier {

    private Frontier() {
    }

    static List<RoadmapPlan.FrontierPoint> trace(Instance inst, SolverOptions o) {
        long deadline = System.nanoTime() + (long) (o.frontierSeconds() * 1e9);
        ScoreModel sm = inst.score;
        int t = inst.yearCount - 1;
        Formulation fm = new Formulation(inst, t, t);
        fm.model.maximize(fm.score(t, false));
        Formulation.Result best = fm.solve(o, remaining(deadline) / 3);
        List<RoadmapPlan.FrontierPoint> out = new ArrayList<>();
        if (!best.hasSolution()) {
            return out;
        }
        long baseProgress = sm.progress(new boolean[inst.n], t);
        BigDecimal from = sm.display(baseProgress, t);
        BigDecimal to = sm.display(best.objective(), t);
        boolean down = inst.scheme.lowerIsBetter();
        BigDecimal range = to.subtract(from).abs();
        if (range.signum() == 0) {
            return out;
        }
        BigDecimal minStep = inst.scheme.unit().equals("points") ? BigDecimal.ONE : new BigDecimal("0.5");
        BigDecimal step = niceStep(range, o.frontierPoints(), minStep);
        List<BigDecimal> levels = new ArrayList<>();
        BigDecimal l = down ? from.divide(step, 0, RoundingMode.CEILING).multiply(step).subtract(step)
                : from.divide(step, 0, RoundingMode.FLOOR).multiply(step).add(step);
        while (down ? l.compareTo(to) > 0 : l.compareTo(to) < 0) {
            levels.add(l);
            l = down ? l.subtract(step) : l.add(step);
        }
        levels.add(to);
        for (int i = 0; i < levels.size(); i++) {
            double left = remaining(deadline);
            if (left <= 0.01) {
                break;
            }
            BigDecimal level = levels.get(i);
            Formulation f = new Formulation(inst, t, t);
            f.model.addGreaterOrEqual(f.score(t, false), Math.min(sm.progressFor(level, t), best.objective()));
            f.model.minimize(f.cost());
            Formulation.Result r = f.solve(o, left / (levels.size() - i));
            if (!r.hasSolution()) {
                continue;
            }
            int count = 0;
            for (int a : r.adopt()) {
                count += a >= 0 ? 1 : 0;
            }
            Assessment as = inst.assess(Instance.inEffect(r.adopt(), t), t);
            out.add(new RoadmapPlan.FrontierPoint(level.stripTrailingZeros(), Instance.money(inst.cost(r.adopt())),
                    r.status() == CpSolverStatus.OPTIMAL && inst.score.exact(), as.score(), count));
        }
        return out;
    }

    private static double remaining(long deadline) {
        return Math.max(0, (deadline - System.nanoTime()) / 1e9);
    }

    /** The smallest of 1, 2, 5 x 10^k (and at least {@code min}) that splits {@code range} into at most {@code count}. */
    static BigDecimal niceStep(BigDecimal range, int count, BigDecimal min) {
        BigDecimal raw = range.divide(BigDecimal.valueOf(Math.max(1, count)), 10, RoundingMode.CEILING);
        BigDecimal p = new BigDecimal("0.01");
        while (true) {
            for (int m : new int[] {1, 2, 5}) {
                BigDecimal s = p.multiply(BigDecimal.valueOf(m));
                if (s.compareTo(raw) >= 0 && s.compareTo(min) >= 0) {
                    return s.stripTrailingZeros();
                }
            }
            p = p.multiply(BigDecimal.TEN);
        }
    }
}
