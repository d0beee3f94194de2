package org.localis.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The application's modules (the packages under {@code org.localis.app}) and the dependencies between them:
 * no cycles, and each module uses only the modules its {@code package-info.java} allows. Spring Modulith
 * reads the compiled classes, so a new call back up the graph fails the build. The generated diagrams are
 * kept in {@code docs/modules/} (re-written by this test; committed so the documentation shows them).
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(LocalisApplication.class);

    @Test
    void modulesFormAnAcyclicGraphOfAllowedDependencies() {
        MODULES.verify();
    }

    @Test
    void everyFeaturePackageIsAModule() {
        assertThat(MODULES.stream().map(m -> m.getIdentifier().toString()))
                .containsExactlyInAnyOrder("shared", "audit", "identity", "scheme", "scoring", "registry", "support",
                        "roadmap", "fleet", "drive", "ledger", "bank", "procurement", "funding", "mail", "demo", "web");
    }

    @Test
    void writesTheModuleDiagrams() throws Exception {
        Path out = Path.of("..", "docs", "modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(out.toString()))
                .writeModulesAsPlantUml()
                .writeModuleCanvases();
        assertThat(Files.list(out).filter(p -> p.toString().endsWith(".puml"))).isNotEmpty();
    }
}
