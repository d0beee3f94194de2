package org.localis.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localis.input.InputError;
import org.localis.input.InvalidInputException;
import org.localis.scheme.Powertrain;
import org.localis.scheme.VehicleCategory;

class VehicleFactsTest {

    @TempDir
    Path dir;

    private Product read(String facts) throws Exception {
        Files.writeString(dir.resolve("bom.csv"), "part,parent,description,quantity,uom,unit_cost,currency,origin,supplier,make_buy,certificate\n"
                + "A,,a,1,EA,10.00,,RU,,buy,\n");
        Files.writeString(dir.resolve("product.yaml"), "name: X\ncurrency: RUB\nbom: bom.csv\n" + facts);
        return ProductManifestReader.read(dir.resolve("product.yaml"));
    }

    private List<String> errors(String facts) throws Exception {
        try {
            read(facts);
        } catch (InvalidInputException e) {
            return e.errors().stream().map(InputError::toString).toList();
        }
        throw new AssertionError("expected rejection");
    }

    @Test
    void factsAreRead() throws Exception {
        Product p = read("""
                vehicle-category: n1
                powertrain: electric
                emission-standard: UN-R154-00-1A
                counts:
                  bearing-shells: 6 of 10
                inputs:
                  rnd-percent-of-revenue: 1.25
                """);
        assertThat(p.vehicle().category()).isEqualTo(VehicleCategory.N1);
        assertThat(p.vehicle().powertrain()).isEqualTo(Powertrain.ELECTRIC);
        assertThat(p.vehicle().emissionStandard()).isEqualTo("UN-R154-00-1A");
        assertThat(p.vehicle().counts().get("bearing-shells").meeting()).isEqualTo(6);
        assertThat(p.vehicle().counts().get("bearing-shells").total()).isEqualTo(10);
        assertThat(p.vehicle().counts().get("bearing-shells").line()).isEqualTo(8);
        assertThat(p.vehicle().inputs().get("rnd-percent-of-revenue").value()).isEqualByComparingTo("1.25");
    }

    @Test
    void noFactsIsNone() throws Exception {
        assertThat(read("").vehicle()).isSameAs(VehicleFacts.NONE);
    }

    @Test
    void everyBadFactIsNamedWithItsLine() throws Exception {
        assertThat(errors("""
                vehicle-category: M4
                powertrain: steam
                emission-standard: "Euro 5!"
                counts:
                  bearing-shells: 6 of ten
                  gears: 11 of 10
                  Shafts: 0 of 0
                inputs:
                  rnd: -1
                """)).containsExactlyInAnyOrder(
                "product.yaml:4: vehicle-category: 'M4' must be one of M1, N1, N2N3, M2M3",
                "product.yaml:5: powertrain: 'steam' must be one of ice, hybrid, electric",
                "product.yaml:6: emission-standard: 'Euro 5!' must be a regulation name such as UN-R83-07, UN-R154-00-1A or UN-R49-06",
                "product.yaml:8: counts.bearing-shells: '6 of ten' must read 'N of M', e.g. 6 of 10",
                "product.yaml:9: counts.gears: '11 of 10': need at least one item and no more meeting than in all",
                "product.yaml:10: counts.Shafts: 'Shafts' must be lower-case letters, digits and '-'",
                "product.yaml:10: counts.Shafts: '0 of 0': need at least one item and no more meeting than in all",
                "product.yaml:12: inputs.rnd: '-1' must be a number not below 0 (use '.' as the decimal point)");
    }
}
