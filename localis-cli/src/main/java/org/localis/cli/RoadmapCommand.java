package org.localis.cli;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.localis.certificate.CertificateSource;
import org.localis.input.InputError;
import org.localis.input.InvalidInputException;
import org.localis.input.Values;
import org.localis.roadmap.Action;
import org.localis.roadmap.ActionsCsvReader;
import org.localis.roadmap.RoadmapJson;
import org.localis.roadmap.RoadmapPlan;
import org.localis.roadmap.RoadmapProblem;
import org.localis.roadmap.RoadmapSolver;
import org.localis.roadmap.RoadmapText;
import org.localis.roadmap.SolverOptions;
import org.localis.roadmap.Target;
import org.localis.scheme.Scheme;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code localis roadmap}: the cheapest plan of candidate actions that reaches a tier (or score) every year.
 * Exit codes: 0 a plan (proven optimal or with its gap), 2 bad input or no plan can meet the targets (the
 * blockers are printed), 1 no plan found in the time limit or an unexpected failure.
 */
@Command(name = "roadmap", mixinStandardHelpOptions = true, description = "Cheapest localization roadmap: which actions to adopt in which year to reach a tier.")
final class RoadmapCommand implements Callable<Integer> {

    private static final String CMD = "command line";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ProductOptions inputs = new ProductOptions();

    @Option(names = "--actions", required = true, description = "candidate actions CSV (docs/roadmap.md)")
    Path actions;

    @Option(names = "--target", required = true,
            description = "tier id or score for every year, or per year: 2026=base,2028=deep,2030=score:80")
    String target;

    @Option(names = "--years", description = "planning years FIRST-LAST (default: this year and the next four)")
    String years;

    @Option(names = "--budget", description = "most to spend per year: one amount, or per year 2026=1000000,2027=500000")
    String budget;

    @Option(names = "--volume", description = "product units per year (default: annual_volume of product.yaml)")
    Integer volume;

    @Option(names = "--time-limit", defaultValue = "10", description = "seconds for the solver (default 10)")
    double timeLimit;

    @Option(names = "--frontier", defaultValue = "20", description = "score levels of the cost-optimal frontier (0: none)")
    int frontier;

    @Option(names = "--format", defaultValue = "text", description = "text or json")
    String format;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        try {
            List<InputError> problems = new ArrayList<>();
            if (!format.equals("text") && !format.equals("json")) {
                problems.add(InputError.of(CMD, 0, "--format", "'" + format + "' must be text or json"));
            }
            inputs.check(problems);
            int first = LocalDate.now().getYear();
            int last = first + 4;
            if (years != null) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})(?:-(\\d{4}))?").matcher(years.trim());
                if (!m.matches()) {
                    problems.add(InputError.of(CMD, 0, "--years", "'" + years + "' is not YYYY-YYYY"));
                } else {
                    first = Integer.parseInt(m.group(1));
                    last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
                }
            }
            Map<Integer, Target> targets = perYear(target, first, last, "--target", problems, RoadmapCommand::target);
            Map<Integer, BigDecimal> budgets = budget == null ? Map.of()
                    : perYear(budget, first, last, "--budget", problems, RoadmapCommand::amount);
            if (volume != null && volume < 0) {
                problems.add(InputError.of(CMD, 0, "--volume", "must not be negative"));
            }
            if (timeLimit <= 0 || timeLimit > 3600) {
                problems.add(InputError.of(CMD, 0, "--time-limit", "must be between 0 and 3600 seconds"));
            }
            if (frontier < 0 || frontier > 200) {
                problems.add(InputError.of(CMD, 0, "--frontier", "must be between 0 and 200"));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            Scheme s = inputs.scheme();
            Inputs in = inputs.inputs();
            List<Action> acts = readActions(actions);
            Map<Integer, Integer> volumes = new TreeMap<>();
            if (volume != null) {
                for (int y = first; y <= last; y++) {
                    volumes.put(y, volume);
                }
            }
            RoadmapProblem problem = new RoadmapProblem(in.product(), s, CertificateSource.NONE, acts, first, last,
                    targets, budgets, volumes, null, actions.toString());
            SolverOptions options = SolverOptions.defaults().withTimeLimit(timeLimit).withFrontierPoints(frontier);
            RoadmapPlan plan = RoadmapSolver.solve(problem, options);
            out.print(format.equals("json") ? RoadmapJson.toJson(plan) + System.lineSeparator() : RoadmapText.format(plan));
            return switch (plan.status()) {
                case OPTIMAL, FEASIBLE -> LocalisCli.OK;
                case INFEASIBLE -> {
                    plan.blockers().forEach(b -> err.println("localis: no plan meets the targets: " + b));
                    yield LocalisCli.BAD_INPUT;
                }
                case UNKNOWN, UNVERIFIED -> {
                    err.println("localis: no confirmed plan" + (plan.blockers().isEmpty() ? "" : ": " + plan.blockers().get(0)));
                    yield LocalisCli.FAILURE;
                }
            };
        } catch (InvalidInputException e) {
            e.errors().forEach(err::println);
            return LocalisCli.BAD_INPUT;
        }
    }

    private static List<Action> readActions(Path path) {
        String name = path.toString();
        if (!Files.isRegularFile(path)) {
            throw new InvalidInputException(InputError.ofFile(name, "no such file"));
        }
        try (InputStream in = Files.newInputStream(path)) {
            return ActionsCsvReader.read(in, name);
        } catch (IOException e) {
            throw new InvalidInputException(InputError.ofFile(name, "cannot be read: " + e.getMessage()));
        }
    }

    private static <T> Map<Integer, T> perYear(String text, int first, int last, String option, List<InputError> problems,
                                               java.util.function.BiFunction<String, List<String>, T> parse) {
        Map<Integer, T> out = new TreeMap<>();
        List<String> msgs = new ArrayList<>();
        if (!text.contains("=")) {
            T v = parse.apply(text.trim(), msgs);
            for (int y = first; y <= last && v != null; y++) {
                out.put(y, v);
            }
        } else {
            for (String part : text.split(",")) {
                String[] kv = part.split("=", 2);
                if (kv.length != 2 || !kv[0].trim().matches("\\d{4}")) {
                    msgs.add("'" + part.trim() + "' is not YEAR=VALUE");
                    continue;
                }
                int y = Integer.parseInt(kv[0].trim());
                T v = parse.apply(kv[1].trim(), msgs);
                if (v != null) {
                    out.put(y, v);
                }
            }
        }
        msgs.forEach(m -> problems.add(InputError.of(CMD, 0, option, m)));
        return out;
    }

    private static Target target(String text, List<String> msgs) {
        if (text.isEmpty()) {
            msgs.add("a tier id or a score is required");
            return null;
        }
        try {
            return Target.parse(text);
        } catch (InvalidInputException e) {
            msgs.add(e.errors().get(0).message());
            return null;
        }
    }

    private static BigDecimal amount(String text, List<String> msgs) {
        if (!Values.isPlainDecimal(text) || new BigDecimal(text).signum() < 0) {
            msgs.add("'" + text + "' is not an amount like 1000000.00");
            return null;
        }
        return new BigDecimal(text);
    }
}
