package org.localis.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Generated instances: a medium one must be solved to proven optimality in the build; the benchmark size
 * (5,000 actions, 5 years) runs with -Dlocalis.roadmap.large=true and prints what it reaches.
 */
class LargeInstanceTest {

    @Test
    void mediumGeneratedInstanceIsProvenOptimalAndBeatsGreedy() {
        RoadmapProblem p = RoadmapGenerator.generate(Integer.getInteger("localis.roadmap.actions", 100), 2026, 5, 7);
        RoadmapPlan plan = RoadmapSolver.solve(p, SolverOptions.defaults().withFrontierPoints(0).withTimeLimit(60)
                .withWorkers(Integer.getInteger("localis.roadmap.workers", 1)));
        System.out.printf("medium: %s cost %s greedy %s solve %.3f s total %.3f s chosen %d gap %s%n", plan.status(),
                plan.totalCost(), plan.greedy().cost(), plan.solveSeconds(), plan.totalSeconds(), plan.actions().size(), plan.gapPercent());
        assertThat(plan.status()).isEqualTo(RoadmapPlan.Status.OPTIMAL);
        assertThat(plan.years()).allSatisfy(y -> assertThat(y.meetsTarget()).isTrue());
        assertThat(plan.totalCost()).isLessThanOrEqualTo(plan.greedy().cost());
    }

    @Test
    void benchmarkSize() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Boolean.getBoolean("localis.roadmap.large"));
        double limit = Double.parseDouble(System.getProperty("localis.roadmap.seconds", "30"));
        for (long seed = 1; seed <= 3; seed++) {
            RoadmapProblem p = RoadmapGenerator.generate(5000, 2026, 5, seed);
            RoadmapPlan plan = RoadmapSolver.solve(p, SolverOptions.defaults().withFrontierPoints(0).withTimeLimit(limit));
            System.out.printf("seed %d: %s cost %s greedy %s saving %s solve %.3f s total %.3f s chosen %d gap %s%%%n", seed,
                    plan.status(), plan.totalCost(), plan.greedy().cost(), plan.savingVersusGreedy(), plan.solveSeconds(),
                    plan.totalSeconds(), plan.actions().size(), plan.gapPercent());
            assertThat(plan.years()).allSatisfy(y -> assertThat(y.meetsTarget()).isTrue());
        }
    }
}
