package org.localis.roadmap;

import java.util.ArrayList;
import java.util.List;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;

/**
 * The CP-SAT model over year indices lo..hi. Variable x[a][t] is true when action a is in effect in year t
 * (adopted in t or earlier), so "adopted in year t" is x[a][t] and not x[a][t-1]; x is non-decreasing in t,
 * which also makes every action adopted at most once. Requirements hold year by year, exclusions in the
 * last year (hence in all), earliest years by leaving variables out.
 */
final class Formulation {

    private static volatile boolean loaded;

    final Instance inst;
    final CpModel model = new CpModel();
    final BoolVar[][] x;
    final int lo;
    final int hi;

    /** Result of one solve. */
    record Result(CpSolverStatus status, int[] adopt, long objective, long bound, double seconds) {
        boolean hasSolution() {
            return status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
        }
    }

    static void loadNatives() {
        if (!loaded) {
            synchronized (Formulation.class) {
                if (!loaded) {
                    Loader.loadNativeLibraries();
                    loaded = true;
                }
            }
        }
    }

    Formulation(Instance inst, int lo, int hi) {
        loadNatives();
        this.inst = inst;
        this.lo = lo;
        this.hi = hi;
        int n = inst.n;
        int[] eff = effectiveEarliest(inst);
        x = new BoolVar[n][inst.yearCount];
        for (int a = 0; a < n; a++) {
            for (int t = Math.max(lo, eff[a]); t <= hi; t++) {
                x[a][t] = model.newBoolVar("x" + a + "_" + t);
                if (t > lo && x[a][t - 1] != null) {
                    model.addImplication(x[a][t - 1], x[a][t]);
                }
            }
        }
        for (int a = 0; a < n; a++) {
            for (int r : inst.requires[a]) {
                for (int t = lo; t <= hi; t++) {
                    if (x[a][t] != null) {
                        model.addImplication(x[a][t], x[r][t]);
                    }
                }
            }
            for (int b : inst.excludes[a]) {
                if (b > a && x[a][hi] != null && x[b][hi] != null && !(inst.variants.lineOf(a) >= 0
                        && inst.variants.lineOf(a) == inst.variants.lineOf(b))) {
                    model.addBoolOr(new Literal[] {x[a][hi].not(), x[b][hi].not()});
                }
            }
        }
        // one source per BOM line: one at-most-one over the line's localizations (a clique, tighter in the LP
        // than the pairwise exclusions it replaces)
        java.util.Map<Integer, List<Literal>> byLine = new java.util.TreeMap<>();
        for (int a = 0; a < n; a++) {
            if (inst.variants.lineOf(a) >= 0 && x[a][hi] != null) {
                byLine.computeIfAbsent(inst.variants.lineOf(a), k -> new ArrayList<>()).add(x[a][hi]);
            }
        }
        for (List<Literal> same : byLine.values()) {
            if (same.size() > 1) {
                model.addAtMostOne(same.toArray(new Literal[0]));
            }
        }
    }

    /** Earliest year index each action can be in effect, given the earliest years of what it requires. */
    static int[] effectiveEarliest(Instance inst) {
        int[] eff = inst.earliest.clone();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int a = 0; a < inst.n; a++) {
                for (int r : inst.requires[a]) {
                    if (eff[r] > eff[a]) {
                        eff[a] = eff[r];
                        changed = true;
                    }
                }
            }
        }
        return eff;
    }

    BoolVar[] slice(int t) {
        BoolVar[] s = new BoolVar[inst.n];
        for (int a = 0; a < inst.n; a++) {
            s[a] = x[a][t];
        }
        return s;
    }

    LinearExprBuilder score(int t, boolean mandatory) {
        return inst.score.build(model, slice(t), t, mandatory);
    }

    /** Every year's target (score at least the requirement, and mandatory criteria when the target needs a pass). */
    void targets() {
        for (int t = lo; t <= hi; t++) {
            if (inst.score.hasTarget(t)) {
                model.addGreaterOrEqual(score(t, inst.score.needsPass[t]), inst.score.required[t]);
            }
        }
    }

    /** Budgets of the years in {@code years} (indices); spending counts capital in the adoption year. */
    void budgets(boolean[] years) {
        for (int t = lo; t <= hi; t++) {
            if (years[t] && inst.budget[t] >= 0) {
                model.addLessOrEqual(spending(t), inst.budget[t]);
            }
        }
    }

    LinearExprBuilder spending(int t) {
        LinearExprBuilder e = LinearExpr.newBuilder();
        for (int a = 0; a < inst.n; a++) {
            if (x[a][t] == null) {
                continue;
            }
            long c = inst.capital[a] + inst.running[a][t];
            if (c != 0) {
                e.addTerm(x[a][t], c);
            }
            if (t > lo && x[a][t - 1] != null && inst.capital[a] != 0) {
                e.addTerm(x[a][t - 1], -inst.capital[a]);
            }
        }
        return e;
    }

    /** Total cost over lo..hi: capital once, running costs every year in effect. */
    LinearExprBuilder cost() {
        LinearExprBuilder e = LinearExpr.newBuilder();
        for (int a = 0; a < inst.n; a++) {
            if (x[a][hi] != null && inst.capital[a] != 0) {
                e.addTerm(x[a][hi], inst.capital[a]);
            }
            for (int t = lo; t <= hi; t++) {
                if (x[a][t] != null && inst.running[a][t] != 0) {
                    e.addTerm(x[a][t], inst.running[a][t]);
                }
            }
        }
        return e;
    }

    /** The engine's verdicts so far: sets that do not reach a year's target. */
    void cuts() {
        for (Instance.Cut c : inst.cuts) {
            if (c.year() < lo || c.year() > hi) {
                continue;
            }
            List<Literal> lits = new ArrayList<>();
            for (int a = 0; a < inst.n; a++) {
                BoolVar v = x[a][c.year()];
                if (v == null) {
                    continue;
                }
                if (!c.set().get(a)) {
                    lits.add(v);
                } else if (!c.strong()) {
                    lits.add(v.not());
                }
            }
            if (lits.isEmpty()) {
                lits.add(model.falseLiteral());
            }
            model.addBoolOr(lits);
        }
    }

    void hint(int[] adopt) {
        for (int a = 0; a < inst.n; a++) {
            for (int t = lo; t <= hi; t++) {
                if (x[a][t] != null) {
                    model.addHint(x[a][t], adopt[a] >= 0 && adopt[a] <= t);
                }
            }
        }
    }

    Result solve(SolverOptions o, double seconds) {
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(Math.max(0.01, seconds)).setNumWorkers(Math.max(1, o.workers()))
                .setLogSearchProgress(false);
        if (o.workers() <= 1) {
            // one worker: make it the LP-based search with cuts (measured best on this 2-core machine, docs/roadmap.md)
            solver.getParameters().setLinearizationLevel(2);
        }
        CpSolverStatus st = solver.solve(model);
        int[] adopt = new int[inst.n];
        java.util.Arrays.fill(adopt, -1);
        long obj = 0;
        long bound = 0;
        if (st == CpSolverStatus.OPTIMAL || st == CpSolverStatus.FEASIBLE) {
            for (int a = 0; a < inst.n; a++) {
                for (int t = lo; t <= hi; t++) {
                    if (x[a][t] != null && solver.booleanValue(x[a][t])) {
                        adopt[a] = t;
                        break;
                    }
                }
            }
            obj = Math.round(solver.objectiveValue());
        }
        if (st != CpSolverStatus.INFEASIBLE && st != CpSolverStatus.MODEL_INVALID) {
            bound = (long) Math.ceil(solver.bestObjectiveBound() - 1e-6);
        }
        return new Result(st, adopt, obj, bound, solver.wallTime());
    }
}
