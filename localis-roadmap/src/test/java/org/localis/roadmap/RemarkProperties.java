package org.localis.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * Each blocker and note of a plan has a code with figures ({@link RoadmapPlan.Remark}, for other languages) that says
 * what its English sentence says: one per sentence, in order, the figures found in the sentence in order, and each
 * year's goal is the target its English description names.
 */
class RemarkProperties {

    @Property(tries = 40)
    void eachBlockerAndNoteHasItsCodeWithTheSentencesFigures(@ForAll @LongRange(min = 0, max = 10_000_000) long seed) {
        RoadmapPlan plan = RoadmapSolver.solve(RoadmapProperties.problem(seed), RoadmapProperties.OPTS);
        net.jqwik.api.statistics.Statistics.label("blocked").collect(!plan.blockers().isEmpty());
        assertThat(plan.blockerCodes()).hasSameSizeAs(plan.blockers());
        assertThat(plan.noteCodes()).hasSameSizeAs(plan.notes());
        for (int i = 0; i < plan.blockers().size(); i++) {
            agree(plan.blockerCodes().get(i), plan.blockers().get(i));
        }
        for (int i = 0; i < plan.notes().size(); i++) {
            agree(plan.noteCodes().get(i), plan.notes().get(i));
        }
        for (RoadmapPlan.Year y : plan.years()) {
            assertThat(y.goal() == null ? null : y.goal().describe()).isEqualTo(y.target());
        }
    }

    static void agree(RoadmapPlan.Remark remark, String sentence) {
        int at = 0;
        for (Object f : remark.figures()) {
            List<?> texts = f instanceof List<?> l ? l : List.of(f);
            for (Object one : texts) {
                String text = one instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString()
                        : one instanceof Target t ? t.describe() : one.toString();
                int found = sentence.indexOf(text, at);
                assertThat(found).as("figure %s of %s in \"%s\"", text, remark.code(), sentence).isGreaterThanOrEqualTo(0);
                at = found + text.length();
            }
        }
        String name = remark.code().name();
        if (name.startsWith("BUDGET")) {
            assertThat(sentence).contains("budget");
        }
        if (name.startsWith("MANDATORY")) {
            assertThat(sentence).contains("mandatory");
        }
        if (name.startsWith("TARGET_")) {
            assertThat(sentence).contains("target");
        }
    }
}
