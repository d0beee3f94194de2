package org.localis.roadmap;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

import org.localis.assessment.Assessment;
import org.localis.input.InvalidInputException;

import com.google.ortools.sat.CpSolverStatus;

/**
 * Finds the cheapest roadmap: checks the problem, measures every action with the engine, runs the greedy
 * baseline, solves the integer program with CP-SAT (starting from the greedy plan), checks the plan year by
 * year with the engine (re-solving without any set the engine rejects), explains the plan or what blocks
 * it, and traces the cost-optimal frontier. Thread-safe: every call works on its own data.
 */
public final class RoadmapSolver {

    private static final MathContext MC = new MathContext(34, RoundingMode.HALF_UP);

    private RoadmapSolver() {
    }

    /**
     * @throws InvalidInputException when the problem or the product does not fit (every problem listed)
     */
    public static RoadmapPlan solve(RoadmapProblem problem, SolverOptions options) {
        long start = System.nanoTime();
        problem.check();
        Instance inst = new Instance(problem);
        GreedyRoadmap.Result g = GreedyRoadmap.run(inst);
        RoadmapPlan.Greedy greedy = GreedyRoadmap.describe(inst, g);
        List<String> notes = new ArrayList<>();
        List<RoadmapPlan.Remark> noteCodes = new ArrayList<>();
        if (inst.score instanceof ScoreModel.Share sh) {
            notes.addAll(sh.disagreements);
            noteCodes.addAll(sh.disagreementCodes);
        }
        Formulation.Result r;
        double solveSeconds = 0;
        int cuts = 0;
        boolean unverified = false;
        // value-share problems: the LP relaxation gives a proven lower bound and, rounded down and completed by
        // the greedy, usually a much better starting plan than the greedy alone
        long lpBound = Long.MIN_VALUE;
        GreedyRoadmap.Result startPlan = g;
        boolean startVerified = greedy.verified();
        double limit = options.timeLimitSeconds();
        if (inst.score instanceof ScoreModel.Share sh && sh.additive()) {
            LpBound.Result lp = LpBound.solve(inst, 0.75 * limit);
            solveSeconds += lp.seconds();
            limit = Math.max(0.01, limit - lp.seconds());
            lpBound = lp.bound();
            if (lp.x() != null && !hasBudgets(inst)) {
                GreedyRoadmap.Result g2 = GreedyRoadmap.run(inst, LpBound.roundDown(inst, lp.x()));
                if (g2.found()) {
                    int[] better = LpBound.improve(inst, g2.adopt());
                    g2 = new GreedyRoadmap.Result(true, better, inst.cost(better), "");
                }
                if (g2.found() && (!g.found() || g2.cost() < g.cost()) && confirmed(inst, g2.adopt())) {
                    startPlan = g2;
                    startVerified = true;
                }
            }
        }
        int[] hint = options.greedyHint() && startPlan.found() ? startPlan.adopt() : null;
        while (true) {
            Formulation f = formulation(inst);
            if (hint != null) {
                f.hint(hint);
            }
            r = f.solve(options, limit);
            solveSeconds += r.seconds();
            if (r.status() == CpSolverStatus.UNKNOWN && startPlan.found() && startVerified && inst.cuts.isEmpty()) {
                // no solution within the limit: the start plan is feasible for the model and confirmed by the engine
                notes.add("CP-SAT found no better plan within " + options.timeLimitSeconds() + " s; the "
                        + (startPlan == g ? "greedy" : "LP-rounded") + " plan is shown");
                noteCodes.add(RoadmapPlan.Remark.of(startPlan == g ? RoadmapPlan.RemarkCode.GREEDY_PLAN_SHOWN
                        : RoadmapPlan.RemarkCode.ROUNDED_PLAN_SHOWN, BigDecimal.valueOf(options.timeLimitSeconds())));
                r = new Formulation.Result(CpSolverStatus.FEASIBLE, startPlan.adopt(), startPlan.cost(),
                        Math.min(r.bound(), startPlan.cost()), r.seconds());
            }
            if (r.status() == CpSolverStatus.FEASIBLE && startPlan.found() && startVerified && inst.cuts.isEmpty()
                    && startPlan.cost() < r.objective()) {
                // CP-SAT left its hint for a dearer plan within the limit: keep the start plan
                r = new Formulation.Result(CpSolverStatus.FEASIBLE, startPlan.adopt(), startPlan.cost(), r.bound(), r.seconds());
            }
            if (r.hasSolution() && lpBound > r.bound()) {
                // the LP bound is a valid lower bound of this model too (it leaves out only budgets and cuts)
                r = new Formulation.Result(r.status() == CpSolverStatus.FEASIBLE && lpBound >= r.objective()
                        ? CpSolverStatus.OPTIMAL : r.status(), r.adopt(), r.objective(), lpBound, r.seconds());
            }
            if (!r.hasSolution()) {
                break;
            }
            List<Integer> failing = new ArrayList<>();
            for (int t = 0; t < inst.yearCount; t++) {
                Target tg = inst.target(t);
                if (tg != null && !inst.meets(inst.assess(Instance.inEffect(r.adopt(), t), t), tg)) {
                    failing.add(t);
                }
            }
            if (failing.isEmpty()) {
                break;
            }
            if (cuts >= options.maxCuts()) {
                unverified = true;
                notes.add("the engine rejected " + cuts + " plans of the linear model; the last plan is shown unconfirmed");
                noteCodes.add(RoadmapPlan.Remark.of(RoadmapPlan.RemarkCode.PLANS_REJECTED, cuts));
                break;
            }
            hint = r.adopt();
            for (int t : failing) {
                inst.cuts.add(new Instance.Cut(t, Instance.inEffect(r.adopt(), t), inst.score.monotone()));
                cuts++;
                notes.add("the engine scores the model's set for " + inst.year(t) + " below the target (the model "
                        + "disagrees with the engine there); that set was excluded and the plan re-solved");
                noteCodes.add(RoadmapPlan.Remark.of(RoadmapPlan.RemarkCode.SET_EXCLUDED, inst.year(t)));
            }
        }
        // claims of proof (OPTIMAL, INFEASIBLE, a bound) only when the model is the scheme's arithmetic exactly and
        // the engine never disagreed with it; otherwise a plan is FEASIBLE and no plan is "not found"
        boolean exact = inst.score.exact() && cuts == 0;
        if (!inst.score.exact()) {
            notes.add("the model is not exact for this problem (" + (inst.score.rounded
                    ? "some figures have too many decimals and were rounded" : "it disagrees with the engine")
                    + "): a plan is confirmed by the engine but not proven cheapest, and no plan found is not a proof "
                    + "that none exists");
            noteCodes.add(RoadmapPlan.Remark.of(inst.score.rounded ? RoadmapPlan.RemarkCode.MODEL_ROUNDED
                    : RoadmapPlan.RemarkCode.MODEL_NOT_EXACT));
        }
        RoadmapPlan.Status status;
        if (unverified) {
            status = RoadmapPlan.Status.UNVERIFIED;
        } else {
            status = switch (r.status()) {
                case OPTIMAL -> exact ? RoadmapPlan.Status.OPTIMAL : RoadmapPlan.Status.FEASIBLE;
                case FEASIBLE -> RoadmapPlan.Status.FEASIBLE;
                case INFEASIBLE -> exact ? RoadmapPlan.Status.INFEASIBLE : RoadmapPlan.Status.UNKNOWN;
                default -> RoadmapPlan.Status.UNKNOWN;
            };
        }
        int[] adopt = r.hasSolution() ? r.adopt() : none(inst.n);
        List<RoadmapPlan.Remark> blockerCodes = new ArrayList<>();
        List<String> blockers = status == RoadmapPlan.Status.INFEASIBLE ? Diagnosis.explain(inst, options, blockerCodes) : List.of();
        if (status == RoadmapPlan.Status.UNKNOWN) {
            blockers = List.of(r.status() == CpSolverStatus.INFEASIBLE
                    ? "no plan that meets the targets was found; the model is not exact here, so this is not a proof that none exists"
                    : "no plan was found within " + options.timeLimitSeconds() + " s; raise the time limit");
            blockerCodes = List.of(r.status() == CpSolverStatus.INFEASIBLE
                    ? RoadmapPlan.Remark.of(RoadmapPlan.RemarkCode.NOT_FOUND_NOT_PROVEN)
                    : RoadmapPlan.Remark.of(RoadmapPlan.RemarkCode.NOT_FOUND_IN_TIME, BigDecimal.valueOf(options.timeLimitSeconds())));
        }
        BigDecimal totalCost = r.hasSolution() ? Instance.money(inst.cost(adopt)) : null;
        boolean proven = r.hasSolution() && exact;
        BigDecimal bound = proven ? Instance.money(Math.min(r.bound(), inst.cost(adopt))) : null;
        BigDecimal gap = null;
        if (proven) {
            long c = inst.cost(adopt);
            long b = Math.min(r.bound(), c);
            gap = c == 0 ? BigDecimal.ZERO.setScale(2)
                    : BigDecimal.valueOf(c - b).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(c), 2, RoundingMode.HALF_UP);
        }
        List<RoadmapPlan.Year> years = years(inst, adopt);
        List<RoadmapPlan.Chosen> chosen = r.hasSolution() ? chosen(inst, adopt) : List.of();
        List<RoadmapPlan.FrontierPoint> frontier = options.frontierPoints() > 0 ? Frontier.trace(inst, options)
                : List.of();
        double total = (System.nanoTime() - start) / 1e9;
        return new RoadmapPlan(inst.scheme.id(), inst.scheme.info().version(), inst.scheme.kind(), inst.scheme.unit(),
                inst.scheme.lowerIsBetter(), problem.product().currency(), problem.firstYear(), problem.lastYear(), status,
                status == RoadmapPlan.Status.OPTIMAL, totalCost, bound, gap,
                solveSeconds, total, cuts, exact, years, chosen, greedy, frontier,
                blockers, notes, blockerCodes, noteCodes);
    }

    private static boolean hasBudgets(Instance inst) {
        for (long b : inst.budget) {
            if (b >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the engine confirms every year's target of a plan. */
    private static boolean confirmed(Instance inst, int[] adopt) {
        for (int t = 0; t < inst.yearCount; t++) {
            Target tg = inst.target(t);
            if (tg != null && !inst.meets(inst.assess(Instance.inEffect(adopt, t), t), tg)) {
                return false;
            }
        }
        return true;
    }

    private static Formulation formulation(Instance inst) {
        Formulation f = new Formulation(inst, 0, inst.yearCount - 1);
        f.targets();
        f.budgets(all(inst.yearCount));
        f.cuts();
        f.model.minimize(f.cost());
        return f;
    }

    static boolean[] all(int n) {
        boolean[] b = new boolean[n];
        Arrays.fill(b, true);
        return b;
    }

    static int[] none(int n) {
        int[] a = new int[n];
        Arrays.fill(a, -1);
        return a;
    }

    static boolean[] set(int[] adopt, int t) {
        boolean[] in = new boolean[adopt.length];
        for (int a = 0; a < adopt.length; a++) {
            in[a] = adopt[a] >= 0 && adopt[a] <= t;
        }
        return in;
    }

    private static List<RoadmapPlan.Year> years(Instance inst, int[] adopt) {
        List<RoadmapPlan.Year> out = new ArrayList<>();
        long cumulative = 0;
        for (int t = 0; t < inst.yearCount; t++) {
            List<String> adopted = new ArrayList<>();
            for (int a = 0; a < inst.n; a++) {
                if (adopt[a] == t) {
                    adopted.add(inst.actions.get(a).id());
                }
            }
            long spend = inst.spending(adopt, t);
            cumulative += spend;
            Target tg = inst.target(t);
            BitSet s = Instance.inEffect(adopt, t);
            Assessment a = inst.assess(s, t);
            out.add(new RoadmapPlan.Year(inst.year(t), adopted, Instance.money(spend), Instance.money(cumulative),
                    inst.budget[t] < 0 ? null : Instance.money(inst.budget[t]), tg == null ? null : tg.describe(),
                    tg == null ? null : inst.score.level(tg, t),
                    inst.score.display(inst.score.progress(set(adopt, t), t), t), a.score(),
                    a.tier() == null ? null : a.tier().id(), a.passed(), tg == null || inst.meets(a, tg), tg));
        }
        return out;
    }

    private static List<RoadmapPlan.Chosen> chosen(Instance inst, int[] adopt) {
        List<RoadmapPlan.Chosen> out = new ArrayList<>();
        ScoreModel sm = inst.score;
        String unit = inst.scheme.unit().equals("points") ? "points" : "percentage points";
        for (int a = 0; a < inst.n; a++) {
            int s = adopt[a];
            if (s < 0) {
                continue;
            }
            Action act = inst.actions.get(a);
            boolean[] with = set(adopt, s);
            boolean[] without = with.clone();
            without[a] = false;
            BigDecimal contribution = sm.display(sm.progress(with, s), s).subtract(sm.display(sm.progress(without, s), s)).abs();
            int lostMandatory = sm.needsPass[s] ? sm.mandatoryUnmet(without, s) - sm.mandatoryUnmet(with, s) : 0;
            List<Integer> needed = new ArrayList<>();
            for (int t = s; t < inst.yearCount; t++) {
                boolean[] w = set(adopt, t);
                w[a] = false;
                if (sm.hasTarget(t) && !sm.meets(w, t)) {
                    needed.add(inst.year(t));
                }
            }
            List<String> requiredBy = new ArrayList<>();
            for (int b : inst.requiredBy[a]) {
                if (adopt[b] >= 0) {
                    requiredBy.add(inst.actions.get(b).id());
                }
            }
            long cost = inst.costIfAdopted(a, s);
            BigDecimal perMillion = cost == 0 ? null
                    : contribution.multiply(BigDecimal.valueOf(100_000_000L)).divide(BigDecimal.valueOf(cost), MC)
                    .setScale(4, RoundingMode.HALF_UP);
            StringBuilder why = new StringBuilder();
            List<RoadmapPlan.WhyPart> parts = new ArrayList<>();
            why.append(contribution.signum() == 0 ? "adds nothing to the score by itself" : "improves the " + inst.year(s)
                    + " score by " + contribution.stripTrailingZeros().toPlainString() + " " + unit);
            parts.add(contribution.signum() == 0 ? RoadmapPlan.WhyPart.of(RoadmapPlan.WhyCode.ADDS_NOTHING)
                    : RoadmapPlan.WhyPart.of(unit.equals("points") ? RoadmapPlan.WhyCode.IMPROVES_POINTS
                    : RoadmapPlan.WhyCode.IMPROVES_PERCENT, inst.year(s), contribution));
            if (lostMandatory > 0) {
                why.append(" and meets a mandatory criterion");
                parts.add(RoadmapPlan.WhyPart.of(RoadmapPlan.WhyCode.MEETS_MANDATORY));
            }
            if (perMillion != null && contribution.signum() != 0) {
                why.append(" (").append(perMillion.stripTrailingZeros().toPlainString()).append(" per 1,000,000 ")
                        .append(inst.problem.product().currency()).append(")");
                parts.add(RoadmapPlan.WhyPart.of(RoadmapPlan.WhyCode.PER_MILLION, perMillion,
                        String.valueOf(inst.problem.product().currency())));
            }
            if (!needed.isEmpty()) {
                why.append("; without it the target of ").append(join(needed)).append(" is missed");
                parts.add(RoadmapPlan.WhyPart.of(RoadmapPlan.WhyCode.NEEDED_FOR, needed));
                if (needed.get(0) > inst.year(s)) {
                    why.append("; adopted in ").append(inst.year(s)).append(", before it is first needed, to stay within the budgets");
                    parts.add(RoadmapPlan.WhyPart.of(RoadmapPlan.WhyCode.ADOPTED_EARLY, inst.year(s)));
                }
            }
            if (!requiredBy.isEmpty()) {
                why.append("; required by ").append(String.join(", ", requiredBy));
                parts.add(RoadmapPlan.WhyPart.of(RoadmapPlan.WhyCode.REQUIRED_BY, requiredBy));
            }
            if (needed.isEmpty() && requiredBy.isEmpty()) {
                why.append("; part of the cheapest combination that meets the targets");
                parts.add(RoadmapPlan.WhyPart.of(RoadmapPlan.WhyCode.CHEAPEST));
            }
            out.add(new RoadmapPlan.Chosen(act.id(), act.kind(), act.target(), inst.year(s), Instance.money(cost),
                    contribution, perMillion, needed, requiredBy, why.toString(), parts));
        }
        out.sort((x, y) -> x.year() != y.year() ? Integer.compare(x.year(), y.year()) : x.id().compareTo(y.id()));
        return out;
    }

    private static String join(List<Integer> years) {
        return String.join(", ", years.stream().map(String::valueOf).toList());
    }
}
