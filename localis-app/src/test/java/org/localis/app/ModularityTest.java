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
 * kept in {@code docs/modules/} (re-written by this test in a stable order; committed so the documentation shows them).
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
        Path fresh = Files.createTempDirectory("modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(fresh.toString()))
                .writeModulesAsPlantUml()
                .writeModuleCanvases();
        Files.createDirectories(out);
        try (var files = Files.list(fresh)) {
            for (Path f : files.toList()) {
                // Spring Modulith lists relations and events in no fixed order: sorted, an unchanged module
                // graph gives unchanged files (no churn in every commit, no merge conflicts between branches)
                String text = stable(Files.readString(f));
                Path target = out.resolve(f.getFileName().toString());
                if (!Files.exists(target) || !Files.readString(target).equals(text)) {
                    Files.writeString(target, text);
                }
                Files.delete(f);
            }
        }
        Files.delete(fresh);
        try (var files = Files.list(out)) {
            assertThat(files.filter(p -> p.toString().endsWith(".puml"))).isNotEmpty();
        }
    }

    @Test
    void theDiagramsAreWrittenInAStableOrder() {
        assertThat(stable("a\nRel(b)\nRel(a)\n|* `y` \n* `x` \n|===\n"))
                .isEqualTo("a\nRel(a)\nRel(b)\n|* `x` \n* `y` \n|===\n");
    }

    /**
     * The generated text with each run of PlantUML relations ({@code Rel(...)}) and each run of AsciiDoc list
     * items in a table cell ({@code |* ...} then {@code * ...}) sorted; everything else as generated.
     */
    static String stable(String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder b = new StringBuilder(text.length());
        int i = 0;
        while (i < lines.length) {
            int j = i;
            if (lines[i].startsWith("Rel(")) {
                while (j < lines.length && lines[j].startsWith("Rel(")) {
                    j++;
                }
                java.util.Arrays.stream(lines, i, j).sorted().forEach(l -> b.append(l).append('\n'));
            } else if (lines[i].startsWith("|* ")) {
                j = i + 1;
                while (j < lines.length && lines[j].startsWith("* ")) {
                    j++;
                }
                java.util.List<String> items = new java.util.ArrayList<>();
                items.add(lines[i].substring(1));
                items.addAll(java.util.Arrays.asList(lines).subList(i + 1, j));
                java.util.Collections.sort(items);
                b.append('|').append(items.get(0)).append('\n');
                items.subList(1, items.size()).forEach(l -> b.append(l).append('\n'));
            } else {
                j = i + 1;
                b.append(lines[i]);
                if (j < lines.length) {
                    b.append('\n');
                }
            }
            i = j;
        }
        return b.toString();
    }
}
