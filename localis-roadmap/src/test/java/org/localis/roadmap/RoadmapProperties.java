package org.localis.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.localis.assessment.Assessment;
import org.localis.assessment.AssessmentRequest;
import org.localis.assessment.Assessor;
import org.localis.bom.Bom;
import org.localis.bom.BomLine;
import org.localis.operation.Operation;
import org.localis.operation.Operations;
import org.localis.product.Product;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** Properties of the optimizer on small random problems, judged by brute force and by the engine itself. */
class RoadmapProperties {

    static final SolverOptions OPTS = SolverOptions.defaults().withFrontierPoints(0).withTimeLimit(20);

    static RoadmapProblem problem(long seed) {
        return seed % 2 == 0 ? RandomRoadmaps.points(seed, 6) : RandomRoadmaps.share(seed, 6);
    }

    @Property(tries = 60)
    void optimalCostEqualsBruteForce(@ForAll @LongRange(min = 0, max = 10_000_000) long seed) {
        RoadmapProblem p = problem(seed);
        RoadmapPlan plan = RoadmapSolver.solve(p, OPTS);
        long brute = RandomRoadmaps.bruteForce(p);
        net.jqwik.api.statistics.Statistics.label("outcome").collect(brute < 0 ? "infeasible" : brute == 0 ? "free" : "costly")
                .coverage(c -> {
                    c.check("costly").percentage(pc -> pc >= 25);
                    c.check("infeasible").percentage(pc -> pc >= 5);
                });
        if (brute < 0) {
            assertThat(plan.status()).isEqualTo(RoadmapPlan.Status.INFEASIBLE);
            assertThat(plan.blockers()).isNotEmpty();
        } else {
            assertThat(plan.status()).isEqualTo(RoadmapPlan.Status.OPTIMAL);
            assertThat(plan.totalCost()).isEqualByComparingTo(BigDecimal.valueOf(brute, 2));
        }
    }

    @Property(tries = 60)
    void planMeetsEveryTargetItClaimsByAnIndependentEngineRun(@ForAll @LongRange(min = 0, max = 10_000_000) long seed) {
        RoadmapProblem p = problem(seed);
        RoadmapPlan plan = RoadmapSolver.solve(p, OPTS);
        if (plan.totalCost() == null) {
            return;
        }
        for (RoadmapPlan.Year y : plan.years()) {
            List<String> inEffect = plan.actions().stream().filter(c -> c.year() <= y.year()).map(RoadmapPlan.Chosen::id).toList();
            Assessment a = Assessor.assess(AssessmentRequest.of(apply(p, inEffect), p.scheme(), y.year(),
                    LocalDate.of(y.year(), 1, 1)));
            assertThat(a.score()).isEqualByComparingTo(y.score());
            Target tg = p.targets().get(y.year());
            assertThat(y.meetsTarget()).isTrue();
            if (tg instanceof Target.Tier t) {
                assertThat(a.passed()).isTrue();
                int rank = p.scheme().tiers().stream().map(org.localis.scheme.Tier::id).toList().indexOf(a.tier().id());
                int want = p.scheme().tiers().stream().map(org.localis.scheme.Tier::id).toList().indexOf(t.id());
                assertThat(rank).isGreaterThanOrEqualTo(want);
            } else if (tg instanceof Target.Score s) {
                assertThat(p.scheme().meets(a.score(), s.value())).isTrue();
            }
            BigDecimal budget = p.budgets().get(y.year());
            if (budget != null) {
                assertThat(y.spending()).isLessThanOrEqualTo(budget);
            }
        }
    }

    @Property(tries = 40)
    void addingACandidateNeverRaisesTheOptimalCost(@ForAll @LongRange(min = 0, max = 10_000_000) long seed) {
        RoadmapProblem p = problem(seed);
        RoadmapProblem more = problem(seed ^ 0x5DEECE66DL);
        Action extra = more.actions().get(0);
        if (!p.scheme().id().equals(more.scheme().id())) {
            return;
        }
        Action renamed = extra instanceof AddOperation o
                ? new AddOperation("extra", o.code(), o.capitalCost(), o.yearlyCost(), List.of(), List.of(), o.earliestYear(), "", 99)
                : rename((LocalizeLine) extra, p);
        if (renamed == null) {
            return;
        }
        List<Action> actions = new ArrayList<>(p.actions());
        actions.add(renamed);
        RoadmapPlan before = RoadmapSolver.solve(p, OPTS);
        RoadmapPlan after = RoadmapSolver.solve(p.withActions(actions), OPTS);
        if (before.status() == RoadmapPlan.Status.OPTIMAL) {
            assertThat(after.status()).isEqualTo(RoadmapPlan.Status.OPTIMAL);
            assertThat(after.totalCost()).isLessThanOrEqualTo(before.totalCost());
        }
    }

    @Property(tries = 60)
    void optimalCostIsNeverAboveGreedy(@ForAll @LongRange(min = 0, max = 10_000_000) long seed) {
        RoadmapPlan plan = RoadmapSolver.solve(problem(seed), OPTS);
        if (plan.greedy().found() && plan.greedy().verified()) {
            assertThat(plan.status()).isEqualTo(RoadmapPlan.Status.OPTIMAL);
            assertThat(plan.totalCost()).isLessThanOrEqualTo(plan.greedy().cost());
        }
    }

    private static LocalizeLine rename(LocalizeLine l, RoadmapProblem p) {
        int lines = p.product().bom().size();
        String target = "P" + Math.floorMod(l.target().hashCode(), lines);
        return new LocalizeLine("extra", target, l.extraUnitCost(), null, l.newOrigin(), "", l.capitalCost(), l.yearlyCost(),
                List.of(), List.of(), l.earliestYear(), "", 99);
    }

    /** The actions applied by hand, independently of the optimizer's own code. */
    private static Product apply(RoadmapProblem p, List<String> ids) {
        List<BomLine> lines = new ArrayList<>(p.product().bom().lines());
        Map<String, Operation> ops = new java.util.LinkedHashMap<>(p.product().operations().byCode());
        for (Action a : p.actions()) {
            if (!ids.contains(a.id())) {
                continue;
            }
            if (a instanceof LocalizeLine l) {
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).part().equals(l.target())) {
                        lines.set(i, lines.get(i).withOrigin(l.newOrigin()).withCertificate(""));
                    }
                }
            } else if (a instanceof AddOperation o) {
                ops.put(o.code(), new Operation(0, o.code(), true, ""));
            }
        }
        return p.product().withBom(Bom.of("bom", lines)).withOperations(new Operations("ops", new ArrayList<>(ops.values())));
    }
}
