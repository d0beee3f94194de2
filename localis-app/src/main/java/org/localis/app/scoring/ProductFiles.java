package org.localis.app.scoring;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import org.localis.bom.Bom;
import org.localis.bom.BomFiles;
import org.localis.certificate.CertificatesCsvReader;
import org.localis.certificate.SupplierCertificate;
import org.localis.input.InputError;
import org.localis.input.InvalidInputException;
import org.localis.input.Values;
import org.localis.operation.Operations;
import org.localis.operation.OperationsCsvReader;
import org.localis.product.Product;
import org.localis.product.RatesCsvReader;

/**
 * Uploaded files and header figures turned into an engine {@link Product}, every problem of every file
 * reported together. Shared by ad-hoc scoring and registry versions.
 */
public final class ProductFiles {

    private ProductFiles() {
    }

    public static Product read(String name, String category, String currency, BigDecimal price, BigDecimal netCost,
                               Integer volume, ScoreCommand.Upload bom, ScoreCommand.Upload operations,
                               ScoreCommand.Upload certificates, ScoreCommand.Upload rates) {
        List<InputError> errors = new ArrayList<>();
        String cur = currency == null || currency.isBlank() ? "RUB" : currency.trim().toUpperCase(Locale.ROOT);
        if (!Values.isCurrency(cur)) {
            errors.add(InputError.of("request", 0, "currency", "'" + currency + "' is not an ISO 4217 currency code"));
        }
        checkAmount("price", price, errors);
        checkAmount("netCost", netCost, errors);
        if (volume != null && volume < 0) {
            errors.add(InputError.of("request", 0, "annualVolume", "must not be negative"));
        }
        Bom b = null;
        if (bom == null || bom.isEmpty()) {
            errors.add(bom == null ? InputError.of("request", 0, "bom", "a BOM file is required")
                    : InputError.of(bom.name(), 0, "bom", "the file is empty; a BOM needs a header row and at least one line"));
        } else {
            b = parse(bom, BomFiles::read, errors);
        }
        Operations ops = present(operations) ? parse(operations, OperationsCsvReader::read, errors) : Operations.NONE;
        List<SupplierCertificate> certs = present(certificates) ? parse(certificates, CertificatesCsvReader::read, errors) : List.of();
        Map<String, BigDecimal> rateMap = present(rates) ? parse(rates, RatesCsvReader::read, errors) : Map.of();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Product(name, category, cur, price, netCost, volume, b, ops == null ? Operations.NONE : ops, certs,
                rateMap, "request");
    }

    private static void checkAmount(String field, BigDecimal value, List<InputError> errors) {
        if (value == null) {
            return;
        }
        if (value.signum() <= 0) {
            errors.add(InputError.of("request", 0, field, "must be greater than 0"));
        } else if (value.compareTo(org.localis.app.shared.Limits.MAX_AMOUNT) > 0) {
            errors.add(InputError.of("request", 0, field, "must be at most " + org.localis.app.shared.Limits.MAX_AMOUNT.toPlainString()));
        } else if (value.stripTrailingZeros().scale() > 2) {
            errors.add(InputError.of("request", 0, field, "at most 2 decimals"));
        }
    }

    public static boolean present(ScoreCommand.Upload u) {
        return u != null && !u.isEmpty();
    }

    private static <T> T parse(ScoreCommand.Upload u, BiFunction<InputStream, String, T> reader, List<InputError> errors) {
        try (InputStream in = u.open()) {
            return reader.apply(in, u.name());
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
            return null;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
