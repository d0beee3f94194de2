package org.localis.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class AxlesTest {

    @Test
    void readsWordsCountsAndGroups() {
        assertThat(Axles.parse("single,twin,twin").twin()).containsExactly(false, true, true);
        assertThat(Axles.parse("S + T").text()).isEqualTo("single,twin");
        assertThat(Axles.parse("одинарная; двойная; двойная").wheelPositions()).isEqualTo(10);
        assertThat(Axles.parse("1x2,2x4")).isEqualTo(Axles.parse("single,2*twin"));
        assertThat(Axles.parse("3х2").text()).as("Cyrillic х").isEqualTo("single,single,single");
        assertThat(Axles.parse("single single single").hasTwin()).isFalse();
        assertThatThrownBy(() -> Axles.parse("1x3")).hasMessageContaining("an axle has 2 wheels (single) or 4 (twin), not 3");
        assertThatThrownBy(() -> Axles.parse("12*single")).hasMessageContaining("a vehicle has 1..11 axles");
        assertThatThrownBy(() -> Axles.parse(" ")).hasMessageContaining("the axles are empty");
    }

    @Test
    void likelyAxlesFromPositionsAlone() {
        assertThat(Axles.likely(4, true)).isEqualTo(Axles.TWO_SINGLE);
        assertThat(Axles.likely(6, true)).isEqualTo(Axles.TWIN_REAR);
        assertThat(Axles.likely(6, false).text()).isEqualTo("single,single,single");
        assertThat(Axles.likely(10, true).text()).isEqualTo("single,twin,twin");
        assertThat(Axles.likely(8, true).text()).isEqualTo("single,single,single,single");
        for (int p = 2; p <= 22; p += 2) {
            for (boolean dual : List.of(true, false)) {
                Axles a = Axles.likely(p, dual);
                assertThat(a.wheelPositions()).isEqualTo(p);
                assertThat(!a.hasTwin() || dual).as("twins only with a dual index").isTrue();
            }
        }
        assertThatThrownBy(() -> Axles.likely(5, false)).hasMessageContaining("an even number");
        assertThatThrownBy(() -> Axles.likely(24, false)).hasMessageContaining("an even number 2..22");
    }
}
