package org.localis.roadmap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.ortools.linearsolver.MPConstraintProto;
import com.google.ortools.linearsolver.MPModelProto;
import com.google.ortools.linearsolver.MPModelRequest;
import com.google.ortools.linearsolver.MPSolutionResponse;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverResponseStatus;
import com.google.ortools.linearsolver.MPVariableProto;

/**
 * The linear-programming relaxation of a value-share roadmap (GLOP), used for two things: a proven lower
 * bound on the optimal cost, and a starting plan (the LP solution rounded down, completed by the greedy).
 *
 * <p>The bound is not GLOP's objective value (floating point, tolerances) but a Lagrangian bound recomputed
 * from GLOP's dual values: with multipliers {@code lambda[t] >= 0} on the year targets and {@code mu >= 0} on the
 * requirements, every plan costs at least {@code sum lambda[t] R[t] + sum over groups of min(0, best option)},
 * a group being the localizations of one BOM line (at most one of them) or a single action, an option being
 * "adopted in year s". This holds for any non-negative multipliers (weak duality), so its validity does not
 * depend on GLOP's accuracy; with GLOP's optimal duals it equals the LP bound. Budgets, other exclusions and
 * the engine's cuts are left out of the bound (a relaxation: still a valid bound).
 */
final class LpBound {

    /** Proven lower bound (minor units) or Long.MIN_VALUE; the LP solution x[a][t] (null when none). */
    record Result(long bound, double[][] x, double seconds) {
    }

    private LpBound() {
    }

    static Result solve(Instance inst, double seconds) {
        Formulation.loadNatives();
        long start = System.nanoTime();
        if (!(inst.score instanceof ScoreModel.Share sm)) {
            return new Result(Long.MIN_VALUE, null, 0);
        }
        int n = inst.n;
        int years = inst.yearCount;
        int hi = years - 1;
        int[] eff = Formulation.effectiveEarliest(inst);
        int[][] v = new int[n][years];
        MPModelProto.Builder m = MPModelProto.newBuilder().setMaximize(false);
        int count = 0;
        for (int a = 0; a < n; a++) {
            for (int t = 0; t < years; t++) {
                v[a][t] = -1;
                if (t >= eff[a]) {
                    v[a][t] = count++;
                    double c = inst.running[a][t] + (t == hi ? inst.capital[a] : 0);
                    m.addVariable(MPVariableProto.newBuilder().setLowerBound(0).setUpperBound(1).setObjectiveCoefficient(c));
                }
            }
        }
        // monotone in time
        for (int a = 0; a < n; a++) {
            for (int t = eff[a] + 1; t < years; t++) {
                m.addConstraint(row(v[a][t - 1], 1, v[a][t], -1, Double.NEGATIVE_INFINITY, 0));
            }
        }
        // requirements, remembered for the bound: (a, r, t)
        List<int[]> reqRows = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            for (int r : inst.requires[a]) {
                for (int t = eff[a]; t < years; t++) {
                    reqRows.add(new int[] {a, r, t, m.getConstraintCount()});
                    m.addConstraint(row(v[a][t], 1, v[r][t], -1, Double.NEGATIVE_INFINITY, 0));
                }
            }
        }
        // groups: the localizations of a BOM line (one source), else the action alone
        Map<Integer, List<Integer>> byLine = new HashMap<>();
        List<int[]> groups = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            int line = inst.variants.lineOf(a);
            if (line >= 0) {
                byLine.computeIfAbsent(line, k -> new ArrayList<>()).add(a);
            } else {
                groups.add(new int[] {a});
            }
        }
        for (List<Integer> g : byLine.values()) {
            groups.add(g.stream().mapToInt(Integer::intValue).toArray());
            if (g.size() > 1) {
                MPConstraintProto.Builder c = MPConstraintProto.newBuilder().setLowerBound(Double.NEGATIVE_INFINITY).setUpperBound(1);
                for (int a : g) {
                    if (v[a][hi] >= 0) {
                        c.addVarIndex(v[a][hi]).addCoefficient(1);
                    }
                }
                m.addConstraint(c);
            }
        }
        for (int a = 0; a < n; a++) {
            for (int b : inst.excludes[a]) {
                if (b > a && v[a][hi] >= 0 && v[b][hi] >= 0 && inst.variants.lineOf(a) != inst.variants.lineOf(b)) {
                    m.addConstraint(row(v[a][hi], 1, v[b][hi], 1, Double.NEGATIVE_INFINITY, 1));
                }
            }
        }
        int[] yearRow = new int[years];
        for (int t = 0; t < years; t++) {
            yearRow[t] = -1;
            if (!sm.hasTarget(t)) {
                continue;
            }
            MPConstraintProto.Builder c = MPConstraintProto.newBuilder().setLowerBound(sm.required[t])
                    .setUpperBound(Double.POSITIVE_INFINITY);
            for (int a = 0; a < n; a++) {
                if (v[a][t] >= 0 && sm.delta(a, t) != 0) {
                    c.addVarIndex(v[a][t]).addCoefficient(sm.delta(a, t));
                }
            }
            yearRow[t] = m.getConstraintCount();
            m.addConstraint(c);
        }
        for (int t = 0; t < years; t++) {
            if (inst.budget[t] >= 0) {
                MPConstraintProto.Builder c = MPConstraintProto.newBuilder().setLowerBound(Double.NEGATIVE_INFINITY)
                        .setUpperBound(inst.budget[t]);
                for (int a = 0; a < n; a++) {
                    if (v[a][t] < 0) {
                        continue;
                    }
                    c.addVarIndex(v[a][t]).addCoefficient(inst.capital[a] + inst.running[a][t]);
                    if (t > 0 && v[a][t - 1] >= 0 && inst.capital[a] != 0) {
                        c.addVarIndex(v[a][t - 1]).addCoefficient(-inst.capital[a]);
                    }
                }
                m.addConstraint(c);
            }
        }
        MPModelRequest req = MPModelRequest.newBuilder().setModel(m)
                .setSolverType(MPModelRequest.SolverType.GLOP_LINEAR_PROGRAMMING)
                .setSolverTimeLimitSeconds(Math.max(0.05, seconds))
                // dual simplex without GLOP presolve: 0.4-1 s here instead of 3-5 s
                .setSolverSpecificParameters("use_dual_simplex:true use_preprocessing:false").build();
        MPSolutionResponse res = MPSolver.solveWithProto(req);
        if (res.getStatus() != MPSolverResponseStatus.MPSOLVER_OPTIMAL || res.getDualValueCount() != m.getConstraintCount()) {
            return new Result(Long.MIN_VALUE, null, (System.nanoTime() - start) / 1e9);
        }
        double[][] x = new double[n][years];
        for (int a = 0; a < n; a++) {
            for (int t = 0; t < years; t++) {
                x[a][t] = v[a][t] < 0 ? 0 : res.getVariableValue(v[a][t]);
            }
        }
        // Lagrangian bound from the duals (min problem: >= rows have dual >= 0, <= rows dual <= 0)
        double[][] w = new double[n][years];
        for (int a = 0; a < n; a++) {
            for (int t = eff[a]; t < years; t++) {
                w[a][t] = inst.running[a][t] + (t == hi ? inst.capital[a] : 0);
            }
        }
        double bound = 0;
        double scale = 0;
        for (int t = 0; t < years; t++) {
            if (yearRow[t] < 0) {
                continue;
            }
            double lambda = Math.max(0, res.getDualValue(yearRow[t]));
            bound += lambda * sm.required[t];
            scale += Math.abs(lambda * sm.required[t]);
            for (int a = 0; a < n; a++) {
                if (v[a][t] >= 0) {
                    w[a][t] -= lambda * sm.delta(a, t);
                }
            }
        }
        for (int[] rr : reqRows) {
            double mu = Math.max(0, -res.getDualValue(rr[3]));
            // mu (x[a][t] - x[r][t]) <= 0 relaxed: + mu x[a][t] - mu x[r][t]
            w[rr[0]][rr[2]] += mu;
            w[rr[1]][rr[2]] -= mu;
        }
        for (int[] g : groups) {
            double best = 0;
            for (int a : g) {
                double suffix = 0;
                for (int s = years - 1; s >= eff[a]; s--) {
                    suffix += w[a][s];
                    scale += Math.abs(w[a][s]);
                    best = Math.min(best, suffix);
                }
            }
            bound += best;
        }
        // floating-point safety: far above the rounding error of these sums
        long proven = (long) Math.ceil(bound - 1e-9 * scale - 1);
        return new Result(proven, x, (System.nanoTime() - start) / 1e9);
    }

    /** The LP solution rounded down (what is fully adopted), a valid start for the greedy when there are no budgets. */
    static int[] roundDown(Instance inst, double[][] x) {
        int[] adopt = RoadmapSolver.none(inst.n);
        for (int a = 0; a < inst.n; a++) {
            for (int t = 0; t < inst.yearCount; t++) {
                if (x[a][t] > 1 - 1e-6) {
                    adopt[a] = t;
                    break;
                }
            }
        }
        // guard against tolerance effects: keep only what is structurally valid
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int a = 0; a < inst.n; a++) {
                if (adopt[a] < 0) {
                    continue;
                }
                boolean ok = adopt[a] >= inst.earliest[a];
                for (int r : inst.requires[a]) {
                    ok &= adopt[r] >= 0 && adopt[r] <= adopt[a];
                }
                for (int b : inst.excludes[a]) {
                    ok &= adopt[b] < 0 || b > a;
                }
                if (!ok) {
                    adopt[a] = -1;
                    changed = true;
                }
            }
        }
        return adopt;
    }

    /**
     * Local improvement of a plan of a value-share problem without budgets (contributions add up): drop
     * actions, dearest first, and postpone adoptions while every year's target stays met and nothing adopted
     * requires them earlier. Never makes the plan dearer or invalid.
     */
    static int[] improve(Instance inst, int[] plan) {
        ScoreModel.Share sm = (ScoreModel.Share) inst.score;
        int n = inst.n;
        int years = inst.yearCount;
        int[] adopt = plan.clone();
        long[] progress = new long[years];
        for (int t = 0; t < years; t++) {
            for (int a = 0; a < n; a++) {
                if (adopt[a] >= 0 && adopt[a] <= t) {
                    progress[t] += sm.delta(a, t);
                }
            }
        }
        Integer[] order = new Integer[n];
        for (int a = 0; a < n; a++) {
            order[a] = a;
        }
        java.util.Arrays.sort(order, (p, q) -> Long.compare(
                adopt[q] < 0 ? 0 : inst.costIfAdopted(q, adopt[q]), adopt[p] < 0 ? 0 : inst.costIfAdopted(p, adopt[p])));
        for (int a : order) {
            if (adopt[a] < 0) {
                continue;
            }
            // the latest year a can move to: the earliest adoption among what requires it, or "never"
            int latest = years;
            for (int b : inst.requiredBy[a]) {
                if (adopt[b] >= 0) {
                    latest = Math.min(latest, adopt[b]);
                }
            }
            int to = adopt[a];
            for (int cand = latest; cand > adopt[a]; cand--) {
                boolean ok = true;
                for (int t = adopt[a]; t < Math.min(cand, years) && ok; t++) {
                    ok = !sm.hasTarget(t) || progress[t] - sm.delta(a, t) >= sm.required[t];
                }
                if (ok) {
                    to = cand;
                    break;
                }
            }
            if (to != adopt[a]) {
                for (int t = adopt[a]; t < Math.min(to, years); t++) {
                    progress[t] -= sm.delta(a, t);
                }
                adopt[a] = to >= years ? -1 : to;
            }
        }
        return adopt;
    }

    private static MPConstraintProto.Builder row(int v1, double c1, int v2, double c2, double lo, double up) {
        return MPConstraintProto.newBuilder().addVarIndex(v1).addCoefficient(c1).addVarIndex(v2).addCoefficient(c2)
                .setLowerBound(lo).setUpperBound(up);
    }
}
