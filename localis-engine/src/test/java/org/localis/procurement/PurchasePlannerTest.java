package org.localis.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.localis.fleet.NeedLine;
import org.localis.fleet.Season;
import org.localis.fleet.TireSize;

class PurchasePlannerTest {

    private static final TireSize T91V = TireSize.parse("205/55 R16 91V");
    private static final PlanRules RULES = PlanRules.defaults(Set.of("T2", "T3"));
    private static final long PLENTY = 1_000_000_000L;

    private static Offer imported(String id, long price, int available) {
        return new Offer(id, "Import Ltd", "Brand", "M", T91V, Season.WINTER, price, available, 7, null);
    }

    private static Offer domestic(String id, long price, int available) {
        return new Offer(id, "Domestic plc", "Brand", "M", T91V, Season.WINTER, price, available, 3,
                new DomesticStatus("RU-" + id, "T2", new BigDecimal("61.5"), true));
    }

    private static Requirement winter(String key, int quantity) {
        return new Requirement(key, T91V, Season.WINTER, quantity);
    }

    private static String winner(long domesticPrice, long importPrice) {
        PurchasePlan p = PurchasePlanner.plan(List.of(winter("R", 1)),
                List.of(domestic("D", domesticPrice, 1), imported("I", importPrice, 1)), PLENTY, RULES);
        assertThat(p.lines()).hasSize(1);
        return p.lines().get(0).offerId();
    }

    @Test
    void domesticWinsExactlyWhenItsReducedPriceIsLower() {
        // 11764 × 0.85 = 9999.40 < 10000; 11765 × 0.85 = 10000.25 > 10000
        assertThat(winner(11_764, 10_000)).isEqualTo("D");
        assertThat(winner(11_765, 10_000)).isEqualTo("I");
        // 15% and 16% dearer both win under "price × (1 − 15%)": 9775 and 9860 < 10000
        assertThat(winner(11_500, 10_000)).isEqualTo("D");
        assertThat(winner(11_600, 10_000)).isEqualTo("D");
        assertThat(winner(12_000, 10_000)).isEqualTo("I");
    }

    @Test
    void anEqualEvaluatedPriceGoesToTheCheaperRealPrice() {
        // 10000 × 0.85 = 8500 = import: evaluated costs tie, the real cost decides
        assertThat(winner(10_000, 8_500)).isEqualTo("I");
        assertThat(winner(9_999, 8_500)).isEqualTo("D");
    }

    @Test
    void exactTiesGoToTheSmallerOfferId() {
        PurchasePlan p = PurchasePlanner.plan(List.of(winter("R", 1)),
                List.of(imported("B", 100, 1), imported("A", 100, 1)), PLENTY, RULES);
        assertThat(p.lines()).extracting(PlanLine::offerId).containsExactly("A");
    }

    @Test
    void onlyValidCertificatesOfQualifyingTiersEarnThePreference() {
        Offer expired = new Offer("D", "s", "b", "m", T91V, Season.WINTER, 11_000, 1, 0,
                new DomesticStatus("C1", "T2", BigDecimal.TEN, false));
        Offer lowTier = new Offer("E", "s", "b", "m", T91V, Season.WINTER, 11_000, 1, 0,
                new DomesticStatus("C2", "T1", BigDecimal.TEN, true));
        PurchasePlan p = PurchasePlanner.plan(List.of(winter("R", 1)), List.of(expired, lowTier,
                imported("I", 10_000, 1)), PLENTY, RULES);
        assertThat(p.lines()).extracting(PlanLine::offerId).containsExactly("I");
        assertThat(PurchasePlanner.reason(expired, winter("R", 1), RULES)).contains("not valid");
        assertThat(PurchasePlanner.reason(lowTier, winter("R", 1), RULES)).contains("not a qualifying tier");
        assertThat(RULES.evaluatedUnitPrice(lowTier)).isEqualByComparingTo("11000");
    }

    @Test
    void sharedOffersAreGivenWhereTheyAreNeeded() {
        // A greedy pass per requirement would give the cheap 91V offer to "A" (which also takes 91H) and leave
        // "B" (needs V) with nothing.
        TireSize t91h = TireSize.parse("205/55 R16 91H");
        Requirement a = new Requirement("A", t91h, Season.WINTER, 2);
        Requirement b = new Requirement("B", T91V, Season.WINTER, 2);
        Offer fast = imported("V", 100, 2);
        Offer slow = new Offer("H", "s", "b", "m", t91h, Season.WINTER, 120, 2, 0, null);
        PurchasePlan p = PurchasePlanner.plan(List.of(a, b), List.of(fast, slow), PLENTY, RULES);
        assertThat(p.tiresCovered()).isEqualTo(4);
        assertThat(p.lines()).extracting(PlanLine::requirementKey, PlanLine::offerId, PlanLine::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A", "H", 2),
                        org.assertj.core.groups.Tuple.tuple("B", "V", 2));
        assertThat(p.realCostMinor()).isEqualTo(440);
    }

    @Test
    void coverageComesFirstThenTheBudgetChoosesDomesticWhereItCan() {
        List<Requirement> rs = List.of(winter("R", 2));
        List<Offer> os = List.of(domestic("D", 100, 2), imported("I", 90, 2)); // D evaluates at 85
        // 170: two imports (180) do not fit, so one tire; the domestic one evaluates lower
        PurchasePlan p170 = PurchasePlanner.plan(rs, os, 170, RULES);
        assertThat(p170.tiresCovered()).isEqualTo(1);
        assertThat(p170.lines()).extracting(PlanLine::offerId).containsExactly("D");
        assertThat(p170.budgetLeftMinor()).isEqualTo(70);
        // 180: two tires only as two imports, although domestic tires evaluate lower
        PurchasePlan p180 = PurchasePlanner.plan(rs, os, 180, RULES);
        assertThat(p180.tiresCovered()).isEqualTo(2);
        assertThat(p180.lines()).extracting(PlanLine::offerId).containsExactly("I");
        assertThat(p180.evaluatedCost()).isEqualByComparingTo("180");
        // 199: one of each (190, evaluated 175)
        PurchasePlan p199 = PurchasePlanner.plan(rs, os, 199, RULES);
        assertThat(p199.lines()).extracting(PlanLine::offerId, PlanLine::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("D", 1), org.assertj.core.groups.Tuple.tuple("I", 1));
        assertThat(p199.realCostMinor()).isEqualTo(190);
        assertThat(p199.evaluatedCost()).isEqualByComparingTo("175");
        // 200: two domestic (evaluated 170)
        PurchasePlan p200 = PurchasePlanner.plan(rs, os, 200, RULES);
        assertThat(p200.lines()).extracting(PlanLine::offerId, PlanLine::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("D", 2));
        assertThat(p200.domesticShareByValue()).isEqualByComparingTo("100");
        assertThat(p200.budgetLeftMinor()).isZero();
    }

    @Test
    void theKnapsackCaseIsSolvedExactly() {
        // Three winter lines; budget 3150 covers all three only with imports (1000 each) or with one domestic
        // swap: D1 (1100, evaluated 935, saves 65 for +100) or D2 (1140, evaluated 969, saves 31 for +140), D3 (1150, evaluated 977.50, saves 22.50 for +150).
        // Budget 3150 allows one extra of at most 150: best is D1 (saves 65). Budget 3240 allows +240: D1 + D2
        // (+240, saves 96) beats D1 alone; D1 + D3 (+250) does not fit.
        List<Requirement> rs = List.of(winter("A", 1), winter("B", 1), winter("C", 1));
        List<Offer> os = List.of(imported("I", 1000, 3), domestic("D1", 1100, 1), domestic("D2", 1140, 1),
                domestic("D3", 1150, 1));
        PurchasePlan p = PurchasePlanner.plan(rs, os, 3150, RULES);
        assertThat(p.lines().stream().filter(PlanLine::domestic).map(PlanLine::offerId)).containsExactly("D1");
        assertThat(p.evaluatedCost()).isEqualByComparingTo("2935");
        PurchasePlan q = PurchasePlanner.plan(rs, os, 3240, RULES);
        assertThat(q.lines().stream().filter(PlanLine::domestic).map(PlanLine::offerId).sorted())
                .containsExactly("D1", "D2");
        assertThat(q.evaluatedCost()).isEqualByComparingTo("2904");
        assertThat(q.realCostMinor()).isEqualTo(3240);
    }

    @Test
    void allSeasonTiresFillOtherSeasonsOnlyWhenAllowed() {
        Offer allSeason = new Offer("A", "s", "b", "m", T91V, Season.ALL_SEASON, 100, 4, 0, null);
        List<Requirement> rs = List.of(winter("W", 2), new Requirement("S", T91V, Season.SUMMER, 2));
        assertThat(PurchasePlanner.plan(rs, List.of(allSeason), PLENTY, RULES).tiresCovered()).isZero();
        PurchasePlan winterOk = PurchasePlanner.plan(rs, List.of(allSeason), PLENTY, RULES.withAllSeason(true, false));
        assertThat(winterOk.coverageOf("W").orElseThrow().covered()).isEqualTo(2);
        assertThat(winterOk.coverageOf("S").orElseThrow().covered()).isZero();
        assertThat(winterOk.lines().get(0).reason()).contains("all-season for winter");
        PurchasePlan both = PurchasePlanner.plan(rs, List.of(allSeason), PLENTY, RULES.withAllSeason(true, true));
        assertThat(both.tiresCovered()).isEqualTo(4);
        Offer summer = new Offer("S", "s", "b", "m", T91V, Season.SUMMER, 1, 4, 0, null);
        assertThat(PurchasePlanner.plan(List.of(winter("W", 2)), List.of(summer), PLENTY,
                RULES.withAllSeason(true, true)).tiresCovered()).isZero();
    }

    @Test
    void onlyTiresThatSatisfyTheRequirementAreBought() {
        Requirement r = new Requirement("R", TireSize.parse("205/55 R16 91H"), Season.WINTER, 10);
        List<Offer> os = List.of(
                new Offer("stronger", "s", "b", "m", TireSize.parse("205/55 R16 94V"), Season.WINTER, 100, 1, 0, null),
                new Offer("slower", "s", "b", "m", TireSize.parse("205/55 R16 91T"), Season.WINTER, 1, 5, 0, null),
                new Offer("weaker", "s", "b", "m", TireSize.parse("205/55 R16 90V"), Season.WINTER, 1, 5, 0, null),
                new Offer("other", "s", "b", "m", TireSize.parse("215/55 R16 91H"), Season.WINTER, 1, 5, 0, null));
        PurchasePlan p = PurchasePlanner.plan(List.of(r), os, PLENTY, RULES);
        assertThat(p.lines()).extracting(PlanLine::offerId).containsExactly("stronger");
        assertThat(p.coverageOf("R").orElseThrow().uncovered()).isEqualTo(9);
        assertThat(p.lines().get(0).reason()).contains("205/55 R16 94V for required 205/55 R16 91H");
    }

    @Test
    void sharesByValueAndByCount() {
        List<Offer> os = List.of(domestic("D", 1000, 2), imported("I", 2000, 1));
        PurchasePlan p = PurchasePlanner.plan(List.of(winter("R", 3)), os, 4000, RULES);
        assertThat(p.realCostMinor()).isEqualTo(4000);
        assertThat(p.domesticValueMinor()).isEqualTo(2000);
        assertThat(p.domesticShareByValue()).isEqualTo(new BigDecimal("50.00"));
        assertThat(p.domesticTires()).isEqualTo(2);
        assertThat(p.domesticShareByCount()).isEqualTo(new BigDecimal("66.67")); // 200/3 = 66.666..., half up
        assertThat(p.evaluatedCost()).isEqualByComparingTo("3700"); // 2 × 850 + 2000
        PurchasePlan none = PurchasePlanner.plan(List.of(winter("R", 3)), os, 0, RULES);
        assertThat(none.domesticShareByValue()).isEqualTo(new BigDecimal("0.00"));
        assertThat(none.tiresUncovered()).isEqualTo(3);
    }

    @Test
    void freeTiresAreTakenWithoutMoney() {
        PurchasePlan p = PurchasePlanner.plan(List.of(winter("R", 3)), List.of(imported("F", 0, 2)), 0, RULES);
        assertThat(p.tiresCovered()).isEqualTo(2);
        assertThat(p.realCostMinor()).isZero();
    }

    @Test
    void requirementsComeFromNeedLines() {
        NeedLine line = new NeedLine("205/55 R16", Season.WINTER, T91V, 2, 8, 3, 5, new TreeMap<>(), new TreeMap<>());
        Requirement r = Requirement.of(line);
        assertThat(r.key()).isEqualTo("205/55 R16 winter");
        assertThat(r.quantity()).isEqualTo(5);
        assertThat(r.required()).isEqualTo(T91V);
        assertThat(r.season()).isEqualTo(Season.WINTER);
    }

    @Test
    void tiersAtOrAboveAMinimum() {
        assertThat(PlanRules.tiersAtOrAbove(List.of("T1", "T2", "T3"), "T2")).containsExactlyInAnyOrder("T2", "T3");
        assertThatThrownBy(() -> PlanRules.tiersAtOrAbove(List.of("T1"), "T9"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void badInputIsRejected() {
        assertThatThrownBy(() -> PurchasePlanner.plan(List.of(), List.of(imported("A", 1, 1), imported("A", 2, 1)),
                10, RULES)).hasMessageContaining("offer id A is given twice");
        assertThatThrownBy(() -> PurchasePlanner.plan(List.of(winter("R", 1), winter("R", 2)), List.of(), 10, RULES))
                .hasMessageContaining("requirement key R is given twice");
        assertThatThrownBy(() -> PurchasePlanner.plan(List.of(), List.of(), -1, RULES))
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> RULES.withPreference(BigDecimal.ONE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> imported("X", -1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void realisticSizesStayFeasibleAndSpreadOutInstancesAreProvenOptimal() {
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (long seed = 0; seed < 20; seed++) {
                boolean dense = seed % 2 == 0; // one size, most offers fit most lines: the hard knapsack case
                Instances.Instance in = Instances.random(new Random(seed), 20, 40, 200, 120, dense);
                PlanRules rules = in.rules().withNodeLimit(300);
                PurchasePlan p = PurchasePlanner.plan(in.requirements(), in.offers(), in.budget(), rules);
                PurchasePlan noPreference = PurchasePlanner.plan(in.requirements(), in.offers(), in.budget(),
                        rules.withPreference(BigDecimal.ZERO));
                assertThat(p.realCostMinor()).isLessThanOrEqualTo(in.budget());
                assertThat(p.tiresCovered()).as("coverage does not depend on the preference")
                        .isEqualTo(noPreference.tiresCovered());
                if (!dense) {
                    assertThat(p.optimal()).as("seed " + seed).isTrue();
                }
            }
        });
    }
}
