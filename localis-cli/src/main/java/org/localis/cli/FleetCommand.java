package org.localis.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.localis.fleet.Fleet;
import org.localis.fleet.FleetFiles;
import org.localis.fleet.Vehicle;
import org.localis.input.InvalidInputException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code localis fleet validate FILE}: the checks of the fleet import page, offline. */
@Command(name = "fleet", mixinStandardHelpOptions = true, description = "Fleet files (vehicles and their tires).",
        subcommands = FleetCommand.Validate.class)
final class FleetCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Check a fleet file (CSV or .xlsx) as the import page does; exit 0 if valid, 2 with"
                    + " FILE:LINE: column: message lines if not.")
    static final class Validate implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "fleet file: CSV (UTF-8 or windows-1251; ',' ';'"
                + " or tab) or Excel .xlsx")
        Path file;

        @Override
        public Integer call() {
            try {
                Fleet fleet = FleetFiles.read(file);
                int twin = 0;
                int tires = 0;
                for (Vehicle v : fleet.vehicles()) {
                    twin += v.axles().hasTwin() ? 1 : 0;
                    tires += v.tiresPerSet();
                }
                spec.commandLine().getOut().println(file.getFileName() + ": OK, " + fleet.size() + " vehicles ("
                        + twin + " with twin wheels), " + tires + " tires in one set for every vehicle");
                return LocalisCli.OK;
            } catch (InvalidInputException e) {
                e.errors().forEach(spec.commandLine().getErr()::println);
                return LocalisCli.BAD_INPUT;
            }
        }
    }
}
