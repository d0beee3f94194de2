package org.localis.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.localis.input.InvalidInputException;
import org.localis.testing.Fixtures;

class CertifiedPointsCsvReaderTest {

    @Test
    void readsCertificatesAndTheirCriterionPoints() {
        List<CertifiedPoints> c = CertifiedPointsCsvReader.read(Fixtures.utf8("""
                number,scheme,holder,validity,passed,total,points
                GB-1,ru-719-n1,Volga Gearbox,valid,yes,150,mgb-housing=120;mgb-assembly=30
                KT-1,ru-719-tyres,Kama,expired,no,180,
                """), "points.csv");
        assertThat(c).hasSize(2);
        assertThat(c.get(0).criterionPoints()).containsOnlyKeys("mgb-housing", "mgb-assembly");
        assertThat(c.get(0).valid()).isTrue();
        assertThat(c.get(1).valid()).isFalse();
        assertThat(c.get(1).validity()).isEqualTo("expired");
        assertThat(c.get(1).passed()).isFalse();
    }

    @Test
    void everyBadFieldIsNamedWithItsLine() {
        assertThatThrownBy(() -> CertifiedPointsCsvReader.read(Fixtures.utf8("""
                number,scheme,holder,validity,passed,total,points
                GB-1,Ru 719,x,lost,maybe,1,mgb-housing
                GB-1,ru-719-n1,x,valid,yes,1,a=-1;a=2;a=3
                """), "points.csv"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors().stream().map(Object::toString).toList())
                        .contains("points.csv:2: scheme: 'Ru 719' is not a scheme id",
                                "points.csv:2: validity: 'lost' must be valid, expired, revoked or not-yet-valid",
                                "points.csv:2: points: 'mgb-housing' must read code=points, e.g. mgb-housing=120",
                                "points.csv:3: number: GB-1 is listed twice",
                                "points.csv:3: points: a: must not be negative",
                                "points.csv:3: points: a is listed twice"));
    }
}
