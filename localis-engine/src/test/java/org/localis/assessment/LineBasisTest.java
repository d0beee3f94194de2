package org.localis.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import org.localis.assessment.Assessment.Reason;
import org.localis.assessment.Assessment.ReasonCode;
import org.localis.bom.Bom;
import org.localis.operation.Operations;
import org.localis.product.Product;
import org.localis.product.ProductManifestReader;
import org.localis.scheme.Scheme;
import org.localis.testing.Fixtures;
import org.localis.testing.RandomBoms;

/**
 * Each BOM line's basis is given as the English sentence and as a code with its figures; the sentence said again from
 * the code (below, word for word as the engine writes it) is the engine's sentence, and {@link LineBasis#read} turns
 * the sentence of a stored document back into the same code and figures.
 */
class LineBasisTest {

    private static final LocalDate DATE = LocalDate.of(2025, 6, 1);
    private static final List<Scheme> SCHEMES = List.of(Fixtures.testScheme("rvc-nc-rollup.yaml"),
            Fixtures.testScheme("rvc-tv-tracing.yaml"), Fixtures.testScheme("maxnom.yaml"));
    private static final Set<ReasonCode> SEEN = EnumSet.noneOf(ReasonCode.class);

    @Property(tries = 200)
    void theSentenceAndItsCodeAgree(@ForAll long seed) {
        BigDecimal price = BigDecimal.valueOf(100_000);
        Product p = new Product("P", "passenger-car", "RUB", price, price, null, Bom.of("bom.csv", RandomBoms.lines(seed, 30)),
                Operations.NONE, List.of(), Map.of(), "test");
        for (Scheme s : SCHEMES) {
            agree(Assessor.assess(AssessmentRequest.of(p, s, s.periods().get(0).year(), DATE)));
        }
    }

    @Example
    void theExamplesWithCertificatesAgree() {
        Product sedan = ProductManifestReader.read(Fixtures.example("roll-up-sedan").resolve("product.yaml"));
        for (Scheme s : SCHEMES) {
            for (var period : s.periods()) {
                agree(Assessor.assess(AssessmentRequest.of(sedan, s, period.year(), DATE)));
            }
        }
    }

    @Example
    void aSentenceTheEngineDoesNotWriteHasNoCode() {
        assertThat(LineBasis.read("made by elves")).isNull();
        assertThat(LineBasis.read("")).isNull();
        assertThat(LineBasis.read(null)).isNull();
        assertThat(LineBasis.read("origin BY is outside the territory!")).isNull();
    }

    @AfterContainer
    static void everyCodeIsExercised() {
        assertThat(SEEN).as("basis codes met").contains(ReasonCode.BASIS_IN_TERRITORY, ReasonCode.BASIS_FOREIGN,
                ReasonCode.BASIS_UNKNOWN_ORIGIN, ReasonCode.BASIS_ROLLED_UP_RVC, ReasonCode.BASIS_ROLLED_UP_NOM,
                ReasonCode.BASIS_TRACED, ReasonCode.BASIS_MADE_ABROAD, ReasonCode.BASIS_CERT_ORIGINATING);
    }

    private static void agree(Assessment a) {
        for (Assessment.LineResult l : a.lines()) {
            assertThat(l.basisWhy()).as(l.part()).isNotNull();
            assertThat(english(l.basisWhy())).as(l.part()).isEqualTo(l.basis());
            assertThat(LineBasis.read(l.basis())).as(l.part()).isEqualTo(l.basisWhy());
        }
    }

    private static String english(Reason r) {
        SEEN.add(r.code());
        List<String> a = r.args();
        return switch (r.code()) {
            case BASIS_IN_TERRITORY -> "origin " + a.get(0) + " is in the territory";
            case BASIS_FOREIGN -> "origin " + a.get(0) + " is outside the territory";
            case BASIS_UNKNOWN_ORIGIN -> "origin unknown: counted as non-originating";
            case BASIS_CERT_ORIGINATING -> "certificate " + a.get(0) + " says originating: wholly originating";
            case BASIS_CERT_NON_ORIGINATING -> "certificate " + a.get(0) + " says not originating";
            case BASIS_CERT_TRACED -> "certificate " + a.get(0) + ": domestic share " + a.get(1) + "%, the rest non-originating (tracing)";
            case BASIS_ROLLED_UP_RVC -> "sub-assembly made in the country qualifies on its own (own regional value content "
                    + a.get(0) + "% >= " + a.get(1) + "%): wholly originating (roll-up)";
            case BASIS_ROLLED_UP_NOM -> "sub-assembly made in the country qualifies on its own (own non-originating content "
                    + a.get(0) + "% <= " + a.get(1) + "%): wholly originating (roll-up)";
            case BASIS_TRACED -> "sub-assembly made in the country: non-originating content of its lines counts, "
                    + "its own conversion cost is originating";
            case BASIS_MADE_ABROAD -> "sub-assembly made abroad (" + a.get(0) + "): wholly non-originating";
            default -> throw new AssertionError("not a basis: " + r);
        };
    }
}
