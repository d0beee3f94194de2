package org.localis.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.localis.assessment.Assessment;
import org.localis.assessment.AssessmentJson;
import org.localis.assessment.AssessmentRequest;
import org.localis.assessment.AssessmentText;
import org.localis.assessment.Assessor;
import org.localis.input.InputError;
import org.localis.input.InvalidInputException;
import org.localis.scheme.Scheme;
import org.localis.scheme.SchemeCatalog;
import org.localis.scheme.SchemeLoader;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "score", description = "Score a product under a scheme and explain the result.")
final class ScoreCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

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

    @Option(names = "--period", description = "assessment period YYYY (default: the year of --date)")
    String period;

    @Option(names = "--date", description = "assessment date YYYY-MM-DD (default today); certificates are checked on it")
    String date;

    @Option(names = "--format", defaultValue = "text", description = "text or json")
    String format;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        try {
            java.util.List<InputError> problems = new java.util.ArrayList<>();
            if (!format.equals("text") && !format.equals("json")) {
                problems.add(InputError.of("command line", 0, "--format", "'" + format + "' must be text or json"));
            }
            LocalDate day = LocalDate.now();
            if (date != null) {
                try {
                    day = LocalDate.parse(date);
                } catch (java.time.format.DateTimeParseException e) {
                    problems.add(InputError.of("command line", 0, "--date", "'" + date + "' is not a date YYYY-MM-DD"));
                }
            }
            Integer year = null;
            if (period != null) {
                if (!period.matches("\\d{4}")) {
                    problems.add(InputError.of("command line", 0, "--period", "'" + period + "' is not a year YYYY"));
                } else {
                    year = Integer.parseInt(period);
                }
            }
            BigDecimal p = amount(price, "--price", problems);
            BigDecimal nc = amount(netCost, "--net-cost", problems);
            if ((scheme == null) == (schemeFile == null)) {
                problems.add(InputError.of("command line", 0, "--scheme", "give exactly one of --scheme ID or --scheme-file FILE"));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            Scheme s = schemeFile != null ? SchemeLoader.load(schemeFile) : SchemeCatalog.builtIn().require(scheme, "command line", "--scheme");
            Inputs in = Inputs.read(product, bom, operations, certificates, p, nc, currency, rates, false);
            Assessment a = Assessor.assess(AssessmentRequest.of(in.product(), s, year, day));
            out.print(format.equals("json") ? AssessmentJson.toJson(a) + System.lineSeparator() : AssessmentText.format(a));
            return LocalisCli.OK;
        } catch (InvalidInputException e) {
            e.errors().forEach(err::println);
            return LocalisCli.BAD_INPUT;
        }
    }

    private static BigDecimal amount(String text, String option, java.util.List<InputError> problems) {
        if (text == null) {
            return null;
        }
        if (!org.localis.input.Values.isPlainDecimal(text) || new BigDecimal(text).signum() <= 0) {
            problems.add(InputError.of("command line", 0, option, "'" + text + "' is not a positive amount like 1000000.00"));
            return null;
        }
        return new BigDecimal(text);
    }
}
