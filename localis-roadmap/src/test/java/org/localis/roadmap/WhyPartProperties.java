package org.localis.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** An action's structured reason ({@link RoadmapPlan.WhyPart}) says what its English sentence says, with its figures. */
class WhyPartProperties {

    @Property(tries = 40)
    void eachActionsPartsAgreeWithItsSentence(@ForAll @LongRange(min = 0, max = 10_000_000) long seed) {
        RoadmapPlan plan = RoadmapSolver.solve(RoadmapProperties.problem(seed), RoadmapProperties.OPTS);
        for (RoadmapPlan.Chosen c : plan.actions()) {
            List<RoadmapPlan.WhyPart> why = c.why();
            assertThat(why).isNotEmpty();
            int at = 0;
            for (RoadmapPlan.WhyPart part : why) {
                for (Object f : part.figures()) {
                    String text = f instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString()
                            : f instanceof List<?> l ? String.join(", ", l.stream().map(String::valueOf).toList())
                            : f.toString();
                    int found = c.reason().indexOf(text, at);
                    assertThat(found).as("figure %s of %s in \"%s\"", text, part.code(), c.reason()).isGreaterThanOrEqualTo(0);
                    at = found + text.length();
                }
            }
            RoadmapPlan.WhyCode first = why.get(0).code();
            if (c.contribution().signum() == 0) {
                assertThat(first).isEqualTo(RoadmapPlan.WhyCode.ADDS_NOTHING);
            } else {
                assertThat(first).isIn(RoadmapPlan.WhyCode.IMPROVES_POINTS, RoadmapPlan.WhyCode.IMPROVES_PERCENT);
                assertThat(why.get(0).figures()).containsExactly(c.year(), c.contribution());
            }
            boolean hasNeeded = why.stream().anyMatch(p -> p.code() == RoadmapPlan.WhyCode.NEEDED_FOR);
            assertThat(hasNeeded).isEqualTo(!c.neededFor().isEmpty());
            why.stream().filter(p -> p.code() == RoadmapPlan.WhyCode.NEEDED_FOR)
                    .forEach(p -> assertThat(p.figures()).containsExactly(c.neededFor()));
            why.stream().filter(p -> p.code() == RoadmapPlan.WhyCode.REQUIRED_BY)
                    .forEach(p -> assertThat(p.figures()).containsExactly(c.requiredBy()));
            assertThat(why.stream().anyMatch(p -> p.code() == RoadmapPlan.WhyCode.CHEAPEST))
                    .isEqualTo(c.neededFor().isEmpty() && c.requiredBy().isEmpty());
        }
    }
}
