package org.localis.roadmap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.localis.assessment.Assessment;
import org.localis.assessment.AssessmentRequest;
import org.localis.assessment.Assessor;
import org.localis.bom.Bom;
import org.localis.bom.BomLine;
import org.localis.operation.Operation;
import org.localis.operation.Operations;
import org.localis.product.Product;
import org.localis.scheme.Scheme;

/**
 * The independent exhaustive search the optimizer's claims are checked against: every adoption year (or
 * none) of every action, the rules of docs/roadmap.md written out again here (earliest years, requirements,
 * exclusions, one source per BOM line, budgets, costs), and every year of every plan scored by the engine
 * itself on the product with the actions applied by hand. Nothing of the optimizer's code is used.
 */
final class Exhaustive {

    private final RoadmapProblem p;
    private final int n;
    private final int years;
    private final Map<String, Assessment> engine = new HashMap<>();
    private final long[] capital;
    private final long[][] running;

    Exhaustive(RoadmapProblem p) {
        this.p = p;
        this.n = p.actions().size();
        this.years = p.lastYear() - p.firstYear() + 1;
        capital = new long[n];
        running = new long[n][years];
        for (int a = 0; a < n; a++) {
            Action act = p.actions().get(a);
            capital[a] = cents(act.capitalCost());
            for (int t = 0; t < years; t++) {
                long unit = 0;
                if (act instanceof LocalizeLine l) {
                    Integer v = l.volume() != null ? l.volume() : p.volume(p.firstYear() + t);
                    unit = cents(l.extraUnitCost().multiply(BigDecimal.valueOf(v == null ? 0 : v)));
                }
                running[a][t] = cents(act.yearlyCost()) + unit;
            }
        }
    }

    private static long cents(BigDecimal v) {
        return v.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** The cheapest plan's cost in cents, or -1 when no plan meets every target. */
    long cheapest() {
        int[] adopt = new int[n];
        long total = 1;
        for (int a = 0; a < n; a++) {
            total *= years + 1;
        }
        long best = -1;
        for (long code = 0; code < total; code++) {
            long c = code;
            for (int a = 0; a < n; a++) {
                adopt[a] = (int) (c % (years + 1)) - 1;
                c /= years + 1;
            }
            long cost = cost(adopt);
            if (best >= 0 && cost >= best) {
                continue;
            }
            if (valid(adopt) && withinBudgets(adopt) && meetsTargets(adopt)) {
                best = cost;
            }
        }
        return best;
    }

    long cost(int[] adopt) {
        long c = 0;
        for (int a = 0; a < n; a++) {
            if (adopt[a] >= 0) {
                c += capital[a];
                for (int t = adopt[a]; t < years; t++) {
                    c += running[a][t];
                }
            }
        }
        return c;
    }

    private boolean valid(int[] adopt) {
        for (int a = 0; a < n; a++) {
            if (adopt[a] < 0) {
                continue;
            }
            Action act = p.actions().get(a);
            if (act.earliestYear() != null && p.firstYear() + adopt[a] < act.earliestYear()) {
                return false;
            }
            for (String r : act.requires()) {
                int b = index(r);
                if (adopt[b] < 0 || adopt[b] > adopt[a]) {
                    return false;
                }
            }
            for (String x : act.excludes()) {
                if (adopt[index(x)] >= 0) {
                    return false;
                }
            }
            for (int b = a + 1; b < n; b++) {
                if (adopt[b] >= 0 && act instanceof LocalizeLine la && p.actions().get(b) instanceof LocalizeLine lb
                        && la.target().equals(lb.target())) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean withinBudgets(int[] adopt) {
        for (int t = 0; t < years; t++) {
            BigDecimal budget = p.budgets().get(p.firstYear() + t);
            if (budget == null) {
                continue;
            }
            long spend = 0;
            for (int a = 0; a < n; a++) {
                if (adopt[a] >= 0 && adopt[a] <= t) {
                    spend += running[a][t] + (adopt[a] == t ? capital[a] : 0);
                }
            }
            if (BigDecimal.valueOf(spend, 2).compareTo(budget) > 0) {
                return false;
            }
        }
        return true;
    }

    private boolean meetsTargets(int[] adopt) {
        for (int t = 0; t < years; t++) {
            int year = p.firstYear() + t;
            Target tg = p.targets().get(year);
            if (tg == null) {
                continue;
            }
            List<String> ids = new ArrayList<>();
            for (int a = 0; a < n; a++) {
                if (adopt[a] >= 0 && adopt[a] <= t) {
                    ids.add(p.actions().get(a).id());
                }
            }
            if (!meets(assess(ids, year), tg, p.scheme())) {
                return false;
            }
        }
        return true;
    }

    /** What "meets the target" means (docs/roadmap.md): the engine's tier, or the score the engine reports. */
    static boolean meets(Assessment a, Target tg, Scheme s) {
        if (tg instanceof Target.Tier tier) {
            List<String> ids = s.tiers().stream().map(org.localis.scheme.Tier::id).toList();
            return a.passed() && a.tier() != null && ids.indexOf(a.tier().id()) >= ids.indexOf(tier.id());
        }
        BigDecimal level = ((Target.Score) tg).value();
        int c = a.score().compareTo(level);
        return s.lowerIsBetter() ? c <= 0 : c >= 0;
    }

    Assessment assess(List<String> ids, int year) {
        String key = year + ":" + ids;
        return engine.computeIfAbsent(key, k -> Assessor.assess(new AssessmentRequest(apply(p.product(), p.actions(), ids),
                p.scheme(), year, LocalDate.of(year, 1, 1), p.registry())));
    }

    /**
     * The best score the engine gives in a year to any set of actions that can be in effect then on its own
     * (earliest years, requirements inside the set, exclusions, one source per line; budgets aside).
     */
    BigDecimal bestScore(int year) {
        BigDecimal best = null;
        for (int mask = 0; mask < 1 << n; mask++) {
            int[] adopt = new int[n];
            List<String> ids = new ArrayList<>();
            for (int a = 0; a < n; a++) {
                adopt[a] = (mask >> a & 1) == 1 ? year - p.firstYear() : -1;
                if (adopt[a] >= 0) {
                    ids.add(p.actions().get(a).id());
                }
            }
            if (!valid(adopt)) {
                continue;
            }
            BigDecimal s = assess(ids, year).score();
            if (best == null || (p.scheme().lowerIsBetter() ? s.compareTo(best) < 0 : s.compareTo(best) > 0)) {
                best = s;
            }
        }
        return best;
    }

    private int index(String id) {
        for (int a = 0; a < n; a++) {
            if (p.actions().get(a).id().equals(id)) {
                return a;
            }
        }
        throw new IllegalArgumentException(id);
    }

    /** The product with the actions of {@code ids} applied: origins of localized parts, operations performed. */
    static Product apply(Product product, List<Action> actions, List<String> ids) {
        List<BomLine> lines = new ArrayList<>(product.bom().lines());
        Map<String, Operation> ops = new LinkedHashMap<>(product.operations().byCode());
        boolean opsChanged = false;
        for (Action a : actions) {
            if (!ids.contains(a.id())) {
                continue;
            }
            if (a instanceof LocalizeLine l) {
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).part().equals(l.target())) {
                        lines.set(i, lines.get(i).withOrigin(l.newOrigin()).withCertificate(l.certificate()));
                    }
                }
            } else if (a instanceof AddOperation o) {
                ops.put(o.code(), new Operation(0, o.code(), true, ""));
                opsChanged = true;
            }
        }
        Product out = product.withBom(Bom.of("bom", lines));
        return opsChanged ? out.withOperations(new Operations("ops", new ArrayList<>(ops.values()))) : out;
    }
}
