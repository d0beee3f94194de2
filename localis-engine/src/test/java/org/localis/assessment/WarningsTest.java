package org.localis.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.localis.assessment.Assessment.Reason;
import org.localis.assessment.Assessment.ReasonCode;

/**
 * Each warning code with its figures says, in English, exactly the engine's sentence, and {@link Warnings#read} turns
 * that sentence back into the same code and figures (part names with brackets and commas included); a sentence the
 * engine does not write reads as null.
 */
class WarningsTest {

    static final List<Reason> EVERY_KIND = List.of(
            Reason.of(ReasonCode.WARN_NOT_OFFICIAL, "ru-719-passenger-car"),
            new Reason(ReasonCode.WARN_NO_ORIGIN, List.of("1"), List.of(Reason.of(ReasonCode.WARN_LINE, "SEAT-F", "10"))),
            new Reason(ReasonCode.WARN_NO_ORIGIN, List.of("25"), List.of(Reason.of(ReasonCode.WARN_LINE, "BOLT (M8, zinc)", "3"),
                    Reason.of(ReasonCode.WARN_LINE, "NUT", "4"))),
            Reason.of(ReasonCode.WARN_CERT_NOT_FOUND, "SEAT (rear)", "12", "C-9"),
            Reason.of(ReasonCode.WARN_CERT_NOT_VALID, "SEAT-F", "9", "C-SEAT-1", "not yet valid", "2023-05-01", "2024-01-01", "2026-12-31"),
            Reason.of(ReasonCode.WARN_CERT_OTHER_PART, "SEAT-F", "9", "C-SEAT-1", "SEAT-R"),
            Reason.of(ReasonCode.WARN_POWERTRAIN_ASSUMED),
            Reason.of(ReasonCode.WARN_COMPONENT_NOT_VALID, "KT-2026-0001", "ru-719-tyres", "expired", "2026-06-01"),
            Reason.of(ReasonCode.WARN_COMPONENT_UNKNOWN_CRITERION, "KT-2026-0001", "tyres-x", "ru-719-n1"),
            Reason.of(ReasonCode.WARN_EXACT_SCORE, "299.995000"));

    @Test
    void everyWarningReadsBackFromItsSentence() {
        for (Reason r : EVERY_KIND) {
            String sentence = ReasonProperties.english(r);
            assertThat(Warnings.read(sentence)).as(sentence).isEqualTo(r);
        }
        assertThat(ReasonProperties.english(EVERY_KIND.get(2))).endsWith("NUT (line 4), ...");
        assertThat(Warnings.readAll(EVERY_KIND.stream().map(ReasonProperties::english).toList())).isEqualTo(EVERY_KIND);
    }

    @Test
    void aSentenceTheEngineDoesNotWriteIsNotRead() {
        assertThat(Warnings.read("something else happened")).isNull();
        assertThat(Warnings.read(null)).isNull();
        assertThat(Warnings.readAll(List.of("the product does not give its powertrain (product.yaml powertrain): ice is assumed",
                "an old warning"))).isNull();
    }

    /** The engine's own sentences: an unofficial scheme, a BOM line without origin, an expired certificate. */
    @Test
    void theEnginesWarningsCarryTheirCodes() {
        Assessment a = Decree719WorkedExamplesTest.assessN1WithExpiredTyres();
        assertThat(a.warningsWhy()).extracting(Reason::code).contains(ReasonCode.WARN_COMPONENT_NOT_VALID);
        ReasonProperties.agreeing(a);
    }
}
