package org.localis.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.localis.support.RandomPrograms.Scenario;

/** Invariants of the support allocation over random programs and candidates. */
class AllocatorProperties {

    private static Allocation allocate(Scenario s) {
        return Allocator.allocate(s.program(), s.candidates());
    }

    private static boolean eligible(SupportProgram p, Candidate c) {
        int rank = p.rank(c.tier());
        return rank >= 0 && rank >= p.rank(p.minimumTier());
    }

    private static Map<String, BigDecimal> byCompany(Allocation a) {
        Map<String, BigDecimal> totals = new HashMap<>();
        for (AllocationLine l : a.lines()) {
            totals.merge(l.company(), l.amount(), BigDecimal::add);
        }
        return totals;
    }

    @Property(tries = 2000)
    void theTotalNeverExceedsTheBudget(@ForAll long seed) {
        Scenario s = RandomPrograms.scenario(seed);
        Allocation a = allocate(s);
        BigDecimal sum = a.lines().stream().map(AllocationLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(a.allocated());
        assertThat(a.allocated()).isLessThanOrEqualTo(s.program().budget());
        assertThat(a.allocated().add(a.unallocated())).isEqualByComparingTo(s.program().budget());
        assertThat(a.lines()).hasSize(s.candidates().size());
    }

    @Property(tries = 2000)
    void everyAmountIsAWholeNumberAtLeastZero(@ForAll long seed) {
        Allocation a = allocate(RandomPrograms.scenario(seed));
        for (AllocationLine l : a.lines()) {
            assertThat(l.amount().signum()).isGreaterThanOrEqualTo(0);
            assertThat(l.amount().stripTrailingZeros().scale()).isLessThanOrEqualTo(0);
            assertThat(l.reason()).isNotBlank();
        }
    }

    @Property(tries = 2000)
    void noCompanyGetsMoreThanTheCap(@ForAll long seed) {
        Scenario s = RandomPrograms.scenario(seed);
        BigDecimal cap = s.program().perCompanyCap();
        Allocation a = allocate(s);
        Map<String, BigDecimal> totals = byCompany(a);
        for (CompanyTotal c : a.companies()) {
            assertThat(totals.getOrDefault(c.company(), BigDecimal.ZERO)).isEqualByComparingTo(c.amount());
            if (cap != null) {
                assertThat(c.amount()).isLessThanOrEqualTo(cap);
            }
        }
    }

    @Property(tries = 2000)
    void belowTheMinimumTierOrWithoutATierGetsNothing(@ForAll long seed) {
        Scenario s = RandomPrograms.scenario(seed);
        Allocation a = allocate(s);
        for (AllocationLine l : a.lines()) {
            if (!eligible(s.program(), l.candidate())) {
                assertThat(l.eligible()).isFalse();
                assertThat(l.amount().signum()).isZero();
                assertThat(l.weight().signum()).isZero();
                assertThat(l.reason()).startsWith("not eligible");
            } else {
                assertThat(l.eligible()).isTrue();
            }
        }
    }

    @Property(tries = 3000)
    void raisingOneScoreNeverLowersItsAmount(@ForAll long seed, @ForAll @IntRange(min = 0, max = 10_000) int pick,
                                             @ForAll @IntRange(min = 1, max = 3000) int deltaHundredths) {
        Scenario s = RandomPrograms.scenario(seed);
        if (s.candidates().isEmpty()) {
            return;
        }
        int i = pick % s.candidates().size();
        Candidate before = s.candidates().get(i);
        BigDecimal delta = BigDecimal.valueOf(deltaHundredths, pick % 2 == 0 ? 2 : 0);
        assertNotLower(s, i, before.withScore(before.score().add(delta)));
    }

    @Property(tries = 3000)
    void raisingOneVolumeNeverLowersItsAmount(@ForAll long seed, @ForAll @IntRange(min = 0, max = 10_000) int pick,
                                              @ForAll @IntRange(min = 1, max = 50_000) int delta) {
        Scenario s = RandomPrograms.scenario(seed);
        if (s.candidates().isEmpty()) {
            return;
        }
        int i = pick % s.candidates().size();
        Candidate before = s.candidates().get(i);
        long d = pick % 3 == 0 ? 1 + delta % 3 : delta;
        assertNotLower(s, i, before.withAnnualVolume(before.annualVolume() + d));
    }

    @Property(tries = 2000)
    void raisingOneTierNeverLowersItsAmount(@ForAll long seed, @ForAll @IntRange(min = 0, max = 10_000) int pick) {
        Scenario s = RandomPrograms.scenario(seed);
        if (s.candidates().isEmpty()) {
            return;
        }
        int i = pick % s.candidates().size();
        Candidate before = s.candidates().get(i);
        int rank = s.program().rank(before.tier());
        if (before.tier() != null && rank < 0) {
            return; // a tier the program does not know has no place in the order
        }
        if (rank + 1 >= RandomPrograms.TIERS.size()) {
            return;
        }
        assertNotLower(s, i, before.withTier(RandomPrograms.TIERS.get(rank + 1)));
    }

    private static void assertNotLower(Scenario s, int i, Candidate better) {
        Allocation before = allocate(s);
        List<Candidate> changed = new ArrayList<>(s.candidates());
        changed.set(i, better);
        Allocation after = Allocator.allocate(s.program(), changed);
        String id = better.productId();
        BigDecimal was = before.line(id).orElseThrow().amount();
        BigDecimal is = after.line(id).orElseThrow().amount();
        assertThat(is).as("amount of %s after raising it (was %s)", id, was).isGreaterThanOrEqualTo(was);
        // and so does its exact share before rounding
        assertThat(after.line(id).orElseThrow().exactAmount())
                .isGreaterThanOrEqualTo(before.line(id).orElseThrow().exactAmount());
    }

    @Property(tries = 1000)
    void theOrderOfTheCandidatesChangesNothing(@ForAll long seed, @ForAll long shuffleSeed) {
        Scenario s = RandomPrograms.scenario(seed);
        List<Candidate> shuffled = new ArrayList<>(s.candidates());
        Collections.shuffle(shuffled, new Random(shuffleSeed));
        Allocation a = allocate(s);
        Allocation b = Allocator.allocate(s.program(), shuffled);
        assertThat(b).isEqualTo(a);
    }

    /**
     * The exact shares are recomputed here independently (companies sorted by weight, the heaviest capped
     * first); every amount must be the floor or the ceiling of its exact share, every company total the
     * floor or ceiling of the company's exact total, and the total what the budget and caps allow.
     */
    @Property(tries = 2000)
    void amountsAreTheExactSharesRoundedOneWayOrTheOther(@ForAll long seed) {
        Scenario s = RandomPrograms.scenario(seed);
        SupportProgram p = s.program();
        Allocation a = allocate(s);
        Map<String, Ratio> weights = new HashMap<>();
        Map<String, Ratio> companyWeights = new TreeMap<>();
        for (Candidate c : s.candidates()) {
            Ratio w = eligible(p, c) ? Ratio.of(p.formula().weight(c)) : Ratio.ZERO;
            weights.put(c.productId(), w);
            companyWeights.merge(c.company(), w, Ratio::plus);
        }
        BigInteger d = p.budget().toBigInteger();
        BigInteger cap = p.perCompanyCap() == null ? null : p.perCompanyCap().toBigInteger();
        List<Map.Entry<String, Ratio>> claiming = companyWeights.entrySet().stream()
                .filter(e -> !e.getValue().isZero())
                .sorted(Map.Entry.<String, Ratio>comparingByValue(Comparator.reverseOrder()))
                .toList();
        Map<String, Ratio> exactCompany = new HashMap<>();
        int capped = 0;
        while (true) {
            if (capped == claiming.size()) {
                break;
            }
            Ratio rest = Ratio.ZERO;
            for (int k = capped; k < claiming.size(); k++) {
                rest = rest.plus(claiming.get(k).getValue());
            }
            BigInteger pool = cap == null ? d : d.subtract(cap.multiply(BigInteger.valueOf(capped)));
            Ratio level = Ratio.of(pool).over(rest);
            if (cap != null && level.times(claiming.get(capped).getValue()).compareTo(Ratio.of(cap)) >= 0) {
                capped++;
                continue;
            }
            for (int k = capped; k < claiming.size(); k++) {
                exactCompany.put(claiming.get(k).getKey(), level.times(claiming.get(k).getValue()));
            }
            break;
        }
        for (int k = 0; k < capped; k++) {
            exactCompany.put(claiming.get(k).getKey(), Ratio.of(cap));
        }

        BigInteger expectedTotal = capped == claiming.size() && cap != null
                ? cap.multiply(BigInteger.valueOf(capped)).min(d) : (claiming.isEmpty() ? BigInteger.ZERO : d);
        assertThat(a.allocated()).isEqualByComparingTo(new BigDecimal(expectedTotal));

        for (CompanyTotal ct : a.companies()) {
            Ratio exact = exactCompany.getOrDefault(ct.company(), Ratio.ZERO);
            assertRoundedFrom(ct.amount(), exact);
        }
        for (AllocationLine l : a.lines()) {
            Ratio cw = companyWeights.get(l.company());
            Ratio w = weights.get(l.productId());
            Ratio exact = w.isZero() ? Ratio.ZERO : exactCompany.get(l.company()).times(w).over(cw);
            assertRoundedFrom(l.amount(), exact);
            assertThat(l.exactAmount()).isEqualByComparingTo(exact.toDecimal(6));
        }
    }

    private static void assertRoundedFrom(BigDecimal amount, Ratio exact) {
        BigInteger a = amount.toBigIntegerExact();
        BigInteger floor = exact.floor();
        if (exact.isInteger()) {
            assertThat(a).isEqualTo(floor);
        } else {
            assertThat(a).isBetween(floor, floor.add(BigInteger.ONE));
        }
    }

    /**
     * Without a cap, every line is within one unit of budget x weight / total weight, and the whole
     * (whole-unit) budget is allocated as soon as one eligible product has a positive weight.
     */
    @Property(tries = 2000)
    void withoutACapEveryLineIsWithinOneUnitOfItsProportionalShare(@ForAll long seed) {
        Scenario raw = RandomPrograms.scenario(seed);
        SupportProgram p0 = raw.program();
        BigDecimal wholeBudget = new BigDecimal(p0.budget().toBigInteger());
        SupportProgram p = new SupportProgram(p0.id(), p0.title(), wholeBudget, p0.currency(), p0.minimumTier(),
                p0.tierOrder(), p0.formula(), null);
        Allocation a = Allocator.allocate(p, raw.candidates());
        BigDecimal total = BigDecimal.ZERO;
        for (Candidate c : raw.candidates()) {
            if (eligible(p, c)) {
                total = total.add(p.formula().weight(c));
            }
        }
        for (AllocationLine l : a.lines()) {
            if (total.signum() == 0) {
                assertThat(l.amount().signum()).isZero();
                continue;
            }
            // |amount - budget x w / W| < 1  <=>  |amount x W - budget x w| < W
            BigDecimal diff = l.amount().multiply(total).subtract(wholeBudget.multiply(l.weight())).abs();
            assertThat(diff).isLessThan(total);
        }
        if (total.signum() > 0) {
            assertThat(a.allocated()).isEqualByComparingTo(wholeBudget);
            assertThat(a.unallocated().signum()).isZero();
        } else {
            assertThat(a.allocated().signum()).isZero();
            assertThat(a.unallocated()).isEqualByComparingTo(wholeBudget);
        }
    }

    /** A cap that no company reaches changes nothing. */
    @Property(tries = 1000)
    void aCapThatDoesNotBindChangesNothing(@ForAll long seed) {
        Scenario s = RandomPrograms.scenario(seed);
        SupportProgram p0 = s.program();
        SupportProgram uncapped = new SupportProgram(p0.id(), p0.title(), p0.budget(), p0.currency(),
                p0.minimumTier(), p0.tierOrder(), p0.formula(), null);
        Allocation free = Allocator.allocate(uncapped, s.candidates());
        BigDecimal largest = free.companies().stream().map(CompanyTotal::exactAmount).max(Comparator.naturalOrder())
                .orElse(BigDecimal.ZERO);
        SupportProgram loose = new SupportProgram(p0.id(), p0.title(), p0.budget(), p0.currency(),
                p0.minimumTier(), p0.tierOrder(), p0.formula(), largest.add(BigDecimal.ONE).setScale(0,
                java.math.RoundingMode.CEILING));
        Allocation capped = Allocator.allocate(loose, s.candidates());
        assertThat(capped.lines()).isEqualTo(free.lines());
    }
}
