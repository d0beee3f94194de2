package org.localis.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The structured reasons ({@link ReasonPart}) say what the English sentences say, with the same figures. */
class ReasonPartProperties {

    /** Every figure of the parts appears in the sentence, in the parts' order. */
    private static void sameFigures(String sentence, List<ReasonPart> parts) {
        int at = 0;
        for (ReasonPart part : parts) {
            for (Object f : part.figures()) {
                String text = f instanceof BigDecimal d ? Numbers.plain(d) : f.toString();
                int found = sentence.indexOf(text, at);
                assertThat(found).as("figure %s of %s in \"%s\" after position %d", text, part.code(), sentence, at)
                        .isGreaterThanOrEqualTo(0);
                at = found + text.length();
            }
        }
    }

    @Property(tries = 2000)
    void eachLinesPartsAgreeWithItsSentence(@ForAll long seed) {
        RandomPrograms.Scenario s = RandomPrograms.scenario(seed);
        Allocation a = Allocator.allocate(s.program(), s.candidates());
        for (AllocationLine l : a.lines()) {
            List<ReasonPart> why = l.why();
            assertThat(why).isNotEmpty();
            sameFigures(l.reason(), why);
            ReasonPart.Code first = why.get(0).code();
            assertThat(first == ReasonPart.Code.ELIGIBLE).isEqualTo(l.eligible());
            assertThat(l.reason().startsWith(l.eligible() ? "eligible" : "not eligible")).isTrue();
            if (!l.eligible()) {
                assertThat(why).hasSize(1);
                continue;
            }
            ReasonPart weight = why.get(1);
            assertThat(weight.code().name()).startsWith("WEIGHT_");
            assertThat((BigDecimal) weight.figures().get(weight.figures().size() - 1)).isEqualByComparingTo(l.weight());
            ReasonPart last = why.get(why.size() - 1);
            if (l.weight().signum() == 0) {
                assertThat(last.code()).isEqualTo(ReasonPart.Code.ZERO_WEIGHT);
                assertThat(l.amount()).isEqualByComparingTo(BigDecimal.ZERO);
                continue;
            }
            assertThat(why.get(2).code() == ReasonPart.Code.CAPPED_SHARE).isEqualTo(l.companyCapped());
            assertThat((BigDecimal) why.get(3).figures().get(0)).isEqualByComparingTo(l.exactAmount());
            BigDecimal amount = (BigDecimal) last.figures().get(last.code() == ReasonPart.Code.ROUNDED_UP ? 1 : 0);
            assertThat(amount).isEqualByComparingTo(l.amount());
            assertThat(last.figures().get(last.figures().size() - 1)).isEqualTo(s.program().currency());
        }
    }

    @Property(tries = 2000)
    void eachNoteHasItsPart(@ForAll long seed) {
        RandomPrograms.Scenario s = RandomPrograms.scenario(seed);
        Allocation a = Allocator.allocate(s.program(), s.candidates());
        assertThat(a.noteParts()).hasSameSizeAs(a.notes());
        for (int i = 0; i < a.notes().size(); i++) {
            assertThat(a.noteParts().get(i).code().name()).startsWith("NOTE_");
            sameFigures(a.notes().get(i), List.of(a.noteParts().get(i)));
        }
    }

    @Test
    void aFractionalBudgetAndCapGiveTheirNotes() {
        SupportProgram p = new SupportProgram("p", "P", new BigDecimal("1000.5"), "RUB", "silver",
                List.of("bronze", "silver", "gold"), new Formula.ScoreTimesVolume(), new BigDecimal("300.7"));
        Allocation a = Allocator.allocate(p, List.of(
                new Candidate("a", "A", "X", "gold", new BigDecimal("80"), null, 10, "c1"),
                new Candidate("b", "B", "Y", "bronze", new BigDecimal("50"), null, 10, "c2")));
        assertThat(a.noteParts()).extracting(ReasonPart::code).contains(ReasonPart.Code.NOTE_BUDGET_FRACTION,
                ReasonPart.Code.NOTE_CAP_FRACTION);
        assertThat(a.line("b").orElseThrow().why()).extracting(ReasonPart::code).containsExactly(ReasonPart.Code.BELOW_MINIMUM);
    }
}
