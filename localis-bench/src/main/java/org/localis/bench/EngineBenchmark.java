package org.localis.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.localis.assessment.Assessment;
import org.localis.assessment.AssessmentJson;
import org.localis.assessment.LineDetail;
import org.localis.assessment.AssessmentRequest;
import org.localis.assessment.Assessor;
import org.localis.bom.Bom;
import org.localis.bom.BomCsvReader;
import org.localis.bom.BomGenerator;
import org.localis.bom.BomLine;
import org.localis.operation.Operations;
import org.localis.product.Product;
import org.localis.scheme.Scheme;
import org.localis.scheme.SchemeCatalog;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scoring a large synthetic BOM from its CSV file: parsing alone, parsing and building the tree,
 * the whole path (parse + tree + roll-up valuation + score + explanation) under a roll-up scheme, and the whole
 * path with the complete JSON document streamed out.
 * Single-shot runs of a fresh file read each iteration, heap capped at 1 GiB by the fork settings.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Xms1g"})
public class EngineBenchmark {

    @Param({"1000000"})
    public int lines;

    @Param({"42"})
    public long seed;

    @Param({"usmca-passenger-car"})
    public String scheme;

    private Path file;
    private Scheme s;

    @Setup(Level.Trial)
    public void generate() throws IOException {
        file = Files.createTempFile("localis-bench-bom-", ".csv");
        try (var w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
            BomGenerator.write(w, lines, seed);
        }
        s = SchemeCatalog.builtIn().require(scheme, "scheme");
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public List<BomLine> parseOnly() throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return BomCsvReader.readLines(in, "bom.csv");
        }
    }

    @Benchmark
    public Bom parseAndBuildTree() throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return BomCsvReader.read(in, "bom.csv");
        }
    }

    /**
     * As {@link #parseAndBuildTree()}, from the file itself, as the CLI reads it: a large file is parsed in parts
     * on all cores ({@link BomCsvReader#read(Path, String)}).
     */
    @Benchmark
    public Bom parseInPartsAndBuildTree() {
        return BomCsvReader.read(file, "bom.csv");
    }

    @Benchmark
    public Assessment parseRollUpAndScore() throws IOException {
        Bom bom;
        try (InputStream in = Files.newInputStream(file)) {
            bom = BomCsvReader.read(in, "bom.csv");
        }
        Product p = new Product("bench", "passenger-car", "RUB", new java.math.BigDecimal("2000000000"),
                new java.math.BigDecimal("1800000000"), null, bom, Operations.NONE, List.of(), Map.of(), "bench");
        return Assessor.assess(AssessmentRequest.of(p, s, null, LocalDate.of(2026, 6, 1)));
    }

    /**
     * The whole path and the complete JSON document (every line explained), streamed to a writer that counts
     * the characters and drops them: the cost of the 300 MB document without the cost of a disk.
     */
    @Benchmark
    public long parseScoreAndWriteJson() throws IOException {
        CountingWriter out = new CountingWriter();
        AssessmentJson.write(parseRollUpAndScore(), LineDetail.ALL, Map.of(), Map.of(), out, true);
        return out.count;
    }

    /** A writer that only counts. */
    static final class CountingWriter extends Writer {
        long count;

        @Override
        public void write(char[] cbuf, int off, int len) {
            count += len;
        }

        @Override
        public void write(String str, int off, int len) {
            count += len;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
