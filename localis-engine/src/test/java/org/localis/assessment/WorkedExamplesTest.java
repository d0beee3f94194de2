package org.localis.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.localis.product.Product;
import org.localis.product.ProductManifestReader;
import org.localis.scheme.Classification;
import org.localis.testing.Fixtures;

/**
 * The worked examples of docs/worked-examples.md, number for number. Each figure below was computed
 * by hand in that document; a change here means the engine or the document is wrong.
 */
class WorkedExamplesTest {

    private static final LocalDate DATE = LocalDate.of(2025, 6, 1);

    private final Product sedan = ProductManifestReader.read(Fixtures.example("roll-up-sedan").resolve("product.yaml"));

    private Assessment assess(String scheme, int period) {
        return Assessor.assess(AssessmentRequest.of(sedan, Fixtures.testScheme(scheme), period, DATE));
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void example1_netCostRollUp() {
        Assessment a = assess("rvc-nc-rollup.yaml", 2024);
        assertThat(a.valueShare().baseField()).isEqualTo("netCost");
        assertThat(a.valueShare().base()).isEqualByComparingTo("25000.00");
        assertThat(a.totals().materialValue()).isEqualTo(d("16150.00"));
        assertThat(a.valueShare().nonOriginatingValue()).isEqualTo(d("4150.00"));
        assertThat(a.score()).isEqualTo(d("83.40"));
        assertThat(a.threshold()).isEqualByComparingTo("75");
        assertThat(a.passed()).isTrue();
        assertThat(a.tier().id()).isEqualTo("plus");
        assertThat(a.nextTier()).isNull();
        assertThat(a.totals().domesticShare()).isEqualTo(d("74.30"));
        assertThat(a.totals().domesticValueAdded()).isEqualTo(d("25850.00"));
        assertThat(a.totals().domesticValueAddedShare()).isEqualTo(d("86.17"));
        assertThat(a.valueShare().formula()).isEqualTo("RVC = (NC - VNM) / NC x 100 = (25000.00 - 4150.00) / 25000.00 x 100 = 83.40%");

        assertThat(line(a, "ENG-20").value()).isEqualTo(d("5000.00"));
        assertThat(line(a, "ENG-20").nonOriginatingValue()).isEqualTo(d("2000.00"));
        assertThat(line(a, "ENG-20").basis()).contains("non-originating content of its lines");
        assertThat(line(a, "BODY-S").value()).isEqualTo(d("8000.00"));
        assertThat(line(a, "BODY-S").nonOriginatingValue()).isEqualTo(d("0.00"));
        assertThat(line(a, "BODY-S").basis()).contains("87.50% >= 75%").contains("roll-up");
        assertThat(line(a, "SEAT-F").value()).isEqualTo(d("1000.00"));
        assertThat(line(a, "SEAT-F").nonOriginatingValue()).isEqualTo(d("0.00"));
        assertThat(line(a, "TIRE-17").nonOriginatingValue()).isEqualTo(d("500.00"));
        assertThat(line(a, "WH-1").value()).isEqualTo(d("1650.00"));
        assertThat(line(a, "PST-20").value()).isEqualTo(d("600.00"));

        assertThat(a.classification().classification()).isEqualTo(Classification.PARTIAL);
        assertThat(a.classification().reason()).contains("engine-production").contains("full-cycle would need body-stamping");
        assertThat(a.warnings()).anyMatch(w -> w.contains("1 line has no origin") && w.contains("line 10"));
        ReasonProperties.agreeing(a);
    }

    @Test
    void example2_transactionValueTracing() {
        Assessment a = assess("rvc-tv-tracing.yaml", 2024);
        assertThat(a.valueShare().baseField()).isEqualTo("transactionValue");
        assertThat(a.valueShare().nonOriginatingValue()).isEqualTo(d("5350.00"));
        assertThat(a.score()).isEqualTo(d("82.17"));
        assertThat(a.passed()).isTrue();
        assertThat(a.tier().id()).isEqualTo("base");
        assertThat(a.nextTier().id()).isEqualTo("plus");
        assertThat(a.nextTier().required()).isEqualByComparingTo("85");
        assertThat(a.nextTier().gap()).isEqualTo(d("2.83"));
        assertThat(a.nextTier().moneyGap()).isEqualTo(d("850.00"));
        assertThat(line(a, "SEAT-F").nonOriginatingValue()).isEqualTo(d("200.00"));
        assertThat(line(a, "BODY-S").nonOriginatingValue()).isEqualTo(d("1000.00"));
    }

    @Test
    void example2_earlierPeriodHasLowerThreshold() {
        Assessment a = assess("rvc-tv-tracing.yaml", 2021);
        assertThat(a.period()).isEqualTo(2021);
        assertThat(a.thresholdYear()).isEqualTo(2020);
        assertThat(a.threshold()).isEqualByComparingTo("60");
        assertThat(a.tier().id()).isEqualTo("plus");
    }

    @Test
    void example3_maxNonOriginatingWithRollUp() {
        Assessment a = assess("maxnom.yaml", 2024);
        assertThat(a.valueShare().baseField()).isEqualTo("exWorksPrice");
        assertThat(line(a, "ENG-20").nonOriginatingValue()).isEqualTo(d("0.00"));
        assertThat(line(a, "ENG-20").basis()).contains("40.00% <= 45%");
        assertThat(a.valueShare().nonOriginatingValue()).isEqualTo(d("2150.00"));
        assertThat(a.score()).isEqualTo(d("7.17"));
        assertThat(a.passed()).isTrue();
        assertThat(a.tier().id()).isEqualTo("plus");
    }

    @Test
    void example4_points() {
        Assessment a = assess("points.yaml", 2024);
        assertThat(a.unit()).isEqualTo("points");
        assertThat(a.score()).isEqualByComparingTo("1000");
        assertThat(a.threshold()).isEqualByComparingTo("800");
        assertThat(a.passed()).isTrue();
        assertThat(a.tier().id()).isEqualTo("enhanced");
        assertThat(a.criteria()).extracting(Assessment.CriterionResult::code, c -> c.earned().intValue())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("body-stamping", 0),
                        org.assertj.core.groups.Tuple.tuple("body-welding", 200),
                        org.assertj.core.groups.Tuple.tuple("body-painting", 200),
                        org.assertj.core.groups.Tuple.tuple("final-assembly", 100),
                        org.assertj.core.groups.Tuple.tuple("engine-production", 500),
                        org.assertj.core.groups.Tuple.tuple("seats-production", 0));

        Assessment later = assess("points.yaml", 2026);
        assertThat(later.threshold()).isEqualByComparingTo("1000");
        assertThat(later.tier().id()).isEqualTo("base");
        assertThat(later.nextTier().gap()).isEqualByComparingTo("100");
        assertThat(later.nextTier().advice()).anyMatch(s -> s.contains("body-stamping (100)") && s.contains("seats-production (50)"));
    }

    @Test
    void example5_screwdriverAssemblyFailsPoints() {
        Product skd = sedan.withOperations(Fixtures.operations("code,performed\nfinal-assembly,yes\n"));
        Assessment a = Assessor.assess(AssessmentRequest.of(skd, Fixtures.testScheme("points.yaml"), 2024, DATE));
        assertThat(a.score()).isEqualByComparingTo("100");
        assertThat(a.passed()).isFalse();
        assertThat(a.tier()).isNull();
        assertThat(a.failedBecause()).anyMatch(s -> s.contains("below the threshold 800 points in 2024"))
                .anyMatch(s -> s.contains("mandatory criterion body-welding"))
                .anyMatch(s -> s.contains("mandatory criterion body-painting"));
        assertThat(a.classification().classification()).isEqualTo(Classification.SKD);
        assertThat(a.nextTier().id()).isEqualTo("base");
        assertThat(a.nextTier().advice()).anyMatch(s -> s.startsWith("perform body-welding"));
    }

    @Test
    void prerequisiteMissingEarnsNothing() {
        Product p = sedan.withOperations(Fixtures.operations("code,performed\nbody-painting,yes\nfinal-assembly,yes\n"));
        Assessment a = Assessor.assess(AssessmentRequest.of(p, Fixtures.testScheme("points.yaml"), 2021, DATE));
        Assessment.CriterionResult painting = a.criteria().stream().filter(c -> c.code().equals("body-painting")).findFirst().orElseThrow();
        assertThat(painting.performed()).isTrue();
        assertThat(painting.earned()).isEqualByComparingTo("0");
        assertThat(painting.missingPrerequisites()).containsExactly("body-welding");
        assertThat(a.score()).isEqualByComparingTo("100");
        assertThat(a.passed()).isFalse();
        assertThat(a.failedBecause()).hasSize(1).first().asString().contains("below the threshold 300");
    }

    @Test
    void expiredCertificateCountsAsNonOriginatingWithAWarning() {
        Assessment a = Assessor.assess(AssessmentRequest.of(sedan, Fixtures.testScheme("rvc-nc-rollup.yaml"), 2024,
                LocalDate.of(2027, 2, 1)));
        assertThat(line(a, "SEAT-F").nonOriginatingValue()).isEqualTo(d("1000.00"));
        assertThat(a.warnings()).anyMatch(w -> w.contains("C-SEAT-1 is expired on 2027-02-01"));
        ReasonProperties.agreeing(a);
        assertThat(a.warningsWhy()).contains(Assessment.Reason.of(Assessment.ReasonCode.WARN_CERT_NOT_VALID, "SEAT-F",
                String.valueOf(line(a, "SEAT-F").line()), "C-SEAT-1", "expired", "2027-02-01", "2024-01-01", "2026-12-31"));
        assertThat(a.valueShare().nonOriginatingValue()).isEqualTo(d("5150.00"));
    }

    static Assessment.LineResult line(Assessment a, String part) {
        return a.lines().stream().filter(l -> l.part().equals(part)).findFirst().orElseThrow();
    }
}
