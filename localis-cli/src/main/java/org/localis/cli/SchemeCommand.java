package org.localis.cli;

import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.localis.scheme.Scheme;
import org.localis.scheme.SchemeCatalog;
import org.localis.scheme.SchemeTable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "scheme", mixinStandardHelpOptions = true,
        description = "Print one scheme's table: criteria (code, Russian and English titles, points or the values per "
                + "category/powertrain, group, dates, ratio, ladder) and thresholds per purpose and year.")
final class SchemeCommand implements Callable<Integer> {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "scheme id, or id@version for an earlier version (bin/localis schemes lists them)")
    String id;

    @Option(names = "--format", defaultValue = "text", description = "text or json")
    String format;

    @Override
    public Integer call() throws JsonProcessingException {
        var err = spec.commandLine().getErr();
        if (!format.equals("text") && !format.equals("json")) {
            err.println("command line: --format: '" + format + "' must be text or json");
            return LocalisCli.BAD_INPUT;
        }
        SchemeCatalog catalog = SchemeCatalog.builtIn();
        Scheme s = catalog.find(id).orElse(null);
        if (s == null) {
            err.println("command line: ID: unknown scheme '" + id + "' (known: " + String.join(", ",
                    catalog.allVersions().stream().map(x -> x.id() + "@" + x.info().version()).toList()) + ")");
            return LocalisCli.BAD_INPUT;
        }
        var out = spec.commandLine().getOut();
        out.print(format.equals("json") ? MAPPER.writeValueAsString(SchemeTable.toMap(s)) + System.lineSeparator()
                : SchemeTable.toText(s));
        return LocalisCli.OK;
    }
}
