package org.localis.cli;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.localis.bom.Bom;
import org.localis.bom.BomFiles;
import org.localis.certificate.CertificatesCsvReader;
import org.localis.certificate.SupplierCertificate;
import org.localis.input.InputError;
import org.localis.input.InvalidInputException;
import org.localis.operation.Operations;
import org.localis.operation.OperationsCsvReader;
import org.localis.product.Product;
import org.localis.product.ProductManifestReader;
import org.localis.product.RatesCsvReader;

/**
 * The files of one CLI call read together: every problem in every file is reported at once, and
 * files are named as the user typed them.
 */
record Inputs(Product product, String operationsRead, String certificatesRead) {

    static Inputs read(Path manifest, Path bomPath, Path opsPath, Path certPath, BigDecimal price, BigDecimal netCost,
                       String currency, Path ratesPath, boolean bomOptional) {
        if (manifest != null) {
            if (bomPath != null || opsPath != null || certPath != null) {
                throw new InvalidInputException(InputError.of("command line", 0, "--product",
                        "give either --product or --bom/--operations/--certificates, not both"));
            }
            Product p = ProductManifestReader.read(manifest);
            if (price != null || netCost != null || currency != null) {
                p = new Product(p.name(), p.category(), currency != null ? currency : p.currency(),
                        price != null ? price : p.price(), netCost != null ? netCost : p.netCost(), p.annualVolume(),
                        p.bom(), p.operations(), p.certificates(), p.rates(), p.source());
            }
            return new Inputs(p, null, null);
        }
        List<InputError> errors = new ArrayList<>();
        Bom bom = null;
        if (bomPath != null) {
            bom = readBom(bomPath, errors);
        } else if (!bomOptional) {
            errors.add(InputError.of("command line", 0, "--bom", "give --bom FILE or --product product.yaml"));
        }
        Operations ops = opsPath == null ? Operations.NONE : read(opsPath, OperationsCsvReader::read, errors);
        List<SupplierCertificate> certs = certPath == null ? List.of() : read(certPath, CertificatesCsvReader::read, errors);
        Map<String, BigDecimal> rates = ratesPath == null ? Map.of() : read(ratesPath, RatesCsvReader::read, errors);
        String cur = currency == null ? "RUB" : currency.toUpperCase(java.util.Locale.ROOT);
        if (!org.localis.input.Values.isCurrency(cur)) {
            errors.add(InputError.of("command line", 0, "--currency", "'" + currency + "' is not an ISO 4217 currency code"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String name = bomPath == null ? "Product" : String.valueOf(bomPath.getFileName());
        Product p = bom == null ? null : new Product(name, "", cur, price, netCost, null, bom, ops, certs, rates, "command line");
        return new Inputs(p, opsPath == null ? null : opsPath.toString(), certPath == null ? null : certPath.toString());
    }

    /** Reads the BOM file (a large CSV one in parts at once: {@link BomFiles#read(Path, String)}), as {@link #read}. */
    static Bom readBom(Path path, List<InputError> errors) {
        String name = path.toString();
        if (!Files.isRegularFile(path)) {
            errors.add(InputError.ofFile(name, "no such file"));
            return null;
        }
        try {
            return BomFiles.read(path, name);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    /** Reads one input file with its reader, adding every problem (missing, unreadable, invalid) to {@code errors}. */
    static <T> T read(Path path, BiFunction<InputStream, String, T> reader, List<InputError> errors) {
        String name = path.toString();
        if (!Files.isRegularFile(path)) {
            errors.add(InputError.ofFile(name, "no such file"));
            return null;
        }
        try (InputStream in = Files.newInputStream(path)) {
            return reader.apply(in, name);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
            return null;
        } catch (IOException e) {
            errors.add(InputError.ofFile(name, "cannot be read: " + e.getMessage()));
            return null;
        }
    }
}
