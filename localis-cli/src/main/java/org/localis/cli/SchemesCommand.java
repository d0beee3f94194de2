package org.localis.cli;

import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.localis.scheme.Period;
import org.localis.scheme.Scheme;
import org.localis.scheme.SchemeCatalog;
import org.localis.scheme.ValueShareScheme;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "schemes", mixinStandardHelpOptions = true, description = "List the shipped scoring schemes.")
final class SchemesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        out.printf("%-40s %-12s %-8s %-22s %s%n", "ID", "KIND", "UNIT", "PERIODS", "TITLE");
        for (Scheme s : SchemeCatalog.builtIn().all()) {
            String kind = s instanceof ValueShareScheme v ? "value-share" + "" : "points";
            String periods = s.periods().stream().map(p -> p.year() + ":" + p.threshold().stripTrailingZeros().toPlainString())
                    .collect(Collectors.joining(","));
            String years = s.periods().get(0).year() + (s.periods().size() > 1
                    ? "-" + s.periods().get(s.periods().size() - 1).year() : "") + "+";
            out.printf("%-40s %-12s %-8s %-22s %s%s%n", s.id(), kind, s.unit(), years, s.info().title(),
                    s.info().official() ? "" : " [official=false]");
            out.printf("%-40s %s%s%n", "", s instanceof ValueShareScheme v ? v.method().code() + ", " + v.originRule().code() + "; " : "",
                    "thresholds " + periods + (s.lowerIsBetter() ? " (cap)" : ""));
        }
        return LocalisCli.OK;
    }

    static String firstYear(Period p) {
        return String.valueOf(p.year());
    }
}
