package org.localis.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.localis.bom.Bom;
import org.localis.input.InvalidInputException;
import org.localis.operation.Operations;
import org.localis.product.Product;
import org.localis.scheme.Scheme;
import org.localis.testing.Fixtures;

/** The BOM interactions of issue 24, worked by hand, and the checks of the actions' relations. */
class BomInteractionTest {

    static final SolverOptions OPTS = SolverOptions.defaults().withFrontierPoints(0).withTimeLimit(20);

    static LocalizeLine loc(String id, String part, long capital, List<String> requires, List<String> excludes, int line) {
        return new LocalizeLine(id, part, BigDecimal.ZERO, null, "US", "", BigDecimal.valueOf(capital), BigDecimal.ZERO,
                requires, excludes, null, "", line);
    }

    static LocalizeLine loc(String id, String part, long capital) {
        return loc(id, part, capital, List.of(), List.of(), 0);
    }

    @Test
    void childOfASubAssemblyMadeAbroadCountsOnlyWithTheSubAssemblyLocalized() {
        // S is made in CN: it counts wholly (600), whatever its children. VNM = 600 + B 500 = 1100 on a price of
        // 1500 (26.67 %). 60 % needs VNM <= 600: localizing B alone (2,000,000) does it; so do S and its child C1
        // together (S traced: C2 100 + B 500 = 600), for 200,000. Alone, C1 is worth nothing and S only 100.
        Scheme s = Fixtures.testScheme("rvc-tv-tracing.yaml");
        Bom bom = Fixtures.bom("""
                part,parent,quantity,unit_cost,origin,make_buy
                S,,1,100.00,CN,make
                C1,S,1,400.00,CN,buy
                C2,S,1,100.00,CN,buy
                B,,1,500.00,CN,buy
                """);
        Product product = Fixtures.product(bom, Operations.NONE, "1500.00", null);
        RoadmapProblem p = RoadmapProblem.of(product, s, List.of(loc("sub", "S", 100_000), loc("child", "C1", 100_000),
                loc("other", "B", 2_000_000)), 2023, 2023, new Target.Tier("base"));
        RoadmapPlan plan = RoadmapSolver.solve(p, OPTS);
        assertThat(plan.status()).isEqualTo(RoadmapPlan.Status.OPTIMAL);
        assertThat(plan.modelExact()).isTrue();
        assertThat(plan.totalCost()).isEqualByComparingTo("200000.00");
        assertThat(plan.actions()).extracting(RoadmapPlan.Chosen::id).containsExactlyInAnyOrder("sub", "child");
        assertThat(plan.years().get(0).score()).isEqualByComparingTo("60.00");
        assertThat(plan.years().get(0).modelScore()).isEqualByComparingTo("60.00");
    }

    @Test
    void twoChildrenThatTogetherRollTheirSubAssemblyUpAreWorthMoreThanEachAlone() {
        // roll-up, net cost 1250, threshold 60 % in 2023. S (made here, conversion 100) has children worth 200, 200,
        // 100, all foreign: its own RVC is 100 / 600. Localizing C1 and C2 leaves 100 foreign: 500 / 600 = 83 % >= 60,
        // so S rolls up and counts nothing (saves 500, not 400). VNM = B 400 <= 437.50 (65 %): 200,000. Without the
        // flip the cheapest would be C1 + C2 + C3 (300,000) or B with a child (2,100,000).
        Scheme s = Fixtures.testScheme("rvc-nc-rollup.yaml");
        Bom bom = Fixtures.bom("""
                part,parent,quantity,unit_cost,origin,make_buy
                S,,1,100.00,,make
                C1,S,1,200.00,CN,buy
                C2,S,1,200.00,CN,buy
                C3,S,1,100.00,CN,buy
                B,,1,400.00,CN,buy
                """);
        Product product = Fixtures.product(bom, Operations.NONE, null, "1250.00");
        RoadmapProblem p = RoadmapProblem.of(product, s, List.of(loc("c1", "C1", 100_000), loc("c2", "C2", 100_000),
                loc("c3", "C3", 100_000), loc("b", "B", 2_000_000)), 2023, 2023, new Target.Score(new BigDecimal("65")));
        RoadmapPlan plan = RoadmapSolver.solve(p, OPTS);
        assertThat(plan.status()).isEqualTo(RoadmapPlan.Status.OPTIMAL);
        assertThat(plan.totalCost()).isEqualByComparingTo("200000.00");
        assertThat(plan.actions()).extracting(RoadmapPlan.Chosen::id).containsExactlyInAnyOrder("c1", "c2");
        assertThat(plan.years().get(0).score()).isEqualByComparingTo("68.00");
    }

    @Test
    void aScoreTargetIsMetByTheScoreTheEngineReports() {
        // with B localized: (3666.33 - 1649.85) / 3666.33 = 54.99996 %, which the engine reports as 55.00: the
        // 1,000 plan meets score:55 (the exact-score reading would need A, 50,000)
        Scheme s = Fixtures.testScheme("rvc-tv-tracing.yaml");
        Bom bom = Fixtures.bom("""
                part,parent,quantity,unit_cost,origin,make_buy
                A,,1,1649.85,CN,buy
                B,,1,100.00,CN,buy
                """);
        Product product = Fixtures.product(bom, Operations.NONE, "3666.33", null);
        RoadmapProblem p = RoadmapProblem.of(product, s, List.of(loc("b", "B", 1_000), loc("a", "A", 50_000)), 2023, 2023,
                new Target.Score(new BigDecimal("55")));
        RoadmapPlan plan = RoadmapSolver.solve(p, OPTS);
        assertThat(plan.status()).isEqualTo(RoadmapPlan.Status.OPTIMAL);
        assertThat(plan.totalCost()).isEqualByComparingTo("1000.00");
        assertThat(plan.years().get(0).score()).isEqualByComparingTo("55.00");
        assertThat(plan.years().get(0).meetsTarget()).isTrue();
        // 55.01 is not met by 54.99996 %: then A is needed
        RoadmapPlan higher = RoadmapSolver.solve(p.withTargets(Map.of(2023, new Target.Score(new BigDecimal("55.01")))), OPTS);
        assertThat(higher.status()).isEqualTo(RoadmapPlan.Status.OPTIMAL);
        assertThat(higher.totalCost()).isEqualByComparingTo("50000.00");
    }

    @Test
    void aCycleInRequiresIsReportedWithItsActions() {
        Scheme s = Fixtures.testScheme("rvc-tv-tracing.yaml");
        Product product = Fixtures.product(Fixtures.bom("part,parent,quantity,unit_cost,origin,make_buy\nA,,1,10.00,CN,buy\n"
                + "B,,1,10.00,CN,buy\nC,,1,10.00,CN,buy\n"), Operations.NONE, "100.00", null);
        RoadmapProblem p = RoadmapProblem.of(product, s, List.of(loc("a", "A", 1, List.of("b"), List.of(), 2),
                loc("b", "B", 1, List.of("c"), List.of(), 3), loc("c", "C", 1, List.of("a"), List.of(), 4)), 2023, 2023,
                new Target.Tier("base"));
        assertThatThrownBy(p::check).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("actions:2: requires: the requirements form a cycle: a -> b -> c -> a");
    }

    @Test
    void anActionWhoseRequirementsExcludeEachOtherIsReported() {
        Scheme s = Fixtures.testScheme("rvc-tv-tracing.yaml");
        Product product = Fixtures.product(Fixtures.bom("part,parent,quantity,unit_cost,origin,make_buy\nA,,1,10.00,CN,buy\n"
                + "B,,1,10.00,CN,buy\nC,,1,10.00,CN,buy\n"), Operations.NONE, "100.00", null);
        RoadmapProblem p = RoadmapProblem.of(product, s, List.of(loc("a", "A", 1, List.of("b", "c"), List.of(), 2),
                loc("b", "B", 1, List.of(), List.of("c"), 3), loc("c", "C", 1), loc("a2", "A", 1, List.of("a"), List.of(), 5)),
                2023, 2023, new Target.Tier("base"));
        List<String> messages = p.problems().stream().map(Object::toString).toList();
        assertThat(messages).anyMatch(m -> m.contains("actions:2: requires: action a can never be adopted: it requires b, c")
                && m.contains("but b excludes c"));
        // a2 needs a, which localizes the same line A
        assertThat(messages).anyMatch(m -> m.contains("actions:5: requires: action a2 can never be adopted")
                && m.contains("localize the same BOM line"));
        assertThat(p.withActions(List.of(loc("a", "A", 1), loc("b", "B", 1, List.of("a"), List.of(), 3))).problems()).isEmpty();
    }

    /** Figures too fine to scale into integers: the model is rounded, so no claim of proof is made. */
    static RoadmapProblem tooFine(Target target, String newOrigin) {
        Scheme s = Fixtures.testScheme("rvc-tv-tracing.yaml");
        org.localis.bom.BomLine a = new org.localis.bom.BomLine(2, "A", "", "", new BigDecimal("0.000123456789"), "EA",
                new BigDecimal("1234567890123.4567"), "", "CN", "", org.localis.bom.MakeBuy.BUY, "");
        org.localis.bom.BomLine b = new org.localis.bom.BomLine(3, "B", "", "", BigDecimal.ONE, "EA",
                new BigDecimal("1000.00"), "", "CN", "", org.localis.bom.MakeBuy.BUY, "");
        Product product = Fixtures.product(Bom.of("bom.csv", List.of(a, b)), Operations.NONE, "1000000000.00", null);
        LocalizeLine act = new LocalizeLine("a", "A", BigDecimal.ZERO, null, newOrigin, "", BigDecimal.TEN, BigDecimal.ZERO,
                List.of(), List.of(), null, "", 2);
        return RoadmapProblem.of(product, s, List.of(act), 2023, 2023, target);
    }

    @Test
    void aModelThatIsNotExactNeverClaimsOptimal() {
        RoadmapPlan plan = RoadmapSolver.solve(tooFine(new Target.Score(new BigDecimal("99.99999").setScale(2,
                java.math.RoundingMode.DOWN)), "US"), OPTS);
        assertThat(plan.modelExact()).isFalse();
        assertThat(plan.status()).isEqualTo(RoadmapPlan.Status.FEASIBLE);
        assertThat(plan.provenOptimal()).isFalse();
        assertThat(plan.bound()).isNull();
        assertThat(plan.years()).allSatisfy(y -> assertThat(y.meetsTarget()).isTrue());
        assertThat(plan.notes()).anyMatch(n -> n.contains("not exact"));
        assertThat(RoadmapText.format(plan)).contains("not proven cheapest");
    }

    @Test
    void aModelThatIsNotExactNeverClaimsInfeasible() {
        // localizing A in another foreign country changes nothing: 100 % cannot be reached, but it is not proven
        RoadmapPlan plan = RoadmapSolver.solve(tooFine(new Target.Score(new BigDecimal("100")), "CN"), OPTS);
        assertThat(plan.modelExact()).isFalse();
        assertThat(plan.status()).isEqualTo(RoadmapPlan.Status.UNKNOWN);
        assertThat(plan.blockers()).singleElement().asString().contains("not a proof").doesNotContain("reachable score is");
    }
}
