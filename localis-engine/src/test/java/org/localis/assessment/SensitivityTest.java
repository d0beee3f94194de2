package org.localis.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.localis.operation.Operations;
import org.localis.product.Product;
import org.localis.testing.Fixtures;

/**
 * The borderline band, checked against the formula worked by hand. Scheme: RVC by transaction value, tracing,
 * threshold 80 % in 2024, tier "plus" at 85 %. Product price 1,000; lines: 100 EUR from a Chinese supplier (rate 1),
 * 500 from a US supplier. RVC = (1000 − 100) / 1000 = 90 %: passes, tier plus.
 */
class SensitivityTest {

    static final String BOM = """
            part,parent,quantity,unit_cost,currency,origin,supplier
            CHIP,,1,100,EUR,CN,Acme Asia
            STEEL,,1,500,,US,Detroit Steel
            """;

    static AssessmentRequest request(String price) {
        Product p = new Product("Test", "passenger-car", "USD", new BigDecimal(price), null, null, Fixtures.bom(BOM),
                Operations.NONE, List.of(), Map.of("EUR", BigDecimal.ONE), "test");
        return AssessmentRequest.of(p, Fixtures.testScheme("rvc-tv-tracing.yaml"), 2024, LocalDate.of(2025, 6, 1));
    }

    @Test
    void eachInputsBandIsWhereTheFormulaSaysTheTierChanges() {
        Sensitivity.Result r = Sensitivity.of(request("1000"));
        assertThat(r.outcome()).isEqualTo(new Sensitivity.Outcome(true, "plus"));

        Sensitivity.Band price = band(r, Sensitivity.Input.PRICE, "price");
        // (P − 100) / P < 0.85  ⇔  P < 666.67: a fall of 33.3 %
        assertThat(price.downPercent()).isEqualByComparingTo("33.3");
        assertThat(price.outcomeDown()).isEqualTo(new Sensitivity.Outcome(true, "base"));
        assertThat(price.upPercent()).as("a dearer product only raises the share").isNull();

        Sensitivity.Band eur = band(r, Sensitivity.Input.EXCHANGE_RATE, "EUR");
        // (1000 − 100 r) / 1000 < 0.85  ⇔  r > 1.5: a rise of 50 %
        assertThat(eur.upPercent()).isEqualByComparingTo("50.0");
        assertThat(eur.downPercent()).isNull();

        assertThat(band(r, Sensitivity.Input.SUPPLIER_ORIGIN, "Detroit Steel").changes())
                .as("500 turned foreign: RVC 40 %, fails").isTrue();
        assertThat(band(r, Sensitivity.Input.SUPPLIER_ORIGIN, "Detroit Steel").outcomeDown()).isEqualTo(new Sensitivity.Outcome(false, null));
        assertThat(band(r, Sensitivity.Input.SUPPLIER_ORIGIN, "Acme Asia").changes()).as("100 turned US: RVC 100 %").isFalse();
        assertThat(r.borderline()).as("one supplier decides").isTrue();
    }

    @Test
    void closeToTheThresholdTheBandIsNarrow() {
        // price 690: RVC = 590/690 = 85.5 %; tier plus lost below 666.67: a fall of 3.4 %
        Sensitivity.Band price = band(Sensitivity.of(request("690")), Sensitivity.Input.PRICE, "price");
        assertThat(price.downPercent()).isEqualByComparingTo("3.4");
    }

    static Sensitivity.Band band(Sensitivity.Result r, Sensitivity.Input input, String subject) {
        return r.bands().stream().filter(b -> b.input() == input && b.subject().equals(subject)).findFirst().orElseThrow();
    }
}
