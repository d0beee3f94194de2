package org.localis.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import org.localis.assessment.Assessment.Reason;
import org.localis.assessment.Assessment.ReasonCode;
import org.localis.bom.Bom;
import org.localis.operation.Operation;
import org.localis.operation.Operations;
import org.localis.product.Product;
import org.localis.scheme.Scheme;
import org.localis.testing.Fixtures;
import org.localis.testing.RandomBoms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The classification reason, each failed requirement and each piece of next-tier advice is given twice: as the
 * English sentence and as a code with its figures ({@link Reason}), which the app words in any language. Over random
 * BOMs, operations and periods, the sentence said again from the code and figures (below, in English, word for word as
 * the engine writes it) is the engine's sentence, so the two never disagree on a figure or an id; and the JSON carries
 * the same reasons.
 */
class ReasonProperties {

    private static final LocalDate DATE = LocalDate.of(2025, 6, 1);
    private static final List<Scheme> SCHEMES = List.of(Fixtures.testScheme("rvc-nc-rollup.yaml"),
            Fixtures.testScheme("rvc-tv-tracing.yaml"), Fixtures.testScheme("maxnom.yaml"), Fixtures.testScheme("points.yaml"));
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<ReasonCode> SEEN = EnumSet.noneOf(ReasonCode.class);

    @Property(tries = 300)
    void theSentenceAndItsCodeAgree(@ForAll long seed) throws Exception {
        Random rnd = new Random(seed);
        for (Scheme s : SCHEMES) {
            List<Operation> ops = new ArrayList<>();
            int line = 1;
            for (String code : s.operations().keySet()) {
                if (rnd.nextInt(3) > 0) {
                    ops.add(new Operation(line++, code, rnd.nextInt(4) > 0, rnd.nextBoolean() ? "" : "act " + line));
                }
            }
            BigDecimal price = BigDecimal.valueOf(20_000 + rnd.nextInt(200_000));
            Product p = new Product("P", "passenger-car", "RUB", price, price, null, Bom.of("bom.csv", RandomBoms.lines(seed, 30)),
                    new Operations("operations.csv", ops), List.of(), Map.of(), "test");
            int period = s.periods().get(rnd.nextInt(s.periods().size())).year();
            Assessment a = agreeing(Assessor.assess(AssessmentRequest.of(p, s, period, DATE)));
            JsonNode json = MAPPER.readTree(AssessmentJson.toJson(a));
            assertThat(json.get("classificationWhy")).isEqualTo(MAPPER.valueToTree(AssessmentJson.reason(a.classification().why())));
            assertThat(json.get("failedBecauseWhy")).isEqualTo(MAPPER.valueToTree(AssessmentJson.reasons(a.failedBecauseWhy())));
            if (a.nextTier() != null) {
                assertThat(json.path("nextTier").get("adviceWhy")).isEqualTo(MAPPER.valueToTree(AssessmentJson.reasons(a.nextTier().adviceWhy())));
            }
            for (int i = 0; i < a.criteria().size(); i++) {
                assertThat(json.path("criteria").get(i).get("why")).isEqualTo(MAPPER.valueToTree(AssessmentJson.reason(a.criteria().get(i).why())));
            }
        }
    }

    /**
     * Checks that every reason of {@code a} says, in English, exactly its sentence; returns {@code a}. The Decree 719
     * tests call it on each assessment they make, so that ladders, count ratios and certificates are covered too.
     */
    static Assessment agreeing(Assessment a) {
        {
            assertThat(english(a.classification().why())).isEqualTo(a.classification().reason());
            for (Assessment.CriterionResult c : a.criteria()) {
                assertThat(c.why()).as(c.code()).isNotNull();
                assertThat(english(c.why())).as(c.code()).isEqualTo(c.explanation());
            }
            assertThat(a.failedBecauseWhy()).hasSameSizeAs(a.failedBecause());
            for (int i = 0; i < a.failedBecause().size(); i++) {
                assertThat(english(a.failedBecauseWhy().get(i))).isEqualTo(a.failedBecause().get(i));
            }
            assertThat(a.warningsWhy()).hasSameSizeAs(a.warnings());
            for (int i = 0; i < a.warnings().size(); i++) {
                assertThat(english(a.warningsWhy().get(i))).isEqualTo(a.warnings().get(i));
                // a stored document has only the sentence: read back, it is the same code and figures
                assertThat(Warnings.read(a.warnings().get(i))).isEqualTo(a.warningsWhy().get(i));
            }
            if (a.nextTier() != null) {
                assertThat(a.nextTier().adviceWhy()).hasSameSizeAs(a.nextTier().advice());
                for (int i = 0; i < a.nextTier().advice().size(); i++) {
                    assertThat(english(a.nextTier().adviceWhy().get(i))).isEqualTo(a.nextTier().advice().get(i));
                }
            }
        }
        return a;
    }

    @AfterContainer
    static void mostCodesAreExercised() {
        assertThat(SEEN).as("codes met by the random products").contains(ReasonCode.CLASS_REACHED, ReasonCode.FAIL_MANDATORY,
                ReasonCode.FAIL_BELOW_PERCENT, ReasonCode.FAIL_BELOW_POINTS, ReasonCode.FAIL_ABOVE_CAP, ReasonCode.ADVICE_PERFORM,
                ReasonCode.ADVICE_MORE_POINTS, ReasonCode.ADVICE_REPLACE, ReasonCode.WARN_NO_ORIGIN, ReasonCode.WARN_LINE);
    }

    /** The engine's English sentence, said again from the code and its figures. */
    static String english(Reason r) {
        SEEN.add(r.code());
        List<String> a = r.args();
        return switch (r.code()) {
            case CLASS_NO_RULES -> "the scheme defines no classification rules";
            case CLASS_REACHED -> String.join("; ", r.parts().stream().map(ReasonProperties::english).toList());
            case CLASS_REQUIRES -> a.get(0) + " performed in the country";
            case CLASS_ALSO -> "also " + a.get(0);
            case CLASS_BY_SHARE -> "domestic share of the BOM value " + a.get(0) + "% >= " + a.get(1) + "%";
            case CLASS_DEEPER -> a.get(0) + " would need " + String.join(", ", r.parts().stream().map(ReasonProperties::english).toList());
            case CLASS_NEED_OPS -> a.get(0);
            case CLASS_NEED_ONE_OF -> "one of " + a.get(0);
            case CLASS_NEED_ONE_OF_OR_SHARE -> "one of " + a.get(0) + " (or a domestic share of at least " + a.get(1) + "%, now " + a.get(2) + "%)";
            case CLASS_NONE_ANY_OF -> "no production in the country that the scheme counts: none of " + a.get(0) + " not performed (needed for " + a.get(1) + ")";
            case CLASS_NONE_MISSING -> "no production in the country that the scheme counts: " + a.get(0) + " not performed (needed for " + a.get(1) + ")";
            case FAIL_ABOVE_CAP -> "score " + a.get(0) + "% is above the cap " + a.get(1) + "% in " + a.get(2);
            case FAIL_BELOW_PERCENT -> "score " + a.get(0) + " percent is below the threshold " + a.get(1) + "% in " + a.get(2);
            case FAIL_BELOW_POINTS -> "score " + a.get(0) + " points is below the threshold " + a.get(1) + " points in " + a.get(2);
            case FAIL_MANDATORY -> "mandatory criterion " + a.get(0) + " (" + a.get(1) + ") is not met: " + a.get(3);
            case ADVICE_PERFORM -> "perform " + a.get(0) + " (" + a.get(1) + ") in the country: it is mandatory in " + a.get(3);
            case ADVICE_PERFORM_WITH -> "perform " + a.get(0) + " (" + a.get(1) + ") in the country: it is mandatory in " + a.get(3) + ", with " + a.get(4);
            case ADVICE_MORE_POINTS -> a.get(0) + " more points are needed; unearned criteria: "
                    + (a.get(1).isEmpty() ? "none" : a.get(1) + ("0".equals(a.get(2)) ? "" : " and " + a.get(2) + " more"));
            case ADVICE_REPLACE -> "replace non-originating materials worth " + a.get(0) + " " + a.get(1) + " per unit with originating ones (" + a.get(2) + " percentage points)";
            case ADVICE_RAISE -> "raise the value of originating materials by " + a.get(0) + " " + a.get(1) + " per unit (" + a.get(2) + " percentage points)";
            case ADVICE_MEET_FAILED -> "meet the failed requirements: " + String.join("; ", r.parts().stream().map(ReasonProperties::english).toList());
            case CRIT_EXPLAINED -> String.join("; ", r.parts().stream().map(ReasonProperties::english).toList());
            case CRIT_NOT_FOR_VEHICLE -> "does not apply to " + (a.get(0).isEmpty() ? "this vehicle" : a.get(0))
                    + (a.get(1).isEmpty() ? "" : " with powertrain " + a.get(1));
            case CRIT_NO_POINTS_IN_YEAR -> "earns no points in " + a.get(0);
            case CRIT_NOT_ON_DATE -> "applies " + (a.get(0).isEmpty() ? "" : "from " + a.get(0))
                    + (!a.get(0).isEmpty() && !a.get(1).isEmpty() ? " " : "") + (a.get(1).isEmpty() ? "" : "until " + a.get(1)) + ", not on " + a.get(2);
            case CRIT_PREREQ_MISSING -> "performed, but prerequisite " + a.get(0) + " is not performed in the country";
            case CRIT_CARRIED -> "carried in from component certificate " + a.get(0) + " (" + a.get(1) + " points; Decree 719 annex note 5)"
                    + (a.get(2).isEmpty() ? "" : "; own " + a.get(2) + " is less");
            case CRIT_RATIO_NOT_DECLARED -> "not declared in the operations (the count of " + a.get(0)
                    + " applies to the criteria on those items declared performed)";
            case CRIT_RATIO_NEEDS_COUNT -> "declared performed, but this is a count ratio: give counts." + a.get(0) + " (or " + a.get(1) + "): N of M in product.yaml";
            case CRIT_RATIO_NO_COUNT -> "no count of " + a.get(0) + " given (product.yaml counts)";
            case CRIT_RATIO -> "count ratio " + a.get(0) + " of " + a.get(1) + " " + a.get(2) + ": " + a.get(3) + " x " + a.get(0) + "/" + a.get(1)
                    + " = " + a.get(4) + ", rounded " + ("down".equals(a.get(5)) ? "down" : "to the nearest whole point") + " = " + a.get(6);
            case CRIT_NO_INPUT -> "no " + a.get(0) + " given (product.yaml inputs)";
            case CRIT_LADDER -> a.get(0) + " = " + a.get(1) + " reaches the step from " + a.get(2) + ": " + a.get(3) + " points when calculated in " + a.get(4);
            case CRIT_LADDER_NONE -> a.get(0) + " = " + a.get(1) + " reaches no step of the ladder in " + a.get(2);
            case CRIT_PER_UNIT -> a.get(0) + " = " + a.get(1) + ": " + a.get(2) + " whole step(s) of " + a.get(3) + " x " + a.get(4) + " = " + a.get(5);
            case CRIT_CERTIFIED -> "component certificate " + a.get(0) + " (" + a.get(1) + ") is valid and passes";
            case CRIT_DECLARED_PERFORMED -> "declared performed in the country" + evidence(a.get(0));
            case CRIT_NO_CERT -> "no valid, passing " + a.get(0) + " certificate is cited in the BOM";
            case CRIT_PERFORMED -> "performed in the country" + evidence(a.get(0));
            case CRIT_DECLARED_NOT_PERFORMED -> "declared not performed in the country";
            case CRIT_NOT_DECLARED -> "not declared in the operations";
            case CRIT_COEFFICIENT -> "x " + a.get(0) + " (coefficient " + a.get(1) + ") = " + a.get(2);
            case CRIT_NOT_BEST -> "not counted: only the best level of '" + a.get(0) + "' counts (" + a.get(1) + ", " + a.get(2) + ")";
            case WARN_NOT_OFFICIAL -> "scheme " + a.get(0) + " is not confirmed in full against the official text (official: false); see its notes";
            case WARN_NO_ORIGIN -> a.get(0) + ("1".equals(a.get(0)) ? " line has" : " lines have") + " no origin and count as non-originating: "
                    + String.join(", ", r.parts().stream().map(ReasonProperties::english).toList())
                    + (Integer.parseInt(a.get(0)) > r.parts().size() ? ", ..." : "");
            case WARN_LINE -> a.get(0) + " (line " + a.get(1) + ")";
            case WARN_CERT_NOT_FOUND -> a.get(0) + " (line " + a.get(1) + "): certificate " + a.get(2) + " was not found; the line is treated as uncertified";
            case WARN_CERT_NOT_VALID -> a.get(0) + " (line " + a.get(1) + "): certificate " + a.get(2) + " is " + a.get(3) + " on " + a.get(4)
                    + " (valid " + a.get(5) + " to " + a.get(6) + "); the line is treated as uncertified";
            case WARN_CERT_OTHER_PART -> a.get(0) + " (line " + a.get(1) + "): certificate " + a.get(2) + " covers part " + a.get(3)
                    + ", not " + a.get(0) + "; the line is treated as uncertified";
            case WARN_POWERTRAIN_ASSUMED -> "the product does not give its powertrain (product.yaml powertrain): ice is assumed";
            case WARN_COMPONENT_NOT_VALID -> "component certificate " + a.get(0) + " (" + a.get(1) + ") is " + a.get(2) + " on " + a.get(3)
                    + ": its points do not count";
            case WARN_COMPONENT_UNKNOWN_CRITERION -> "component certificate " + a.get(0) + " reports points for " + a.get(1)
                    + ", which scheme " + a.get(2) + " does not have: not counted";
            case WARN_EXACT_SCORE -> "the exact score " + a.get(0) + " decides pass or fail; the two-decimal score shown rounds across the threshold";
            // a BOM line's basis, never part of these reasons (LineBasisTest says them)
            case BASIS_IN_TERRITORY, BASIS_FOREIGN, BASIS_UNKNOWN_ORIGIN, BASIS_CERT_ORIGINATING, BASIS_CERT_NON_ORIGINATING,
                 BASIS_CERT_TRACED, BASIS_ROLLED_UP_RVC, BASIS_ROLLED_UP_NOM, BASIS_TRACED, BASIS_MADE_ABROAD ->
                    throw new AssertionError("a line's basis among the reasons: " + r);
        };
    }

    private static String evidence(String e) {
        return e.isEmpty() ? "" : " (evidence: " + e + ")";
    }
}
