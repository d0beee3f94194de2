package org.localis.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.localis.testing.Fixtures;

/** The demo ambulance is the example of examples/ambulance-n1 (worked example D719-8), file for file. */
class DemoAmbulanceTest {

    private static String example(String file) throws Exception {
        return Files.readString(Fixtures.repoRoot().resolve("examples/ambulance-n1").resolve(file));
    }

    @Test
    void theDemoFilesAreTheExampleFiles() throws Exception {
        assertThat(DemoAmbulance.BOM).isEqualTo(example("bom.csv"));
        assertThat(DemoAmbulance.OPERATIONS).isEqualTo(example("operations.csv"));
        String manifest = example("product.yaml");
        assertThat(manifest).contains("name: " + DemoAmbulance.NAME).contains("vehicle-category: " + DemoAmbulance.FACTS.category())
                .contains("powertrain: " + DemoAmbulance.FACTS.powertrain())
                .contains("emission-standard: " + DemoAmbulance.FACTS.emissionStandard());
        for (String line : DemoAmbulance.FACTS.counts().split("\n")) {
            assertThat(manifest).contains("  " + line + "\n");
        }
        for (String line : DemoAmbulance.FACTS.inputs().split("\n")) {
            assertThat(manifest).contains("  " + line + "\n");
        }
        assertThat(example("component-points.csv")).contains(DemoAmbulance.TYRE_CERTIFICATE_PLACEHOLDER + ",ru-719-tyres");
    }
}
