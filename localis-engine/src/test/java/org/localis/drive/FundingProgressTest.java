package org.localis.drive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class FundingProgressTest {

    private static final List<TargetLine> TARGETS = List.of(
            new TargetLine("185/75 R16 C|WINTER", 100, 800_000),
            new TargetLine("235/65 R16 C|WINTER", 50, 1_200_000));

    @Test
    void earmarkedMoneyGoesToItsLineAndGeneralMoneyIsSharedByWhatIsLacking() {
        // line 1 value 80,000,000; line 2 value 60,000,000
        FundingProgress.Result r = FundingProgress.compute(TARGETS, Map.of("235/65 R16 C|WINTER", 12_000_000L), 14_000_000);
        // after earmark: gaps 80,000,000 and 48,000,000 (sum 128,000,000); general 14,000,000 shared 10:6
        assertThat(r.lines().get(0).fundedMinor()).isEqualTo(8_750_000);
        assertThat(r.lines().get(1).fundedMinor()).isEqualTo(12_000_000 + 5_250_000);
        assertThat(r.lines().get(0).tiresFunded()).isEqualTo(10); // 8,750,000 / 800,000 = 10.9
        assertThat(r.lines().get(1).tiresFunded()).isEqualTo(14); // 17,250,000 / 1,200,000 = 14.4
        assertThat(r.raisedMinor()).isEqualTo(26_000_000);
        assertThat(r.goalMinor()).isEqualTo(140_000_000);
        assertThat(r.tiresTarget()).isEqualTo(150);
        assertThat(r.surplusMinor()).isZero();
    }

    @Test
    void moneyBeyondTheGoalIsSurplusAndEveryLineIsFull() {
        FundingProgress.Result r = FundingProgress.compute(TARGETS, Map.of(), 150_000_000);
        assertThat(r.lines()).allMatch(l -> l.tiresFunded() == l.target().quantity());
        assertThat(r.surplusMinor()).isEqualTo(10_000_000);
        assertThat(r.percent()).isEqualTo(100);
    }

    @Property
    void fundedMoneyAddsUpAndNoLineExceedsItsValue(@ForAll("targets") List<TargetLine> targets,
                                                   @ForAll @LongRange(max = 500_000_000) long general,
                                                   @ForAll("earmarks") List<Long> earmarks) {
        Map<String, Long> earmarked = new HashMap<>();
        for (int i = 0; i < targets.size() && i < earmarks.size(); i++) {
            earmarked.put(targets.get(i).key(), earmarks.get(i));
        }
        FundingProgress.Result r = FundingProgress.compute(targets, earmarked, general);
        long funded = r.lines().stream().mapToLong(FundingProgress.Line::fundedMinor).sum();
        assertThat(funded + r.surplusMinor() + r.roundingMinor()).isEqualTo(r.raisedMinor());
        assertThat(r.roundingMinor()).isBetween(0L, (long) targets.size());
        for (FundingProgress.Line l : r.lines()) {
            assertThat(l.fundedMinor()).isBetween(0L, l.target().valueMinor());
            assertThat(l.tiresFunded()).isBetween(0, l.target().quantity());
            assertThat((long) l.tiresFunded() * l.target().unitPriceMinor()).isLessThanOrEqualTo(l.fundedMinor());
        }
        if (r.surplusMinor() > 0) {
            assertThat(r.lines()).allMatch(l -> l.fundedMinor() == l.target().valueMinor());
        }
    }

    @Property
    void moreMoneyNeverFundsFewerTires(@ForAll("targets") List<TargetLine> targets,
                                       @ForAll @LongRange(max = 300_000_000) long general,
                                       @ForAll @LongRange(max = 100_000_000) long more) {
        FundingProgress.Result a = FundingProgress.compute(targets, Map.of(), general);
        FundingProgress.Result b = FundingProgress.compute(targets, Map.of(), general + more);
        for (int i = 0; i < targets.size(); i++) {
            assertThat(b.lines().get(i).fundedMinor()).isGreaterThanOrEqualTo(a.lines().get(i).fundedMinor());
        }
        assertThat(b.tiresFunded()).isGreaterThanOrEqualTo(a.tiresFunded());
    }

    @Provide
    Arbitrary<List<TargetLine>> targets() {
        return Combinators.combine(Arbitraries.integers().between(1, 2000), Arbitraries.longs().between(1, 5_000_000))
                .as((q, p) -> new long[] {q, p}).list().ofMinSize(1).ofMaxSize(8).map(raw -> {
                    List<TargetLine> out = new ArrayList<>();
                    for (int i = 0; i < raw.size(); i++) {
                        out.add(new TargetLine("size-" + i, (int) raw.get(i)[0], raw.get(i)[1]));
                    }
                    return out;
                });
    }

    @Provide
    Arbitrary<List<Long>> earmarks() {
        return Arbitraries.longs().between(0, 200_000_000).list().ofMaxSize(8);
    }
}
