package org.localis.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.localis.certificate.CertificateSource;
import org.localis.input.ErrorCollector;
import org.localis.product.Product;
import org.localis.scheme.OriginRule;

/**
 * A large BOM's valuation with a second thread (the second half of the lines looked at there, the quantities per
 * product unit summed there) is the valuation on one thread: every line's amounts and basis, the totals, the warnings
 * in their order, the errors.
 */
class ValuationAlongsideTest {

    private static List<String> valued(Product p, boolean alongside, java.util.Map<String, java.math.BigDecimal> rates) {
        ErrorCollector errors = new ErrorCollector("bom.csv");
        MaterialValuation mv = MaterialValuation.compute(p.bom(), "RUB", rates, Set.of("RU", "BY", "KZ", "AM", "KG"),
                OriginRule.TRACING, null, CertificateSource.of(p.certificates()), LocalDate.of(2025, 6, 1),
                errors, alongside);
        List<String> out = new ArrayList<>();
        out.add("errors " + errors.errors());
        if (mv == null) {
            return out;
        }
        for (int i = 0; i < p.bom().size(); i++) {
            out.add(i + " " + mv.unitValue(i) + " " + mv.unitNonOriginating(i) + " " + mv.basis(i) + " "
                    + mv.lineQuantityPerProduct(i));
        }
        out.add("totals " + mv.materialValue() + " " + mv.nonOriginatingValue());
        out.add("warnings " + mv.warnings().sentences() + " " + mv.warnings().whys());
        return out;
    }

    @Property(tries = 3)
    void withASecondThreadTheSameValuation(@ForAll @IntRange(min = 0, max = 1000) int seed) {
        Product p = StreamingOutputTest.multiLevelProduct(seed, MaterialValuation.ALONGSIDE_FROM + 1 + seed);
        assertThat(valued(p, true, p.rates())).isEqualTo(valued(p, false, p.rates()));
        // without the EUR rate: every EUR line's conversion error, in line order
        List<String> failing = valued(p, true, java.util.Map.of());
        assertThat(failing).isEqualTo(valued(p, false, java.util.Map.of()));
        assertThat(failing.get(0)).contains("no rate from EUR to RUB");
    }
}
