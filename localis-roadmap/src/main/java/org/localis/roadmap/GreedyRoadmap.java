package org.localis.roadmap;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline the optimizer is compared with: year by year, while the year's target is not met, adopt the
 * action (together with whatever it requires and is not yet adopted) with the best gain per cost, the gain
 * being how much of the year's shortfall it closes (a missing mandatory criterion counts as a whole
 * requirement). It respects earliest years, exclusions and budgets (running costs of later years included),
 * and never removes an action once adopted.
 */
public final class GreedyRoadmap {

    private GreedyRoadmap() {
    }

    /** What the greedy found. */
    public record Result(boolean found, int[] adopt, long cost, String message) {
    }

    /** Runs the greedy on a problem (checked and compiled here; the engine is consulted for contributions). */
    public static RoadmapPlan.Greedy solve(RoadmapProblem problem) {
        problem.check();
        Instance inst = new Instance(problem);
        return describe(inst, run(inst));
    }

    static Result run(Instance inst) {
        return run(inst, null);
    }

    /**
     * The greedy completing {@code start} (adoption year index per action, -1 = not adopted; null = nothing),
     * which must respect earliest years, requirements, exclusions and budgets.
     */
    static Result run(Instance inst, int[] start) {
        int n = inst.n;
        boolean[] in = new boolean[n];
        int[] adopt = new int[n];
        Arrays.fill(adopt, -1);
        long[] spent = new long[inst.yearCount];
        if (start != null) {
            for (int a = 0; a < n; a++) {
                if (start[a] >= 0) {
                    adopt[a] = start[a];
                    for (int u = start[a]; u < inst.yearCount; u++) {
                        spent[u] += inst.running[a][u] + (u == start[a] ? inst.capital[a] : 0);
                    }
                }
            }
        }
        ScoreModel sm = inst.score;
        for (int t = 0; t < inst.yearCount; t++) {
            for (int a = 0; a < n; a++) {
                in[a] = adopt[a] >= 0 && adopt[a] <= t;
            }
            if (!sm.hasTarget(t)) {
                continue;
            }
            long deficit = sm.deficit(in, t);
            while (deficit > 0) {
                long progressNow = sm.progress(in, t);
                List<Integer> best = null;
                long bestGain = 0;
                long bestCost = 0;
                for (int a = 0; a < n; a++) {
                    if (adopt[a] >= 0 || inst.earliest[a] > t) {
                        continue;
                    }
                    List<Integer> bundle = bundle(inst, a, in, adopt, t);
                    if (bundle == null) {
                        continue;
                    }
                    long cost = 0;
                    for (int b : bundle) {
                        cost += inst.costIfAdopted(b, t);
                    }
                    if (!withinBudgets(inst, bundle, spent, t)) {
                        continue;
                    }
                    long gain = deficit - sm.deficitWith(in, progressNow, bundle, t);
                    if (gain <= 0) {
                        continue;
                    }
                    if (best == null || better(gain, cost, bestGain, bestCost)) {
                        best = bundle;
                        bestGain = gain;
                        bestCost = cost;
                    }
                }
                if (best == null) {
                    return new Result(false, adopt, -1, "greedy: no further action helps the " + inst.year(t)
                            + " target within the rules and budgets");
                }
                for (int b : best) {
                    in[b] = true;
                    adopt[b] = t;
                    for (int u = t; u < inst.yearCount; u++) {
                        spent[u] += inst.running[b][u] + (u == t ? inst.capital[b] : 0);
                    }
                }
                deficit = sm.deficit(in, t);
            }
        }
        return new Result(true, adopt, inst.cost(adopt), "");
    }

    /** gain1/cost1 &gt; gain2/cost2, then the cheaper; exact. */
    private static boolean better(long gain1, long cost1, long gain2, long cost2) {
        int c = BigInteger.valueOf(gain1).multiply(BigInteger.valueOf(cost2))
                .compareTo(BigInteger.valueOf(gain2).multiply(BigInteger.valueOf(cost1)));
        return c > 0 || (c == 0 && cost1 < cost2);
    }

    /** a plus everything it requires (transitively) not yet adopted; null when that cannot be adopted in t. */
    private static List<Integer> bundle(Instance inst, int a, boolean[] in, int[] adopt, int t) {
        List<Integer> out = new ArrayList<>();
        BitSet seen = new BitSet();
        Deque<Integer> todo = new ArrayDeque<>();
        todo.add(a);
        seen.set(a);
        while (!todo.isEmpty()) {
            int b = todo.poll();
            if (inst.earliest[b] > t) {
                return null;
            }
            out.add(b);
            for (int r : inst.requires[b]) {
                if (!in[r] && adopt[r] >= 0) {
                    return null; // planned for a later year (a start plan): left alone
                }
                if (!in[r] && !seen.get(r)) {
                    seen.set(r);
                    todo.add(r);
                }
            }
        }
        for (int b : out) {
            for (int x : inst.excludes[b]) {
                if (adopt[x] >= 0 || seen.get(x)) {
                    return null;
                }
            }
        }
        return out;
    }

    private static boolean withinBudgets(Instance inst, List<Integer> bundle, long[] spent, int t) {
        for (int u = t; u < inst.yearCount; u++) {
            if (inst.budget[u] < 0) {
                continue;
            }
            long s = spent[u];
            for (int b : bundle) {
                s += inst.running[b][u] + (u == t ? inst.capital[b] : 0);
            }
            if (s > inst.budget[u]) {
                return false;
            }
        }
        return true;
    }

    static RoadmapPlan.Greedy describe(Instance inst, Result r) {
        if (!r.found()) {
            return new RoadmapPlan.Greedy(false, null, Map.of(), false, r.message());
        }
        Map<String, Integer> years = new LinkedHashMap<>();
        for (int a = 0; a < inst.n; a++) {
            if (r.adopt()[a] >= 0) {
                years.put(inst.actions.get(a).id(), inst.year(r.adopt()[a]));
            }
        }
        boolean verified = true;
        List<String> failed = new ArrayList<>();
        for (int t = 0; t < inst.yearCount; t++) {
            if (inst.target(t) != null && !inst.meets(inst.assess(Instance.inEffect(r.adopt(), t), t), inst.target(t))) {
                verified = false;
                failed.add(String.valueOf(inst.year(t)));
            }
        }
        return new RoadmapPlan.Greedy(true, Instance.money(r.cost()), years, verified,
                verified ? "" : "the engine does not confirm the greedy plan's target in " + String.join(", ", failed));
    }
}
