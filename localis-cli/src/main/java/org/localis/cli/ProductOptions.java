package org.localis.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.localis.input.InputError;
import org.localis.input.Values;
import org.localis.scheme.Scheme;
import org.localis.scheme.SchemeCatalog;
import org.localis.scheme.SchemeLoader;
import picocli.CommandLine.Option;

/**
 * The options that name a product and a scheme, shared by the commands that assess a product
 * ({@code score}, {@code roadmap}): checked first ({@link #check}), then read ({@link #scheme},
 * {@link #inputs}).
 */
final class ProductOptions {

    static final String CMD = "command line";

    @Option(names = "--scheme", description = "built-in scheme id (see 'localis schemes')")
    String scheme;

    @Option(names = "--scheme-file", description = "a scheme YAML file of your own (docs/scheme-format.md)")
    Path schemeFile;

    @Option(names = "--product", description = "product.yaml manifest naming the BOM and other files")
    Path product;

    @Option(names = "--bom", description = "BOM file: CSV, or Excel .xlsx")
    Path bom;

    @Option(names = "--operations", description = "operations CSV file")
    Path operations;

    @Option(names = "--certificates", description = "supplier certificates CSV file")
    Path certificates;

    @Option(names = "--rates", description = "currency rates CSV file (currency,rate)")
    Path rates;

    @Option(names = "--price", description = "transaction value / ex-works price of one unit")
    String price;

    @Option(names = "--net-cost", description = "net cost of one unit")
    String netCost;

    @Option(names = "--currency", description = "ISO 4217 currency of the amounts (default RUB)")
    String currency;

    private BigDecimal priceValue;
    private BigDecimal netCostValue;

    /** Adds a problem for each option that is wrong on its face (before any file is read). */
    void check(List<InputError> problems) {
        if ((scheme == null) == (schemeFile == null)) {
            problems.add(InputError.of(CMD, 0, "--scheme", "give exactly one of --scheme ID or --scheme-file FILE"));
        }
        priceValue = positive(price, "--price", problems);
        netCostValue = positive(netCost, "--net-cost", problems);
    }

    /** The scheme named (call after {@link #check} found no problem). */
    Scheme scheme() {
        return schemeFile != null ? SchemeLoader.load(schemeFile) : SchemeCatalog.builtIn().require(scheme, CMD, "--scheme");
    }

    /** The product's files, read and checked (call after {@link #check} found no problem). */
    Inputs inputs() {
        return Inputs.read(product, bom, operations, certificates, priceValue, netCostValue, currency, rates, false);
    }

    private static BigDecimal positive(String text, String option, List<InputError> problems) {
        if (text == null) {
            return null;
        }
        if (!Values.isPlainDecimal(text) || new BigDecimal(text).signum() <= 0) {
            problems.add(InputError.of(CMD, 0, option, "'" + text + "' is not a positive amount like 1000000.00"));
            return null;
        }
        return new BigDecimal(text);
    }
}
