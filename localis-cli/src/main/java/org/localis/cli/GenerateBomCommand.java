package org.localis.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.localis.bom.BomGenerator;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "generate-bom", mixinStandardHelpOptions = true, description = "Write a synthetic multi-level BOM (the same for the same seed), for benchmarks and demos.")
final class GenerateBomCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--lines", required = true, description = "number of BOM lines")
    int lines;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default 1)")
    long seed;

    @Option(names = "--out", description = "output file (default: standard output)")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (lines < 1) {
            spec.commandLine().getErr().println("localis generate-bom: --lines must be at least 1");
            return LocalisCli.BAD_INPUT;
        }
        if (out == null) {
            Writer w = spec.commandLine().getOut();
            BomGenerator.write(w, lines, seed);
            w.flush();
        } else {
            try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8), 1 << 16)) {
                BomGenerator.write(w, lines, seed);
            }
        }
        return LocalisCli.OK;
    }
}
