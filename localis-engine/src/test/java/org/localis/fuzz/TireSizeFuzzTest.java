package org.localis.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.localis.fleet.Sizing;
import org.localis.fleet.TireSize;

/**
 * Tire designations as any text (the input bytes read as UTF-8): a size whose canonical spelling parses back to
 * the same size, or the documented {@link IllegalArgumentException} of the form {@code '<text>': <what is wrong>}
 * (which the fleet readers turn into an input error naming file, line and column).
 * Seeds: {@code TireSizeFuzzTestInputs/tireSize/}.
 */
@org.junit.jupiter.api.Tag("fuzz")
class TireSizeFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void tireSize(byte[] data) {
        if (data.length > 1024) {
            return;
        }
        String text = new String(data, StandardCharsets.UTF_8);
        TireSize size;
        try {
            size = TireSize.parse(text);
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).isNotBlank();
            if (!text.isBlank()) {
                assertThat(e.getMessage()).as("names the text").startsWith("'");
            }
            assertThat(TireSize.problem(text)).contains(e.getMessage());
            return;
        }
        assertThat(TireSize.problem(text)).isEmpty();
        String canonical = size.canonical();
        assertThat(TireSize.parse(canonical)).as("'%s' read back", canonical).isEqualTo(size);
        assertThat(TireSize.read(canonical).notes()).as("'%s' has nothing to ignore", canonical).isEmpty();
        assertThat(canonical).startsWith(size.sizing() == Sizing.METRIC && size.lightTruck() ? "LT "
                : size.passenger() ? "P" : size.highLoad() ? "HL " : "");
        assertThat(size.sizeKey()).doesNotStartWith("HL").doesNotStartWith("P");
        if (size.speed() != null) {
            assertThat(canonical).contains(size.speed().code().replace("(Y)", "Y)"));
        }
        assertThat(size.satisfies(size)).isTrue();
        assertThat(TireSize.parse(size.sizeKey()).sizeKey()).isEqualTo(size.sizeKey());
        if (size.sizing() == Sizing.METRIC) {
            assertThat(size.width().intValueExact() % 5).isZero();
        }
        if (size.aspect() != null) {
            assertThat(size.aspect() % 5).isZero();
        }
        assertThat(size.rim().scale()).isBetween(0, 1);
    }
}
