package org.localis.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The training run of {@code bin/localis}'s class-data-sharing archive (not a command): run once per build of the jar
 * with {@code -XX:DumpLoadedClassList}, it makes the runs people make, so that the archive holds the classes they load,
 * the lambdas and the method handles of string concatenation included (spun at run time, one by one, otherwise): a
 * generated BOM large enough to be read in parts, scored as text and as the complete JSON, validated, and the example
 * product given as the argument scored as JSON. Its output goes to standard output, which the script discards.
 */
final class CdsTraining {

    private CdsTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("localis-cds-");
        try {
            String bom = dir.resolve("bom.csv").toString();
            LocalisCli.onStandardStreams(new String[] {"generate-bom", "--lines", "30000", "--seed", "1", "--out", bom});
            String[] score = {"score", "--scheme", "ru-component-domestic-value", "--bom", bom, "--price", "400000000",
                "--period", "2024"};
            LocalisCli.onStandardStreams(score);
            String[] json = java.util.Arrays.copyOf(score, score.length + 2);
            json[score.length] = "--format";
            json[score.length + 1] = "json";
            LocalisCli.onStandardStreams(json);
            LocalisCli.onStandardStreams(new String[] {"validate", "--bom", bom});
            if (args.length > 0) {
                LocalisCli.onStandardStreams(new String[] {"score", "--scheme", "usmca-passenger-car", "--product", args[0],
                    "--date", "2025-06-01", "--format", "json", "--lines", "top", "3"});
            }
        } finally {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }
}
