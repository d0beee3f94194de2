package org.localis.roadmap;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.google.ortools.sat.CpSolverStatus;

/** Explains why no plan meets the targets: a year's target out of reach, mandatory criteria, or a budget. */
final class Diagnosis {

    private Diagnosis() {
    }

    static List<String> explain(Instance inst, SolverOptions o) {
        return explain(inst, o, new ArrayList<>());
    }

    /** The same, each reason also as a code with figures into {@code codes} (one each, in the same order). */
    static List<String> explain(Instance inst, SolverOptions o, List<RoadmapPlan.Remark> codes) {
        List<String> out = new ArrayList<>();
        ScoreModel sm = inst.score;
        double slice = Math.max(0.5, o.timeLimitSeconds() / 4);
        for (int t = 0; t < inst.yearCount; t++) {
            if (!sm.hasTarget(t)) {
                continue;
            }
            int year = inst.year(t);
            Target tg = inst.target(t);
            List<String> impossible = sm instanceof ScoreModel.Points p && sm.needsPass[t] ? p.impossibleMandatory(t, codes) : List.of();
            for (String s : impossible) {
                out.add(year + ": " + s);
            }
            Formulation f = new Formulation(inst, t, t);
            f.cuts();
            f.model.maximize(f.score(t, false));
            Formulation.Result r = f.solve(o, slice);
            if (!r.hasSolution()) {
                continue;
            }
            long max = r.objective();
            String unit = inst.scheme.unit().equals("points") ? " points" : "%";
            String needs = year + ": the " + tg.describe() + " target needs " + (inst.scheme.lowerIsBetter() ? "at most " : "at least ")
                    + plain(sm.level(tg, t)) + unit + (tg instanceof Target.Score ? " (as the engine reports it, two decimals)" : "");
            if (r.status() == CpSolverStatus.OPTIMAL && max < sm.required[t]) {
                BigDecimal best = sm.display(max, t);
                BigDecimal now = sm.display(sm.progress(new boolean[inst.n], t), t);
                out.add(needs + ", but with every action allowed by " + year + " the " + (inst.scheme.lowerIsBetter() ? "lowest" : "highest")
                        + " reachable score is " + plain(best) + unit + " (now " + plain(now) + unit + ")");
                codes.add(RoadmapPlan.Remark.of(RoadmapPlan.RemarkCode.TARGET_BEYOND_REACH, year, tg, sm.level(tg, t), best, now));
            } else if (r.status() != CpSolverStatus.OPTIMAL && r.bound() < sm.required[t]) {
                // the solver's bound on the best score proves the target out of reach, without a figure claimed reachable
                out.add(needs + ", which no set of the actions allowed by " + year + " reaches");
                codes.add(RoadmapPlan.Remark.of(RoadmapPlan.RemarkCode.TARGET_NEVER_REACHED, year, tg, sm.level(tg, t)));
            } else if (impossible.isEmpty() && sm.needsPass[t]) {
                Formulation fm = new Formulation(inst, t, t);
                fm.cuts();
                fm.model.addGreaterOrEqual(fm.score(t, true), sm.required[t]);
                if (fm.solve(o, slice).status() == CpSolverStatus.INFEASIBLE) {
                    out.add(year + ": the score is reachable, but not together with every mandatory criterion ("
                            + String.join(", ", ((ScoreModel.Points) sm).mandatoryCodes(t)) + ") under the actions' "
                            + "requirements and exclusions");
                    codes.add(RoadmapPlan.Remark.of(RoadmapPlan.RemarkCode.MANDATORY_NOT_TOGETHER, year,
                            ((ScoreModel.Points) sm).mandatoryIds(t)));
                }
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        Formulation free = new Formulation(inst, 0, inst.yearCount - 1);
        free.targets();
        free.cuts();
        if (free.solve(o, slice).status() == CpSolverStatus.INFEASIBLE) {
            out.add("each year's target is reachable on its own, but not all of them with one plan: actions adopted for an "
                    + "early year exclude (or are excluded by) what a later year needs");
            codes.add(RoadmapPlan.Remark.of(RoadmapPlan.RemarkCode.TARGETS_CONFLICT));
            return out;
        }
        boolean[] on = new boolean[inst.yearCount];
        for (int t = 0; t < inst.yearCount; t++) {
            if (inst.budget[t] < 0) {
                continue;
            }
            on[t] = true;
            Formulation f = new Formulation(inst, 0, inst.yearCount - 1);
            f.targets();
            f.cuts();
            f.budgets(on);
            if (f.solve(o, slice).status() != CpSolverStatus.INFEASIBLE) {
                continue;
            }
            on[t] = false;
            Formulation m = new Formulation(inst, 0, inst.yearCount - 1);
            m.targets();
            m.cuts();
            m.budgets(on);
            m.model.minimize(m.spending(t));
            Formulation.Result r = m.solve(o, slice);
            BigDecimal leastAmount = r.hasSolution() ? Instance.money(r.status() == CpSolverStatus.OPTIMAL ? r.objective() : r.bound()) : null;
            String least = r.hasSolution() ? "; at least " + leastAmount
                    .toPlainString() + " " + inst.problem.product().currency() + " is needed that year" : "";
            out.add(inst.year(t) + ": the budget of " + Instance.money(inst.budget[t]).toPlainString() + " "
                    + inst.problem.product().currency() + " is too small for the targets" + (t > 0 ? " (given the budgets of earlier years)" : "")
                    + least);
            String currency = String.valueOf(inst.problem.product().currency());
            RoadmapPlan.RemarkCode code = t > 0
                    ? (leastAmount == null ? RoadmapPlan.RemarkCode.BUDGET_TOO_SMALL_AFTER_EARLIER : RoadmapPlan.RemarkCode.BUDGET_TOO_SMALL_AFTER_EARLIER_NEEDS)
                    : (leastAmount == null ? RoadmapPlan.RemarkCode.BUDGET_TOO_SMALL : RoadmapPlan.RemarkCode.BUDGET_TOO_SMALL_NEEDS);
            codes.add(leastAmount == null ? RoadmapPlan.Remark.of(code, inst.year(t), Instance.money(inst.budget[t]), currency)
                    : RoadmapPlan.Remark.of(code, inst.year(t), Instance.money(inst.budget[t]), currency, leastAmount));
            return out;
        }
        out.add("no plan meets the targets; the cause could not be isolated to one year or budget");
        codes.add(RoadmapPlan.Remark.of(RoadmapPlan.RemarkCode.CAUSE_NOT_ISOLATED));
        return out;
    }

    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
