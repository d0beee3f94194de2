package org.localis.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.localis.operation.Operations;
import org.localis.product.Product;
import org.localis.product.ProductManifestReader;
import org.localis.scheme.Scheme;
import org.localis.testing.Fixtures;

/** Hand-checked roadmaps under the test schemes (figures worked out in the comments). */
class RoadmapSolverTest {

    static final SolverOptions OPTS = SolverOptions.defaults().withFrontierPoints(0);

    static Product pointsProduct() {
        var bom = Fixtures.bom("part,parent,quantity,unit_cost,origin,make_buy\nA,,1,100.00,CN,buy\n");
        Operations ops = Fixtures.operations("code,performed\nfinal-assembly,yes\n");
        return Fixtures.product(bom, ops, "1000.00", null);
    }

    static List<Action> pointsActions() {
        return List.of(
                new AddOperation("weld", "body-welding", new BigDecimal("100"), new BigDecimal("10"), List.of(), List.of(), null, "", 2),
                new AddOperation("paint", "body-painting", new BigDecimal("50"), BigDecimal.ZERO, List.of("weld"), List.of(), null, "", 3),
                new AddOperation("engine", "engine-production", new BigDecimal("1000"), BigDecimal.ZERO, List.of(), List.of(), null, "", 4),
                new AddOperation("engine-b", "engine-production", new BigDecimal("10"), BigDecimal.ZERO, List.of(), List.of(), 2025, "", 5),
                new AddOperation("stamp", "body-stamping", new BigDecimal("30"), new BigDecimal("20"), List.of(), List.of(), null, "", 6),
                new AddOperation("seats", "seats-production", new BigDecimal("5"), new BigDecimal("100"), List.of(), List.of(), null, "", 7));
    }

    @Test
    void pointsPlanMeetsMandatoryCriteriaAndThresholdsAtLeastCost() {
        Scheme s = Fixtures.testScheme("points.yaml");
        // 2024 (threshold 800): welding + painting are mandatory (100 + 200 + 200 = 500 with assembly), so 300 more
        // are needed; only the engine (500) is available in 2024 (engine-b from 2025, seats earn from 2025).
        // Cost: weld 100 + 3 x 10, paint 50, engine 1000 = 1180.00. 2026 (threshold 1000): 1000 points, met.
        RoadmapProblem p = RoadmapProblem.of(pointsProduct(), s, pointsActions(), 2024, 2026, new Target.Tier("base"));
        RoadmapPlan plan = RoadmapSolver.solve(p, OPTS);
        assertThat(plan.status()).isEqualTo(RoadmapPlan.Status.OPTIMAL);
        assertThat(plan.provenOptimal()).isTrue();
        assertThat(plan.totalCost()).isEqualByComparingTo("1180.00");
        assertThat(plan.years()).allSatisfy(y -> assertThat(y.meetsTarget()).isTrue());
        assertThat(plan.years().get(0).adopted()).containsExactlyInAnyOrder("weld", "paint", "engine");
        assertThat(plan.years().get(0).score()).isEqualByComparingTo("1000");
        assertThat(plan.years().get(0).spending()).isEqualByComparingTo("1160.00");
        // greedy: paint with weld first (2000 of shortfall, counting two mandatory criteria, for 180), then
        // stamping (100 for 30 + 3 x 20 = 90) before the engine: 180 + 90 + 1000 = 1270.00
        assertThat(plan.greedy().cost()).isEqualByComparingTo("1270.00");
        assertThat(plan.greedy().verified()).isTrue();
        assertThat(plan.savingVersusGreedy()).isEqualByComparingTo("90.00");
        RoadmapPlan.Chosen paint = plan.actions().stream().filter(c -> c.id().equals("paint")).findFirst().orElseThrow();
        assertThat(paint.neededFor()).containsExactly(2024, 2025, 2026);
        RoadmapPlan.Chosen weld = plan.actions().stream().filter(c -> c.id().equals("weld")).findFirst().orElseThrow();
        assertThat(weld.requiredBy()).containsExactly("paint");
    }

    @Test
    void enhancedTierInTheLastYearTakesTheCheaperStamping() {
        Scheme s = Fixtures.testScheme("points.yaml");
        // 2026 enhanced needs 1000 + 100: stamping (30 + 20 in 2026) beats seats (5 + 100); total 1180 + 50.
        RoadmapProblem p = RoadmapProblem.of(pointsProduct(), s, pointsActions(), 2024, 2026, new Target.Tier("base"));
        var targets = new java.util.HashMap<>(p.targets());
        targets.put(2026, new Target.Tier("enhanced"));
        RoadmapPlan plan = RoadmapSolver.solve(p.withTargets(targets), OPTS);
        assertThat(plan.status()).isEqualTo(RoadmapPlan.Status.OPTIMAL);
        assertThat(plan.totalCost()).isEqualByComparingTo("1230.00");
        assertThat(plan.years().get(2).adopted()).containsExactly("stamp");
        assertThat(plan.years().get(2).tier()).isEqualTo("enhanced");
    }

    @Test
    void unreachableScoreIsExplainedWithTheYearAndTheBestReachable() {
        Scheme s = Fixtures.testScheme("points.yaml");
        // everything in 2026: 100 + 200 + 200 + 100 + 500 + 50 = 1150 points at most
        RoadmapProblem p = RoadmapProblem.of(pointsProduct(), s, pointsActions(), 2026, 2026, new Target.Score(new BigDecimal("2000")));
        RoadmapPlan plan = RoadmapSolver.solve(p, OPTS);
        assertThat(plan.status()).isEqualTo(RoadmapPlan.Status.INFEASIBLE);
        assertThat(plan.totalCost()).isNull();
        assertThat(plan.blockers()).singleElement().asString().contains("2026").contains("2000").contains("1150");
        assertThat(plan.blockerCodes()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo(RoadmapPlan.RemarkCode.TARGET_BEYOND_REACH);
            assertThat(r.figures()).hasSize(5).startsWith(2026, new Target.Score(new BigDecimal("2000")));
            assertThat((BigDecimal) r.figures().get(3)).isEqualByComparingTo("1150");
        });
    }

    @Test
    void tooSmallBudgetIsNamedWithTheLeastItNeeds() {
        Scheme s = Fixtures.testScheme("points.yaml");
        RoadmapProblem p = RoadmapProblem.of(pointsProduct(), s, pointsActions(), 2024, 2026, new Target.Tier("base"))
                .withBudgets(Map.of(2024, new BigDecimal("500")));
        RoadmapPlan plan = RoadmapSolver.solve(p, OPTS);
        assertThat(plan.status()).isEqualTo(RoadmapPlan.Status.INFEASIBLE);
        // 2024 needs weld (100 + 10), paint (50) and engine (1000): 1160.00
        assertThat(plan.blockers()).singleElement().asString().contains("2024").contains("budget").contains("1160.00");
        assertThat(plan.blockerCodes()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo(RoadmapPlan.RemarkCode.BUDGET_TOO_SMALL_NEEDS);
            assertThat(r.figures().get(0)).isEqualTo(2024);
            assertThat((BigDecimal) r.figures().get(1)).isEqualByComparingTo("500");
            assertThat((BigDecimal) r.figures().get(3)).isEqualByComparingTo("1160.00");
        });
    }

    @Test
    void mandatoryOperationWithoutAnyActionIsABlocker() {
        Scheme s = Fixtures.testScheme("points.yaml");
        List<Action> noWeld = pointsActions().stream().filter(a -> !a.id().equals("weld") && !a.id().equals("paint")).toList();
        RoadmapProblem p = RoadmapProblem.of(pointsProduct(), s, noWeld, 2024, 2024, new Target.Tier("base"));
        RoadmapPlan plan = RoadmapSolver.solve(p, OPTS);
        assertThat(plan.status()).isEqualTo(RoadmapPlan.Status.INFEASIBLE);
        assertThat(String.join("\n", plan.blockers())).contains("body-welding").contains("no candidate action adds it");
        assertThat(plan.blockerCodes()).anySatisfy(r -> {
            assertThat(r.code()).isIn(RoadmapPlan.RemarkCode.MANDATORY_NOT_ADDED, RoadmapPlan.RemarkCode.MANDATORY_NOT_ADDED_BY_YEAR);
            assertThat(r.figures()).contains(2024, "body-welding");
        });
    }

    @Test
    void valueShareChoosesTheCheapestCombinationAndTheEngineConfirmsIt() {
        Product sedan = ProductManifestReader.read(Fixtures.example("roll-up-sedan").resolve("product.yaml"));
        Scheme s = Fixtures.testScheme("rvc-tv-tracing.yaml");
        // Worked example 2: VNM 5350.00 of 30000 = 82.17 %; tier plus (85 %) needs VNM <= 4500: 850 less.
        // Per year at 40000 units: PST-20 (600 non-originating) 2 x 40000 = 80000, TIRE-17 (500) 40000,
        // ECU-20 (1400) 200000, WH-1 (1650) 400000. Cheapest covering 850: PST + TIRE = 120000 per year.
        List<Action> actions = List.of(
                LocalizeLine.of("pst", "ENG-20/PST-20", new BigDecimal("2"), "US"),
                LocalizeLine.of("tire", "TIRE-17", new BigDecimal("1"), "CA"),
                LocalizeLine.of("ecu", "5", new BigDecimal("5"), "MX"),
                LocalizeLine.of("wh", "line:11", new BigDecimal("10"), "US"));
        RoadmapProblem p = RoadmapProblem.of(sedan, s, actions, 2025, 2026, new Target.Tier("plus"));
        RoadmapPlan plan = RoadmapSolver.solve(p, SolverOptions.defaults());
        assertThat(plan.status()).isEqualTo(RoadmapPlan.Status.OPTIMAL);
        assertThat(plan.totalCost()).isEqualByComparingTo("240000.00");
        assertThat(plan.years().get(0).adopted()).containsExactlyInAnyOrder("pst", "tire");
        // VNM 5350 - 1100 = 4250: RVC (30000 - 4250) / 30000 = 85.83 %
        assertThat(plan.years().get(0).score()).isEqualByComparingTo("85.83");
        assertThat(plan.years()).allSatisfy(y -> assertThat(y.tier()).isEqualTo("plus"));
        assertThat(plan.frontier()).isNotEmpty();
        assertThat(plan.frontier()).isSortedAccordingTo((a, b) -> a.level().compareTo(b.level()));
        // cheaper level never costs more
        for (int i = 1; i < plan.frontier().size(); i++) {
            assertThat(plan.frontier().get(i).cost()).isGreaterThanOrEqualTo(plan.frontier().get(i - 1).cost());
        }
        assertThat(RoadmapJson.toJson(plan)).contains("\"status\" : \"OPTIMAL\"").contains("\"totalCost\" : 240000.00");
        assertThat(RoadmapText.format(plan)).contains("proven optimal");
    }
}
