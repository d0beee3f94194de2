package org.localis.product;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.localis.bom.Bom;
import org.localis.bom.BomFiles;
import org.localis.certificate.CertificatesCsvReader;
import org.localis.certificate.SupplierCertificate;
import org.localis.input.ErrorCollector;
import org.localis.input.InputError;
import org.localis.input.InvalidInputException;
import org.localis.input.Values;
import org.localis.input.YamlDocument;
import org.localis.operation.Operations;
import org.localis.operation.OperationsCsvReader;

/**
 * Reads a {@code product.yaml} manifest and the files it names (relative to it). Problems in the
 * manifest and in every named file are reported together.
 */
public final class ProductManifestReader {

    public static final Set<String> KEYS = Set.of("name", "category", "currency", "price", "net_cost",
            "annual_volume", "bom", "operations", "certificates", "rates", "vehicle-category", "powertrain",
            "emission-standard", "counts", "inputs");
    public static final Set<String> CATEGORIES = Set.of("passenger-car", "light-commercial", "truck", "bus", "component");

    private ProductManifestReader() {
    }

    public static Product read(Path manifest) {
        String name = String.valueOf(manifest.getFileName());
        Path dir = manifest.toAbsolutePath().getParent();
        try (InputStream in = Files.newInputStream(manifest)) {
            return read(in, name, dir);
        } catch (IOException e) {
            throw new InvalidInputException(InputError.ofFile(name, "cannot be read: " + e.getMessage()));
        }
    }

    public static Product read(InputStream in, String file, Path dir) {
        ErrorCollector errors = new ErrorCollector(file);
        Optional<YamlDocument.Map> doc = YamlDocument.parse(in, errors);
        if (doc.isEmpty()) {
            errors.throwIfAny();
        }
        YamlDocument.Map d = doc.get();
        d.allowOnly(KEYS);
        String name = d.text("name", true);
        String category = d.text("category", false);
        if (category != null && !CATEGORIES.contains(category)) {
            errors.add(d.line("category"), "category", "'" + category + "' must be one of " + String.join(", ", CATEGORIES.stream().sorted().toList()));
        }
        String currency = d.text("currency", true);
        if (currency != null) {
            currency = Values.currency(currency, errors, d.line("currency"), "currency");
        }
        BigDecimal price = positive(d, "price", errors);
        BigDecimal netCost = positive(d, "net_cost", errors);
        Integer volume = d.integer("annual_volume", false);
        if (volume != null && volume < 0) {
            errors.add(d.line("annual_volume"), "annual_volume", "must not be negative");
        }
        String bomFile = d.text("bom", true);
        List<InputError> fileErrors = new ArrayList<>();
        Bom bom = bomFile == null ? null : side(dir, bomFile, d, "bom", errors, fileErrors, BomFiles::read);
        String opsFile = d.text("operations", false);
        Operations ops = opsFile == null ? Operations.NONE
                : side(dir, opsFile, d, "operations", errors, fileErrors, OperationsCsvReader::read);
        String certFile = d.text("certificates", false);
        List<SupplierCertificate> certs = certFile == null ? List.of()
                : side(dir, certFile, d, "certificates", errors, fileErrors, CertificatesCsvReader::read);
        String ratesFile = d.text("rates", false);
        Map<String, BigDecimal> rates = ratesFile == null ? Map.of()
                : side(dir, ratesFile, d, "rates", errors, fileErrors, p -> readRates(p));
        VehicleFacts vehicle = VehicleFactsReader.read(d, file, errors);
        fileErrors.forEach(errors::add);
        errors.throwIfAny();
        return new Product(name, category, currency, price, netCost, volume, bom, ops, certs, rates, file, vehicle);
    }

    private static Map<String, BigDecimal> readRates(Path p) {
        try (InputStream in = Files.newInputStream(p)) {
            return RatesCsvReader.read(in, String.valueOf(p.getFileName()));
        } catch (IOException e) {
            throw new InvalidInputException(InputError.ofFile(String.valueOf(p.getFileName()), "cannot be read: " + e.getMessage()));
        }
    }

    private static BigDecimal positive(YamlDocument.Map d, String key, ErrorCollector errors) {
        BigDecimal v = d.decimal(key, false);
        if (v != null && v.signum() <= 0) {
            errors.add(d.line(key), key, "must be greater than 0");
            return null;
        }
        return v;
    }

    private static <T> T side(Path dir, String rel, YamlDocument.Map d, String key, ErrorCollector errors,
                              List<InputError> fileErrors, Function<Path, T> reader) {
        Path p = dir.resolve(rel).normalize();
        if (!Files.isRegularFile(p)) {
            errors.add(d.line(key), key, "file " + rel + " does not exist (paths are relative to the manifest)");
            return null;
        }
        try {
            return reader.apply(p);
        } catch (InvalidInputException e) {
            fileErrors.addAll(e.errors());
            return null;
        }
    }
}
