package org.localis.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code bin/localis}: scores BOM files offline with the same engine the web application uses.
 * Exit codes: 0 success (passing or failing a threshold is data, not an error), 2 bad input,
 * 1 an unexpected failure.
 */
@Command(name = "localis", mixinStandardHelpOptions = true, version = "Localis 0.1.0",
        description = "Localization scoring: schemes, BOM validation, assessments, roadmaps; bank statements.",
        subcommands = {SchemesCommand.class, SchemeCommand.class, ValidateCommand.class, ScoreCommand.class,
                GenerateBomCommand.class, RoadmapCommand.class, StatementCommand.class, InventoryCommand.class,
                FleetCommand.class, TireSizeCommand.class})
public final class LocalisCli implements Runnable {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The writer {@link #main} gives the commands for standard output (null when run otherwise, as in tests). */
    private static volatile PrintWriter stdout;

    /**
     * Standard output as bytes, when {@code out} is the writer on it that {@link #main} made; else null (the
     * caller writes to {@code out}). A large document goes out as UTF-8 without a pass through a writer.
     */
    static java.io.OutputStream stdoutBytes(PrintWriter out) {
        if (out == null || out != stdout) {
            return null;
        }
        out.flush();
        System.out.flush();
        return new java.io.BufferedOutputStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), 1 << 16);
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        stdout = out;
        System.exit(execute(args, out, new PrintWriter(System.err, true)));
    }

    /** Runs the CLI with the given streams; returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new LocalisCli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("localis: " + ex.getMessage());
            err.println("Try 'localis " + (ex.getCommandLine().getCommandName().equals("localis") ? "" : ex.getCommandLine().getCommandName() + " ") + "--help'.");
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            err.println("localis: unexpected failure: " + ex);
            return FAILURE;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
