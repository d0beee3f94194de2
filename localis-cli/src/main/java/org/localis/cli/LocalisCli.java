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
        description = "Localization scoring: schemes, BOM validation, assessments, roadmaps; bank statements.")
public final class LocalisCli implements Runnable {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;

    /**
     * The subcommands, in the order the usage help lists them. They are registered in {@link #execute} rather than in
     * the annotation: picocli builds the model of every registered command by reflection before it parses anything
     * (about 0.05 s of a run's start for all ten, and their classes loaded), so a run of one subcommand registers that
     * one alone; the usage help, a version request or a name that is not a subcommand get them all.
     */
    static final java.util.List<String> SUBCOMMANDS = java.util.List.of("schemes", "scheme", "validate", "score",
            "generate-bom", "roadmap", "statement", "inventory", "fleet", "tire-size");

    /** The class of a subcommand (whose {@code @Command} has this name), or null; only that class is loaded. */
    static Class<?> subcommand(String name) {
        return switch (name) {
            case "schemes" -> SchemesCommand.class;
            case "scheme" -> SchemeCommand.class;
            case "validate" -> ValidateCommand.class;
            case "score" -> ScoreCommand.class;
            case "generate-bom" -> GenerateBomCommand.class;
            case "roadmap" -> RoadmapCommand.class;
            case "statement" -> StatementCommand.class;
            case "inventory" -> InventoryCommand.class;
            case "fleet" -> FleetCommand.class;
            case "tire-size" -> TireSizeCommand.class;
            default -> null;
        };
    }

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
        System.exit(onStandardStreams(args));
    }

    /** Runs the CLI on standard output and standard error (as {@link #main}, without exiting); returns the exit code. */
    static int onStandardStreams(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        stdout = out;
        return execute(args, out, new PrintWriter(System.err, true));
    }

    /** Runs the CLI with the given streams; returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new LocalisCli());
        Class<?> only = args.length > 0 ? subcommand(args[0]) : null;
        if (only != null) {
            cl.addSubcommand(args[0], only);
        } else {
            SUBCOMMANDS.forEach(name -> cl.addSubcommand(name, subcommand(name)));
        }
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
