package org.localis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localis.testing.Fixtures;

class RoadmapCommandTest {

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LocalisCli.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    static String example(String file) {
        return Fixtures.repoRoot().resolve("examples/roadmap-car").resolve(file).toString();
    }

    @Test
    void examplePlanIsProvenOptimal() {
        // docs/roadmap.md: 900 points today; 2026 needs 3200 (engine 950 + gearbox 950 + stamping 400), 2027 on 3500
        // (+ domestic body metal 200 + paint materials 100). Costs: 550 + 1800 + 1300 + 140 + 48 = 3838 million.
        Run r = run("roadmap", "--scheme", "ru-719-passenger-car@2025.1", "--product", example("product.yaml"), "--actions",
                example("actions.csv"), "--target", "base", "--years", "2026-2030", "--frontier", "0", "--format", "json");
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).contains("\"status\" : \"OPTIMAL\"").contains("\"totalCost\" : 3838000000.00")
                .contains("\"provenOptimal\" : true");
    }

    @Test
    void unreachableTargetExitsTwoAndSaysWhy() {
        Run r = run("roadmap", "--scheme", "ru-719-passenger-car@2025.1", "--product", example("product.yaml"), "--actions",
                example("actions.csv"), "--target", "2030=score:5000", "--years", "2026-2030", "--frontier", "0");
        assertThat(r.code()).isEqualTo(2);
        // at most 900 + stamping 400 + metal 200 + engine 950 + one gearbox 950 + ECU 100 + paint 100 + R&D 200 = 3800
        assertThat(r.err()).contains("no plan meets the targets").contains("2030").contains("highest reachable score is 3800 points");
    }

    @Test
    void badActionsFileIsReportedByLine(@TempDir Path dir) throws Exception {
        Path actions = dir.resolve("actions.csv");
        Files.writeString(actions, "id,kind,target\nx,operation,teleport\ny,localize,ENGINE\n");
        Run r = run("roadmap", "--scheme", "ru-719-passenger-car@2025.1", "--product", example("product.yaml"), "--actions",
                actions.toString(), "--target", "base", "--years", "2026-2027");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(actions + ":3: new_origin: a localize action needs the new origin");
    }

    @Test
    void badOptionsAreCollected() {
        Run r = run("roadmap", "--scheme", "ru-719-passenger-car@2025.1", "--product", example("product.yaml"), "--actions",
                example("actions.csv"), "--target", "score:abc", "--years", "26-30", "--format", "xml");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--format").contains("--years").contains("--target");
    }

    @Test
    void everyInputProblemIsReportedInOneRun(@TempDir Path dir) throws Exception {
        Path actions = dir.resolve("actions.csv");
        Files.writeString(actions, String.join("\n",
                "id,kind,target,capital_cost,new_origin,requires,excludes",
                "x,operation,teleport,1,,,",
                "y,localize,ENGINE,1,,,",
                "stamp,operation,body-stamping,1,,,",
                "metal,operation,domestic-body-metal,1,,stamp,",
                "paint,operation,body-painting,1,,metal,stamp",
                "p,operation,engine-production,1,,q,",
                "q,operation,gearbox-production,1,,r,",
                "r,operation,body-welding,1,,p,", ""));
        Run r = run("roadmap", "--scheme", "ru-719-passenger-car", "--product", example("product.yaml"), "--actions",
                actions.toString(), "--target", "score:abc", "--budget", "2026=lots", "--years", "2026-2027");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err())
                // a row error and an unknown operation code in the file
                .contains(actions + ":3: new_origin: a localize action needs the new origin")
                .contains(actions + ":2: target: unknown operation 'teleport'")
                // paint requires metal, which requires stamp, but paint excludes stamp
                .contains(actions + ":6: requires: action paint can never be adopted: it requires metal, stamp")
                .contains("but it excludes stamp")
                // the cycle, named
                .contains(actions + ":7: requires: the requirements form a cycle: p -> q -> r -> p")
                // bad option values
                .contains("--target").contains("--budget");
    }
}
