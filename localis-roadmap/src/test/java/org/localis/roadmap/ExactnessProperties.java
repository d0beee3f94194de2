package org.localis.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Every OPTIMAL and INFEASIBLE claim of the optimizer, on small random problems of every BOM shape, against
 * the independent exhaustive search ({@link Exhaustive}: every plan, every year scored by the engine): an
 * OPTIMAL plan costs exactly the cheapest plan's cost and meets every target by the engine; INFEASIBLE means
 * that no plan exists, and a reachable-score figure in the explanation is the engine's best score. On these
 * shapes the model is exact, so the answer is always one of the two (never a merely FEASIBLE plan).
 * Seeds are fixed: the same instances run in CI every time.
 */
class ExactnessProperties {

    static final SolverOptions OPTS = SolverOptions.defaults().withFrontierPoints(0).withTimeLimit(20);
    private static final Pattern REACHABLE = Pattern.compile("^(\\d{4}): .*reachable score is (-?[0-9.]+)");

    @Property(tries = 250, seed = "2401")
    void tracingWithSubAssembliesMadeAbroad(@ForAll @LongRange(min = 0, max = 1_000_000_000) long seed) {
        RoadmapProblem p = BomShapes.problem(seed, BomShapes.Rule.TRACING, 6);
        interactions(p);
        check(p);
    }

    @Property(tries = 200, seed = "2402")
    void rollUpOnNetCost(@ForAll @LongRange(min = 0, max = 1_000_000_000) long seed) {
        RoadmapProblem p = BomShapes.problem(seed, BomShapes.Rule.ROLL_UP, 6);
        interactions(p);
        check(p);
    }

    @Property(tries = 200, seed = "2403")
    void rollUpUnderACapOnNonOriginatingContent(@ForAll @LongRange(min = 0, max = 1_000_000_000) long seed) {
        RoadmapProblem p = BomShapes.problem(seed, BomShapes.Rule.CAP_ROLL_UP, 6);
        interactions(p);
        check(p);
    }

    @Property(tries = 200, seed = "2404")
    void pointsWithPrerequisitesAndMandatoryCriteria(@ForAll @LongRange(min = 0, max = 1_000_000_000) long seed) {
        check(RandomRoadmaps.points(seed, 6));
    }

    @Property(tries = 100, seed = "2405")
    void flatTracing(@ForAll @LongRange(min = 0, max = 1_000_000_000) long seed) {
        check(RandomRoadmaps.share(seed, 6));
    }

    static void check(RoadmapProblem p) {
        RoadmapPlan plan = RoadmapSolver.solve(p, OPTS);
        Exhaustive exhaustive = new Exhaustive(p);
        long cheapest = exhaustive.cheapest();
        Statistics.label("truth").collect(cheapest < 0 ? "infeasible" : cheapest == 0 ? "free" : "costly")
                .coverage(c -> {
                    c.check("costly").percentage(pc -> pc >= 15);
                    c.check("infeasible").percentage(pc -> pc >= 5);
                });
        boolean network = new Instance(p).score instanceof ScoreModel.Share sh && !sh.additive();
        Statistics.label("model").collect(network ? "with sub-assembly variables" : "additive");
        assertThat(plan.modelExact()).as("model exact; notes %s", plan.notes()).isTrue();
        assertThat(plan.engineCuts()).as("the engine never disagrees with an exact model").isZero();
        assertThat(plan.status()).as("blockers %s, notes %s", plan.blockers(), plan.notes())
                .isIn(RoadmapPlan.Status.OPTIMAL, RoadmapPlan.Status.INFEASIBLE);
        if (plan.status() == RoadmapPlan.Status.OPTIMAL) {
            assertThat(cheapest).as("a plan exists").isNotNegative();
            assertThat(plan.totalCost()).isEqualByComparingTo(BigDecimal.valueOf(cheapest, 2));
            assertThat(plan.provenOptimal()).isTrue();
            assertThat(plan.bound()).isEqualByComparingTo(plan.totalCost());
            for (RoadmapPlan.Year y : plan.years()) {
                List<String> inEffect = plan.actions().stream().filter(a -> a.year() <= y.year())
                        .map(RoadmapPlan.Chosen::id).sorted((a, b) -> Integer.compare(index(p, a), index(p, b))).toList();
                Target tg = p.targets().get(y.year());
                if (tg != null) {
                    assertThat(Exhaustive.meets(exhaustive.assess(inEffect, y.year()), tg, p.scheme())).isTrue();
                    assertThat(y.meetsTarget()).isTrue();
                }
            }
        } else {
            assertThat(cheapest).as("no plan exists, blockers %s", plan.blockers()).isEqualTo(-1);
            assertThat(plan.blockers()).isNotEmpty();
            for (String b : plan.blockers()) {
                Matcher m = REACHABLE.matcher(b);
                if (m.find()) {
                    BigDecimal best = exhaustive.bestScore(Integer.parseInt(m.group(1)));
                    assertThat(new BigDecimal(m.group(2))).as(b).isEqualByComparingTo(best);
                }
            }
        }
    }

    /** Most BOM-shape instances must have actions that interact (else the property would test little). */
    private static void interactions(RoadmapProblem p) {
        boolean network = !((ScoreModel.Share) new Instance(p).score).additive();
        Statistics.label("actions interact").collect(network ? "yes" : "no")
                .coverage(c -> c.check("yes").percentage(pc -> pc >= 30));
    }

    private static int index(RoadmapProblem p, String id) {
        for (int i = 0; i < p.actions().size(); i++) {
            if (p.actions().get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
