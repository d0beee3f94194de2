package org.localis.roadmap;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.localis.certificate.CertificateSource;
import org.localis.input.ErrorCollector;
import org.localis.input.InputError;
import org.localis.input.InvalidInputException;
import org.localis.input.Values;
import org.localis.product.Product;
import org.localis.scheme.PointsScheme;
import org.localis.scheme.Scheme;
import org.localis.scheme.Tier;

/**
 * A roadmap question: a product version as the engine scores it (BOM, operations, certificates, price or
 * net cost), a scheme, candidate actions, planning years and what each year must reach.
 *
 * @param registry      where certificate ids that the product's own certificates do not hold are resolved
 * @param firstYear     first planning year (inclusive)
 * @param lastYear      last planning year (inclusive)
 * @param targets       year -&gt; target; a year without one is not constrained
 * @param budgets       year -&gt; the most that may be spent in that year (capital of actions adopted that year
 *                      plus yearly and unit costs of every action in effect); a year without one is unlimited
 * @param volumes       year -&gt; product units; a year without one uses the product's annual volume
 * @param assessmentDay day of each planning year on which the product is assessed (certificates are checked
 *                      on it)
 * @param actionsFile   name of the actions file, for error messages
 */
public record RoadmapProblem(Product product, Scheme scheme, CertificateSource registry, List<Action> actions,
                             int firstYear, int lastYear, Map<Integer, Target> targets,
                             Map<Integer, BigDecimal> budgets, Map<Integer, Integer> volumes,
                             MonthDay assessmentDay, String actionsFile) {

    public RoadmapProblem {
        registry = registry == null ? CertificateSource.NONE : registry;
        actions = List.copyOf(actions);
        targets = Map.copyOf(targets);
        budgets = budgets == null ? Map.of() : Map.copyOf(budgets);
        volumes = volumes == null ? Map.of() : Map.copyOf(volumes);
        assessmentDay = assessmentDay == null ? MonthDay.of(1, 1) : assessmentDay;
        actionsFile = actionsFile == null || actionsFile.isBlank() ? "actions" : actionsFile;
    }

    /** The same target in every year from {@code firstYear} to {@code lastYear}. */
    public static RoadmapProblem of(Product product, Scheme scheme, List<Action> actions, int firstYear, int lastYear,
                                    Target target) {
        Map<Integer, Target> t = new TreeMap<>();
        for (int y = firstYear; y <= lastYear; y++) {
            t.put(y, target);
        }
        return new RoadmapProblem(product, scheme, CertificateSource.NONE, actions, firstYear, lastYear, t, Map.of(),
                Map.of(), null, "actions");
    }

    public RoadmapProblem withActions(List<Action> newActions) {
        return new RoadmapProblem(product, scheme, registry, newActions, firstYear, lastYear, targets, budgets, volumes,
                assessmentDay, actionsFile);
    }

    public RoadmapProblem withBudgets(Map<Integer, BigDecimal> newBudgets) {
        return new RoadmapProblem(product, scheme, registry, actions, firstYear, lastYear, targets, newBudgets, volumes,
                assessmentDay, actionsFile);
    }

    public RoadmapProblem withTargets(Map<Integer, Target> newTargets) {
        return new RoadmapProblem(product, scheme, registry, actions, firstYear, lastYear, newTargets, budgets, volumes,
                assessmentDay, actionsFile);
    }

    public int yearCount() {
        return lastYear - firstYear + 1;
    }

    /** Product units in a year. */
    public Integer volume(int year) {
        Integer v = volumes.get(year);
        return v != null ? v : product.annualVolume();
    }

    /**
     * Checks the problem as a whole: years, targets, budgets, volumes, and every action against the BOM and
     * the scheme (ids, references, BOM lines, operation codes, countries). Problems with actions are named by
     * the actions file and line.
     *
     * @throws InvalidInputException listing every problem
     */
    public void check() {
        List<InputError> errors = problems();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /**
     * Every problem {@link #check()} would report, without throwing (empty when the problem is sound): callers
     * that also read files report these together with the files' own problems.
     */
    public List<InputError> problems() {
        List<InputError> errors = new ArrayList<>();
        String req = "request";
        if (lastYear < firstYear) {
            errors.add(InputError.of(req, 0, "years", "the last year " + lastYear + " is before the first " + firstYear));
        } else if (lastYear - firstYear >= 30) {
            errors.add(InputError.of(req, 0, "years", "plan at most 30 years"));
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        if (scheme.periodFor(firstYear).isEmpty()) {
            errors.add(InputError.of(req, 0, "years", "scheme " + scheme.id() + " has no period for " + firstYear
                    + " (its periods start in " + scheme.periods().get(0).year() + ")"));
        }
        Set<String> tierIds = new HashSet<>();
        for (Tier t : scheme.tiers()) {
            tierIds.add(t.id());
        }
        for (Map.Entry<Integer, Target> e : new TreeMap<>(targets).entrySet()) {
            int y = e.getKey();
            if (y < firstYear || y > lastYear) {
                errors.add(InputError.of(req, 0, "target", "target for " + y + " is outside the planning years "
                        + firstYear + "-" + lastYear));
            }
            if (e.getValue() instanceof Target.Tier t && !tierIds.contains(t.id())) {
                errors.add(InputError.of(req, 0, "target", "unknown tier '" + t.id() + "' for scheme " + scheme.id()
                        + " (known: " + String.join(", ", tierIds.stream().sorted().toList()) + ")"));
            }
            if (e.getValue() instanceof Target.Score s) {
                if (s.value().stripTrailingZeros().scale() > 2) {
                    errors.add(InputError.of(req, 0, "target", "a score target has at most two decimals"));
                }
                if (s.value().signum() < 0) {
                    errors.add(InputError.of(req, 0, "target", "a score target must not be negative"));
                }
            }
        }
        budgets.forEach((y, b) -> {
            if (b.signum() < 0) {
                errors.add(InputError.of(req, 0, "budget", "the budget for " + y + " is negative"));
            }
        });
        volumes.forEach((y, v) -> {
            if (v < 0) {
                errors.add(InputError.of(req, 0, "volume", "the volume for " + y + " is negative"));
            }
        });
        errors.addAll(checkActions());
        return dedupe(errors);
    }

    private List<InputError> checkActions() {
        ErrorCollector errors = new ErrorCollector(actionsFile);
        Map<String, Action> byId = new LinkedHashMap<>();
        for (Action a : actions) {
            if (byId.putIfAbsent(a.id(), a) != null) {
                errors.add(a.line(), "id", "action " + a.id() + " is listed twice (first on line " + byId.get(a.id()).line() + ")");
            }
        }
        LineRefs refs = new LineRefs(product.bom());
        boolean volumeMissing = false;
        for (Action a : actions) {
            for (String r : a.requires()) {
                if (!byId.containsKey(r)) {
                    errors.add(a.line(), "requires", "no action has the id '" + r + "'");
                } else if (r.equals(a.id())) {
                    errors.add(a.line(), "requires", "an action cannot require itself");
                }
            }
            for (String x : a.excludes()) {
                if (!byId.containsKey(x)) {
                    errors.add(a.line(), "excludes", "no action has the id '" + x + "'");
                } else if (x.equals(a.id())) {
                    errors.add(a.line(), "excludes", "an action cannot exclude itself");
                } else if (a.requires().contains(x)) {
                    errors.add(a.line(), "excludes", "action " + a.id() + " both requires and excludes " + x);
                }
            }
            if (a.capitalCost().signum() < 0) {
                errors.add(a.line(), "capital_cost", "must not be negative");
            }
            if (a.yearlyCost().signum() < 0) {
                errors.add(a.line(), "yearly_cost", "must not be negative");
            }
            if (a instanceof LocalizeLine l) {
                String problem = refs.problem(l.target());
                if (problem != null) {
                    errors.add(l.line(), "target", problem);
                }
                if (l.extraUnitCost().signum() < 0) {
                    errors.add(l.line(), "extra_unit_cost", "must not be negative");
                }
                if (l.newOrigin() == null || !Values.isCountry(l.newOrigin())) {
                    errors.add(l.line(), "new_origin", "'" + l.newOrigin() + "' is not an ISO 3166-1 alpha-2 country code");
                }
                if (l.volume() != null && l.volume() < 0) {
                    errors.add(l.line(), "volume", "must not be negative");
                }
                if (l.extraUnitCost().signum() > 0 && l.volume() == null) {
                    for (int y = firstYear; y <= lastYear; y++) {
                        volumeMissing |= volume(y) == null;
                    }
                }
            } else if (a instanceof AddOperation o) {
                if (!scheme.operations().containsKey(o.code())) {
                    errors.add(o.line(), "target", "unknown operation '" + o.code() + "' for scheme " + scheme.id()
                            + " (known: " + String.join(", ", scheme.operations().keySet()) + ")");
                }
            }
        }
        checkRelations(byId, refs, errors);
        List<InputError> out = new ArrayList<>(errors.errors());
        if (volumeMissing) {
            out.add(InputError.of("request", 0, "volume", "actions have an extra unit cost but there is no yearly volume "
                    + "(give annual_volume in product.yaml, --volume, or a volume per action)"));
        }
        return out;
    }

    /**
     * Requirements that form a cycle (named with the actions in it), and actions that can never be adopted
     * because what they require, directly or through other actions, excludes itself (explicitly, or two
     * localizations of one BOM line).
     */
    private void checkRelations(Map<String, Action> byId, LineRefs refs, ErrorCollector errors) {
        Map<String, List<String>> req = new LinkedHashMap<>();
        for (Action a : actions) {
            req.putIfAbsent(a.id(), a.requires().stream().filter(r -> byId.containsKey(r) && !r.equals(a.id())).toList());
        }
        // cycles: depth-first search, each cycle reported once at the line of its first action in the file
        Map<String, Integer> state = new HashMap<>();
        Set<String> reported = new HashSet<>();
        for (String root : req.keySet()) {
            if (state.containsKey(root)) {
                continue;
            }
            List<String> stack = new ArrayList<>();
            List<java.util.Iterator<String>> its = new ArrayList<>();
            stack.add(root);
            its.add(req.get(root).iterator());
            state.put(root, 1);
            while (!stack.isEmpty()) {
                java.util.Iterator<String> it = its.get(its.size() - 1);
                if (it.hasNext()) {
                    String next = it.next();
                    Integer st = state.get(next);
                    if (st == null) {
                        state.put(next, 1);
                        stack.add(next);
                        its.add(req.get(next).iterator());
                    } else if (st == 1) {
                        List<String> cycle = new ArrayList<>(stack.subList(stack.indexOf(next), stack.size()));
                        Set<String> key = new java.util.TreeSet<>(cycle);
                        if (reported.add(String.join(",", key))) {
                            cycle.add(next);
                            Action first = cycle.stream().map(byId::get).min(java.util.Comparator.comparingInt(Action::line)).orElseThrow();
                            errors.add(first.line(), "requires", "the requirements form a cycle: " + String.join(" -> ", cycle)
                                    + " (each would have to be adopted no later than the others)");
                        }
                    }
                } else {
                    state.put(stack.remove(stack.size() - 1), 2);
                    its.remove(its.size() - 1);
                }
            }
        }
        // conflicts: everything an action needs (itself and its requirements, transitively) must be adoptable together
        Map<String, Integer> lineOf = new HashMap<>();
        for (Action a : actions) {
            if (a instanceof LocalizeLine l && refs.problem(l.target()) == null) {
                lineOf.put(a.id(), refs.resolve(l.target()));
            }
        }
        for (Action a : actions) {
            if (byId.get(a.id()) != a) {
                continue;
            }
            Set<String> closure = new java.util.LinkedHashSet<>();
            java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(List.of(a.id()));
            while (!todo.isEmpty()) {
                String c = todo.poll();
                if (closure.add(c)) {
                    todo.addAll(req.get(c));
                }
            }
            String conflict = null;
            search:
            for (String u : closure) {
                for (String v : closure) {
                    if (u.equals(v) || (u.equals(a.id()) && a.requires().contains(v))) {
                        continue; // itself, or "both requires and excludes", reported on its own
                    }
                    boolean excludes = byId.get(u).excludes().contains(v);
                    boolean sameLine = u.compareTo(v) < 0 && lineOf.containsKey(u) && lineOf.get(u).equals(lineOf.get(v));
                    if (excludes || sameLine) {
                        conflict = (u.equals(a.id()) ? "it" : u) + (excludes ? " excludes " + v : " and " + v
                                + " localize the same BOM line (one source per line)");
                        break search;
                    }
                }
            }
            if (conflict != null) {
                errors.add(a.line(), "requires", "action " + a.id() + " can never be adopted: it requires "
                        + String.join(", ", closure.stream().filter(c -> !c.equals(a.id())).toList())
                        + " (directly or through other actions), but " + conflict);
            }
        }
    }

    private static List<InputError> dedupe(List<InputError> errors) {
        return new ArrayList<>(new java.util.LinkedHashSet<>(errors));
    }

    /** Whether a points scheme: used by the model. */
    boolean points() {
        return scheme instanceof PointsScheme;
    }

    static Map<String, Integer> index(List<Action> actions) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < actions.size(); i++) {
            m.put(actions.get(i).id(), i);
        }
        return m;
    }
}
