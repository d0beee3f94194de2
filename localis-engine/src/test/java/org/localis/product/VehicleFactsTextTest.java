package org.localis.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.localis.input.InvalidInputException;
import org.localis.scheme.Powertrain;
import org.localis.scheme.VehicleCategory;

class VehicleFactsTextTest {

    @Test
    void readsTheFactsOfAForm() {
        VehicleFacts f = VehicleFactsText.read("N1", "ice", "UN-R83-07", "bearing-shells: 6 of 10\ngearbox-gears: 7 из 12",
                "rnd-percent-of-revenue: 1,8; ecu-engine-section-ix-points: 212", "form");
        assertThat(f.category()).isEqualTo(VehicleCategory.N1);
        assertThat(f.powertrain()).isEqualTo(Powertrain.ICE);
        assertThat(f.emissionStandard()).isEqualTo("UN-R83-07");
        assertThat(f.counts().get("bearing-shells").toString()).isEqualTo("6 of 10");
        assertThat(f.counts().get("gearbox-gears").meeting()).isEqualTo(7);
        assertThat(f.inputs().get("rnd-percent-of-revenue").value()).isEqualByComparingTo("1.8");
        assertThat(VehicleFactsText.countsText(f)).isEqualTo("bearing-shells: 6 of 10\ngearbox-gears: 7 of 12");
        assertThat(VehicleFactsText.inputsText(f)).isEqualTo("rnd-percent-of-revenue: 1.8\necu-engine-section-ix-points: 212");
    }

    @Test
    void blankMeansNoFacts() {
        assertThat(VehicleFactsText.read(" ", null, "", "", null, "form")).isSameAs(VehicleFacts.NONE);
    }

    @Test
    void everyProblemNamesItsFieldAndLine() {
        assertThatThrownBy(() -> VehicleFactsText.read("N4", "diesel", "UN R83", "bearing-shells: 11 of 10\n\nshafts 3 of 4\nBad Key: 1 of 2",
                "rnd: -1\nrnd: 2", "form"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().stream().map(Object::toString).toList())
                        .anySatisfy(s -> assertThat(s).contains("vehicleCategory").contains("'N4' must be one of M1, N1, N2N3, M2M3"))
                        .anySatisfy(s -> assertThat(s).contains("powertrain").contains("'diesel'"))
                        .anySatisfy(s -> assertThat(s).contains("emissionStandard"))
                        .anySatisfy(s -> assertThat(s).contains("counts").contains(":1").contains("no more meeting than in all"))
                        .anySatisfy(s -> assertThat(s).contains("counts").contains(":3").contains("must read 'name: value'"))
                        .anySatisfy(s -> assertThat(s).contains(":4").contains("'Bad Key' must be lower-case"))
                        .anySatisfy(s -> assertThat(s).contains("inputs").contains("must be a number not below 0"))
                        .anySatisfy(s -> assertThat(s).contains("inputs").contains(":2").contains("given twice")));
    }
}
