package org.localis.testing;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.localis.assessment.Assessment;
import org.localis.assessment.AssessmentRequest;
import org.localis.assessment.Assessor;
import org.localis.bom.Bom;
import org.localis.bom.BomCsvReader;
import org.localis.operation.Operations;
import org.localis.operation.OperationsCsvReader;
import org.localis.product.Product;
import org.localis.scheme.Scheme;
import org.localis.scheme.SchemeLoader;

/** Shared helpers for engine tests (also used by other modules through the test jar). */
public final class Fixtures {

    private Fixtures() {
    }

    /** The repository root (tests run with a module directory as working directory). */
    public static Path repoRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("examples"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("cannot find the repository root (a folder with examples/)");
        }
        return p;
    }

    public static Path example(String name) {
        return repoRoot().resolve("examples").resolve(name);
    }

    public static Scheme testScheme(String file) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/schemes-test/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no test scheme " + file);
            }
            return SchemeLoader.load(in, file);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    public static Bom bom(String csv) {
        return BomCsvReader.read(utf8(csv), "bom.csv");
    }

    public static Operations operations(String csv) {
        return OperationsCsvReader.read(utf8(csv), "operations.csv");
    }

    public static Product product(Bom bom, Operations ops, String price, String netCost) {
        return new Product("Test", "passenger-car", "RUB", price == null ? null : new java.math.BigDecimal(price),
                netCost == null ? null : new java.math.BigDecimal(netCost), null, bom, ops, List.of(), Map.of(), "test");
    }

    public static Assessment assess(Product p, Scheme s, Integer period) {
        return Assessor.assess(AssessmentRequest.of(p, s, period, LocalDate.of(2025, 6, 1)));
    }
}
