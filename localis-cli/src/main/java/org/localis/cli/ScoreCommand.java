package org.localis.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.localis.assessment.Assessment;
import org.localis.assessment.AssessmentJson;
import org.localis.assessment.AssessmentRequest;
import org.localis.assessment.AssessmentText;
import org.localis.assessment.Assessor;
import org.localis.assessment.CertifiedPointsCsvReader;
import org.localis.assessment.ComponentPointsSource;
import org.localis.input.InputFiles;
import org.localis.input.InputError;
import org.localis.input.InvalidInputException;
import org.localis.scheme.Scheme;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "score", description = "Score a product under a scheme and explain the result.")
final class ScoreCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ProductOptions inputs = new ProductOptions();

    @Option(names = "--period", description = "assessment period YYYY (default: the year of --date)")
    String period;

    @Option(names = "--date", description = "assessment date YYYY-MM-DD (default today); certificates are checked on it")
    String date;

    @Option(names = "--format", defaultValue = "text", description = "text or json")
    String format;

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
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            Scheme s = inputs.scheme();
            Inputs in = inputs.inputs();
            ComponentPointsSource points = componentPoints == null ? ComponentPointsSource.NONE
                    : ComponentPointsSource.of(InputFiles.read(componentPoints, CertifiedPointsCsvReader::read));
            Assessment a = Assessor.assess(new AssessmentRequest(in.product(), s, year, day, null, points));
            out.print(format.equals("json") ? AssessmentJson.toJson(a) + System.lineSeparator() : AssessmentText.format(a));
            return LocalisCli.OK;
        } catch (InvalidInputException e) {
            e.errors().forEach(err::println);
            return LocalisCli.BAD_INPUT;
        }
    }
}
