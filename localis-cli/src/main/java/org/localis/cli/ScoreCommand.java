package org.localis.cli;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;

import org.localis.assessment.Assessment;
import org.localis.assessment.AssessmentJson;
import org.localis.assessment.AssessmentRequest;
import org.localis.assessment.AssessmentText;
import org.localis.assessment.Assessor;
import org.localis.assessment.CertifiedPointsCsvReader;
import org.localis.assessment.ComponentPointsSource;
import org.localis.input.Alongside;
import org.localis.input.InputFiles;
import org.localis.input.InputError;
import org.localis.input.InvalidInputException;
import org.localis.cost.CostBasis;
import org.localis.cost.CostReport;
import org.localis.cost.NetCostResult;
import org.localis.product.Product;
import org.localis.scheme.Scheme;


import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "score", mixinStandardHelpOptions = true, description = "Score a product under a scheme and explain the result.")
final class ScoreCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ProductOptions inputs = new ProductOptions();

    @Mixin
    CostOptions cost = new CostOptions();

    @Option(names = "--period", description = "assessment period YYYY (default: the year of --date)")
    String period;

    @Option(names = "--date", description = "assessment date YYYY-MM-DD (default today); certificates are checked on it")
    String date;

    @Option(names = "--format", defaultValue = "text", description = "text or json")
    String format;

    @Option(names = "--lines", arity = "1..2", paramLabel = "all|top N|none", description = "BOM lines listed: all (every "
            + "line, in file order), top N (the N largest non-originating), none. Default: json all; text every line up to "
            + "200, else the top level and the 20 largest non-originating")
    java.util.List<String> lines;

    @Option(names = "--component-points", paramLabel = "FILE", description = "component certificates' points "
            + "(number,scheme,holder,validity,passed,total,points with points as code=120;code=30): carried-in "
            + "points and certified-by criteria of Decree 719 schemes")
    java.nio.file.Path componentPoints;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        try {
            java.util.List<InputError> problems = new java.util.ArrayList<>();
            if (!format.equals("text") && !format.equals("json")) {
                problems.add(InputError.of("command line", 0, "--format", "'" + format + "' must be text or json"));
            }
            org.localis.assessment.LineDetail detail = null;
            if (lines != null) {
                try {
                    detail = org.localis.assessment.LineDetail.parse(lines);
                } catch (IllegalArgumentException e) {
                    problems.add(InputError.of("command line", 0, "--lines", e.getMessage()));
                }
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
            inputs.check(problems);
            cost.check(problems);
            if (cost.given() && inputs.netCost != null) {
                problems.add(InputError.of("command line", 0, "--net-cost",
                        "give either --net-cost or --cost-statement (which computes the net cost), not both"));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            // the scheme's file is read on another thread while the product's files are read here: a large BOM is
            // read on every core, the scheme before it on one; the problems are reported as before, the scheme's first
            java.util.concurrent.FutureTask<Scheme> schemeRead = new java.util.concurrent.FutureTask<>(inputs::scheme);
            Alongside.start("localis-scheme", schemeRead);
            Inputs in;
            try {
                in = inputs.inputs();
            } catch (RuntimeException e) {
                Alongside.result(schemeRead); // a problem with the scheme is reported first, as when it was read first
                throw e;
            }
            Scheme s = Alongside.result(schemeRead);
            ComponentPointsSource points = componentPoints == null ? ComponentPointsSource.NONE
                    : ComponentPointsSource.of(InputFiles.read(componentPoints, CertifiedPointsCsvReader::read));
            Product product = in.product();
            NetCostResult costs = null;
            if (cost.given()) {
                costs = cost.netCost(product.currency());
                if (costs.netCost().signum() <= 0) {
                    throw new InvalidInputException(InputError.ofFile(cost.costStatement.toString(),
                            "net cost is " + costs.netCost().toPlainString() + ": it must be positive"));
                }
                product = CostBasis.withNetCost(product, costs);
            }
            Assessment a = Assessor.assess(new AssessmentRequest(product, s, year, day, null, points));
            if (format.equals("json")) {
                // written while produced: a million-line result is never held as one document
                Map<String, Object> after = costs == null ? Map.of() : Map.of("costStatement", CostReport.toMap(costs));
                org.localis.assessment.LineDetail d = detail == null ? org.localis.assessment.LineDetail.ALL : detail;
                java.io.OutputStream bytes = LocalisCli.stdoutBytes(out);
                if (bytes != null) {
                    AssessmentJson.write(a, d, Map.of(), after, bytes, true);
                    bytes.write(System.lineSeparator().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    bytes.flush();
                } else {
                    AssessmentJson.write(a, d, Map.of(), after, out, true);
                    out.print(System.lineSeparator());
                }
            } else {
                if (costs != null) {
                    out.print(CostReport.text(costs));
                    out.println("  net cost per unit used below: " + product.netCost().toPlainString() + " " + product.currency()
                            + " (VNM below comes from the BOM valuation)");
                    out.println();
                }
                AssessmentText.write(a, detail, out);
            }
            out.flush();
            return LocalisCli.OK;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write the assessment", e);
        } catch (InvalidInputException e) {
            e.errors().forEach(err::println);
            return LocalisCli.BAD_INPUT;
        }
    }
}
