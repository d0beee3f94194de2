package org.localis.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Allocations computed by hand. */
class AllocatorTest {

    static final List<String> TIERS = List.of("bronze", "silver", "gold");

    static SupportProgram program(String budget, String minimumTier, Formula formula, String cap) {
        return new SupportProgram("cars-2027", "Passenger cars 2027", new BigDecimal(budget), "RUB", minimumTier,
                TIERS, formula, cap == null ? null : new BigDecimal(cap));
    }

    static Candidate candidate(String id, String company, String tier, String score, String threshold, long volume) {
        return new Candidate(id, "Product " + id, company, tier, score == null ? null : new BigDecimal(score),
                threshold == null ? null : new BigDecimal(threshold), volume, tier == null ? null : "CERT-" + id);
    }

    /** Volume as the only weight: score 1 over threshold 0. */
    static Candidate weighted(String id, String company, long weight) {
        return candidate(id, company, "gold", "1", "0", weight);
    }

    static BigDecimal amount(Allocation a, String id) {
        return a.line(id).orElseThrow().amount();
    }

    static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    /**
     * Budget 1,000,000; weights (score - threshold) x volume: A1 30 x 1000 = 30000, A2 10 x 2000 = 20000,
     * B1 5 x 2000 = 10000; total 60000. Exact: A1 500000, A2 333333.33.., B1 166666.66..; company Alpha
     * 833333.33.., Beta 166666.66..: floors 999999, the one unit left goes to Beta (remainder 2/3 beats 1/3).
     */
    @Test
    void proportionalToPointsAboveTheThresholdTimesVolume() {
        SupportProgram p = program("1000000", "silver", new Formula.ScoreAboveThresholdTimesVolume(), null);
        Allocation a = Allocator.allocate(p, List.of(
                candidate("A1", "Alpha", "gold", "80", "50", 1000),
                candidate("A2", "Alpha", "silver", "60", "50", 2000),
                candidate("B1", "Beta", "silver", "55", "50", 2000),
                candidate("C1", "Gamma", "bronze", "90", "50", 5000),
                candidate("D1", "Delta", null, "70", "50", 5000),
                candidate("E1", "Epsilon", "gold", "50", "50", 9000),
                candidate("F1", "Phi", "platinum", "99", "50", 9000)));

        assertThat(amount(a, "A1")).isEqualByComparingTo("500000");
        assertThat(amount(a, "A2")).isEqualByComparingTo("333333");
        assertThat(amount(a, "B1")).isEqualByComparingTo("166667");
        for (String id : List.of("C1", "D1", "E1", "F1")) {
            assertThat(amount(a, id)).isEqualByComparingTo("0");
        }
        assertThat(a.allocated()).isEqualByComparingTo("1000000");
        assertThat(a.unallocated()).isEqualByComparingTo("0");
        assertThat(a.distributable()).isEqualByComparingTo("1000000");

        AllocationLine a2 = a.line("A2").orElseThrow();
        assertThat(a2.weight()).isEqualByComparingTo("20000");
        assertThat(a2.exactAmount()).isEqualByComparingTo("333333.333333");
        assertThat(a2.share()).isEqualByComparingTo("0.3333333333");
        assertThat(a2.reason()).isEqualTo("eligible: tier silver (minimum silver); weight (score 60 - threshold 50)"
                + " x annual volume 2000 = 20000; share by weight: 20000 / 60000 x 1000000 = 333333.333333 exactly;"
                + " rounded down: 333333 RUB");
        assertThat(a.line("B1").orElseThrow().reason()).endsWith(
                "= 166666.666667 exactly; rounded down to 166666, plus 1 by largest remainder: 166667 RUB");
        assertThat(a.line("A1").orElseThrow().reason()).endsWith("= 500000 exactly; a whole amount: 500000 RUB");
        assertThat(a.line("C1").orElseThrow().reason())
                .isEqualTo("not eligible: tier bronze is below the minimum tier silver: 0");
        assertThat(a.line("D1").orElseThrow().reason()).isEqualTo("not eligible: not certified (no tier): 0");
        assertThat(a.line("F1").orElseThrow().reason())
                .isEqualTo("not eligible: tier platinum is not one of the program's tiers [bronze, silver, gold]: 0");
        assertThat(a.line("E1").orElseThrow().eligible()).isTrue();
        assertThat(a.line("E1").orElseThrow().reason()).contains("score 50 is not above threshold 50")
                .endsWith("a weight of 0 gets no share: 0");

        // lines by amount, then weight, then product id
        assertThat(a.lines()).extracting(AllocationLine::productId)
                .containsExactly("A1", "A2", "B1", "E1", "C1", "D1", "F1");
        assertThat(a.companies()).extracting(CompanyTotal::company)
                .containsExactly("Alpha", "Beta", "Delta", "Epsilon", "Gamma", "Phi");
        assertThat(a.company("Alpha").orElseThrow().amount()).isEqualByComparingTo("833333");
    }

    /**
     * Budget 1000, cap 400, weights Alpha 400 + 200, Beta 300, Gamma 100. Level 1: Alpha claims 600 and is
     * capped; 600 left for weight 400: level 1.5, Beta claims 450 and is capped; 200 left for Gamma's 100:
     * level 2, Gamma 200 (below the cap). Alpha's 400 by weight: 266.67 and 133.33 -> 267 and 133.
     */
    @Test
    void theCapIsWaterFilled() {
        SupportProgram p = program("1000", "bronze", new Formula.ScoreTimesVolume(), "400");
        Allocation a = Allocator.allocate(p, List.of(
                weighted("A1", "Alpha", 400), weighted("A2", "Alpha", 200),
                weighted("B1", "Beta", 300), weighted("G1", "Gamma", 100)));
        assertThat(amount(a, "A1")).isEqualByComparingTo("267");
        assertThat(amount(a, "A2")).isEqualByComparingTo("133");
        assertThat(amount(a, "B1")).isEqualByComparingTo("400");
        assertThat(amount(a, "G1")).isEqualByComparingTo("200");
        assertThat(a.allocated()).isEqualByComparingTo("1000");
        assertThat(a.company("Alpha").orElseThrow().capped()).isTrue();
        assertThat(a.company("Beta").orElseThrow().capped()).isTrue();
        assertThat(a.company("Gamma").orElseThrow().capped()).isFalse();
        assertThat(a.line("A1").orElseThrow().companyCapped()).isTrue();
        assertThat(a.line("A1").orElseThrow().reason()).contains(
                "company Alpha is held at the cap of 400 (its claim in proportion to weight, 600, reached the cap;"
                        + " the excess went to the other companies); its products share the cap by weight:"
                        + " 400 / 600 x 400 = 266.666667 exactly;"
                        + " rounded down to 266, plus 1 by largest remainder: 267 RUB");
        assertThat(a.line("B1").orElseThrow().reason()).contains("(its claim in proportion to weight, 450, reached");
        assertThat(a.line("G1").orElseThrow().reason()).contains(
                "share by weight: 100 / 100 x 200 (what is left after the capped companies) = 200 exactly");
        assertThat(a.notes()).containsExactly(
                "2 companies are held at the cap of 400; the excess went to the others in proportion to weight");
    }

    @Test
    void whenEveryCompanyIsCappedTheRestStaysUnallocated() {
        SupportProgram p = program("1000", "bronze", new Formula.ScoreTimesVolume(), "300");
        Allocation a = Allocator.allocate(p, List.of(weighted("A1", "Alpha", 7), weighted("B1", "Beta", 1)));
        assertThat(amount(a, "A1")).isEqualByComparingTo("300");
        assertThat(amount(a, "B1")).isEqualByComparingTo("300");
        assertThat(a.allocated()).isEqualByComparingTo("600");
        assertThat(a.unallocated()).isEqualByComparingTo("400");
        assertThat(a.notes())
                .contains("every company with a claim is held at the cap of 300: 400 RUB stays unallocated");
    }

    /** A cap of 100.90 allows 100 whole units; a budget of 250.75 shares 250 and keeps 0.75. */
    @Test
    void fractionsOfAUnitInTheBudgetOrCapAreNeverPaid() {
        SupportProgram p = program("250.75", "bronze", new Formula.ScoreTimesVolume(), "100.90");
        Allocation a = Allocator.allocate(p, List.of(weighted("A1", "Alpha", 5), weighted("B1", "Beta", 3),
                weighted("C1", "Gamma", 2)));
        // level 25: Alpha 125 > 100, capped; 150 left for weights 3 + 2: Beta 90, Gamma 60
        assertThat(amount(a, "A1")).isEqualByComparingTo("100");
        assertThat(amount(a, "B1")).isEqualByComparingTo("90");
        assertThat(amount(a, "C1")).isEqualByComparingTo("60");
        assertThat(a.distributable()).isEqualByComparingTo("250");
        assertThat(a.allocated()).isEqualByComparingTo("250");
        assertThat(a.unallocated()).isEqualByComparingTo("0.75");
        assertThat(a.notes()).contains("the budget's fraction 0.75 RUB stays unallocated: amounts are whole units",
                "the per-company cap 100.9 allows at most 100 in whole units");
    }

    /** Three equal claims on 100: 33 1/3 each; the unit left goes by the tie-break (company name). */
    @Test
    void tiesAreBrokenByWeightThenName() {
        SupportProgram p = program("100", "bronze", new Formula.ScoreTimesVolume(), null);
        Allocation a = Allocator.allocate(p, List.of(weighted("Z9", "Zeta", 1), weighted("M5", "Mu", 1),
                weighted("A7", "Alpha", 1)));
        assertThat(amount(a, "A7")).isEqualByComparingTo("34");
        assertThat(amount(a, "M5")).isEqualByComparingTo("33");
        assertThat(amount(a, "Z9")).isEqualByComparingTo("33");

        // inside one company: equal remainders go to the heavier product first, then by product id
        Allocation b = Allocator.allocate(program("10", "bronze", new Formula.ScoreTimesVolume(), null),
                List.of(weighted("P2", "Alpha", 1), weighted("P1", "Alpha", 1), weighted("P3", "Alpha", 2)));
        // exact 2.5, 2.5, 5: the company gets 10; floors 9; one unit to P1 (same remainder, same weight, lower id)
        assertThat(amount(b, "P1")).isEqualByComparingTo("3");
        assertThat(amount(b, "P2")).isEqualByComparingTo("2");
        assertThat(amount(b, "P3")).isEqualByComparingTo("5");
    }

    @Test
    void nothingEligibleLeavesTheWholeBudgetUnallocated() {
        SupportProgram p = program("5000", "gold", new Formula.ScoreAboveThresholdTimesVolume(), null);
        Allocation a = Allocator.allocate(p, List.of(
                candidate("A1", "Alpha", "silver", "90", "50", 100),
                candidate("B1", "Beta", null, null, null, 100)));
        assertThat(a.allocated()).isEqualByComparingTo("0");
        assertThat(a.unallocated()).isEqualByComparingTo("5000");
        assertThat(a.notes()).containsExactly("no product is eligible: the whole budget stays unallocated");

        Allocation b = Allocator.allocate(p, List.of(candidate("A1", "Alpha", "gold", "40", "50", 100)));
        assertThat(b.unallocated()).isEqualByComparingTo("5000");
        assertThat(b.notes()).containsExactly(
                "no eligible product has a positive weight: the whole budget stays unallocated");

        Allocation none = Allocator.allocate(p, List.of());
        assertThat(none.lines()).isEmpty();
        assertThat(none.unallocated()).isEqualByComparingTo("5000");
    }

    /**
     * The case that rules out plain largest remainder per company (shares recomputed from the company's
     * whole amount): budget 41, company X with weights 531, 326 and 23, Y 931, Z 256. Raising X3 from 23
     * to 24 moves the company-level unit from Y to X (17 -> 18). Recomputing X's shares from 18 would give
     * 10.85, 6.66, 0.49 and X3 would drop from 1 to 0 (the Alabama paradox). Ranking the exact shares'
     * remainders (10.5327, 6.4664, 0.4562 -> 10.5276, 6.4632, 0.4758) gives X3 0 and then 1.
     */
    @Test
    void aCompanyGainingAUnitNeverCostsTheRaisedProductOne() {
        SupportProgram p = program("41", "bronze", new Formula.ScoreTimesVolume(), null);
        List<Candidate> before = List.of(weighted("X1", "X", 531), weighted("X2", "X", 326), weighted("X3", "X", 23),
                weighted("Y1", "Y", 931), weighted("Z1", "Z", 256));
        Allocation a = Allocator.allocate(p, before);
        assertThat(a.company("X").orElseThrow().amount()).isEqualByComparingTo("17");
        assertThat(a.company("Y").orElseThrow().amount()).isEqualByComparingTo("19");
        assertThat(List.of(amount(a, "X1"), amount(a, "X2"), amount(a, "X3")))
                .usingElementComparator(BigDecimal::compareTo).containsExactly(bd("11"), bd("6"), bd("0"));

        List<Candidate> after = new ArrayList<>(before);
        after.set(2, weighted("X3", "X", 24));
        Allocation b = Allocator.allocate(p, after);
        assertThat(b.company("X").orElseThrow().amount()).isEqualByComparingTo("18");
        assertThat(b.company("Y").orElseThrow().amount()).isEqualByComparingTo("18");
        assertThat(List.of(amount(b, "X1"), amount(b, "X2"), amount(b, "X3")))
                .usingElementComparator(BigDecimal::compareTo).containsExactly(bd("11"), bd("6"), bd("1"));
    }

    @Test
    void tierWeightsTimesVolume() {
        Map<String, BigDecimal> w = new LinkedHashMap<>();
        w.put("silver", bd("1"));
        w.put("gold", bd("2.5"));
        SupportProgram p = program("7000", "silver", new Formula.TierWeights(w), null);
        Allocation a = Allocator.allocate(p, List.of(
                candidate("G", "Alpha", "gold", null, null, 1000),
                candidate("S", "Beta", "silver", null, null, 1000),
                candidate("B", "Gamma", "bronze", null, null, 1000)));
        // weights 2500 and 1000 of 3500: 5000 and 2000
        assertThat(amount(a, "G")).isEqualByComparingTo("5000");
        assertThat(amount(a, "S")).isEqualByComparingTo("2000");
        assertThat(amount(a, "B")).isEqualByComparingTo("0");
        assertThat(a.line("G").orElseThrow().reason())
                .contains("weight tier gold weight 2.5 x annual volume 1000 = 2500");
        assertThat(p.formula().describe()).isEqualTo("tier weight x annual volume (silver 1, gold 2.5)");
    }

    @Test
    void programsThatWouldBreakTheRulesAreRefused() {
        Map<String, BigDecimal> falling = new LinkedHashMap<>();
        falling.put("silver", bd("2"));
        falling.put("gold", bd("1"));
        assertThatThrownBy(() -> program("10", "silver", new Formula.TierWeights(falling), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("higher tier must never get less");
        assertThatThrownBy(() -> program("10", "silver", new Formula.TierWeights(Map.of("gold", bd("1"))), null))
                .hasMessageContaining("no weight for eligible tier silver");
        assertThatThrownBy(() -> program("10", "platinum", new Formula.ScoreTimesVolume(), null))
                .hasMessageContaining("minimum tier platinum is not one of");
        assertThatThrownBy(() -> program("-1", "gold", new Formula.ScoreTimesVolume(), null))
                .hasMessageContaining("budget must not be negative");
        assertThatThrownBy(() -> program("1", "gold", new Formula.ScoreTimesVolume(), "-5"))
                .hasMessageContaining("cap must not be negative");
        assertThatThrownBy(() -> candidate("A", "Alpha", "gold", "1", "0", -1))
                .hasMessageContaining("annual volume must not be negative");

        SupportProgram p = program("10", "bronze", new Formula.ScoreTimesVolume(), null);
        assertThatThrownBy(() -> Allocator.allocate(p, List.of(weighted("A", "X", 1), weighted("A", "Y", 2))))
                .hasMessageContaining("product id A is listed twice");
        assertThatThrownBy(() -> Allocator.allocate(p, List.of(candidate("A", "X", "gold", null, null, 5))))
                .hasMessageContaining("the formula needs a score");
    }

    @Test
    void aZeroCapOrAZeroBudgetPaysNothing() {
        Allocation a = Allocator.allocate(program("100", "bronze", new Formula.ScoreTimesVolume(), "0"),
                List.of(weighted("A", "X", 1)));
        assertThat(amount(a, "A")).isEqualByComparingTo("0");
        assertThat(a.unallocated()).isEqualByComparingTo("100");
        Allocation b = Allocator.allocate(program("0", "bronze", new Formula.ScoreTimesVolume(), null),
                List.of(weighted("A", "X", 1)));
        assertThat(amount(b, "A")).isEqualByComparingTo("0");
        assertThat(b.line("A").orElseThrow().share()).isEqualByComparingTo("0");
    }
}
