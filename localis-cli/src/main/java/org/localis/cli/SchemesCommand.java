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
            String periods = s.periods().stream().filter(p -> p.purpose().equals(s.primaryPurpose()) && p.powertrains().isEmpty())
                    .map(p -> p.year() + ":" + p.threshold().stripTrailingZeros().toPlainString())
                    .collect(Collectors.joining(","));
            int first = s.periods().stream().mapToInt(Period::year).min().orElse(0);
            int last = s.periods().stream().mapToInt(Period::year).max().orElse(0);
            String years = first + (last > first ? "-" + last : "") + "+";
            out.printf("%-40s %-12s %-8s %-22s %s%s%n", s.id(), kind, s.unit(), years, s.info().title(),
                    s.info().official() ? "" : " [official=false]");
            out.printf("%-40s %s%s%n", "", s instanceof ValueShareScheme v ? v.method().code() + ", " + v.originRule().code() + "; " : "",
                    "thresholds " + (s.primaryPurpose().isEmpty() ? "" : s.primaryPurpose() + " ") + periods
                            + (s.lowerIsBetter() ? " (cap)" : "")
                            + (s.purposes().size() > 1 || s.periods().stream().anyMatch(p -> !p.powertrains().isEmpty())
                            ? "; more purposes/powertrains: bin/localis scheme " + s.id() : ""));
        }
        SchemeCatalog catalog = SchemeCatalog.builtIn();
        var older = catalog.allVersions().stream().filter(v -> catalog.find(v.id()).orElseThrow() != v).toList();
        if (!older.isEmpty()) {
            out.println();
            out.println("Earlier versions, kept for stored assessments (use ID@VERSION):");
            older.forEach(v -> out.printf("  %s@%s%n", v.id(), v.info().version()));
        }
        return LocalisCli.OK;
    }

    static String firstYear(Period p) {
        return String.valueOf(p.year());
    }
}
