package org.localis.roadmap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.localis.assessment.Assessment;
import org.localis.assessment.AssessmentRequest;
import org.localis.assessment.Assessor;
import org.localis.scheme.Scheme;

/**
 * The problem compiled for the solvers: actions as indices, costs in minor units (hundredths of the product
 * currency) per year, relations as index arrays, the score model, and the engine for verification.
 * Years are indices 0..Y-1 from the first planning year.
 */
final class Instance {

    static final BigDecimal MINOR = BigDecimal.valueOf(100);

    final RoadmapProblem problem;
    final Scheme scheme;
    final List<Action> actions;
    final int n;
    final int yearCount;
    final long[] capital;
    final long[][] running;
    final int[] earliest;
    final int[][] requires;
    final int[][] excludes;
    final int[][] requiredBy;
    final long[] budget;
    final Variants variants;
    final ScoreModel score;
    final List<Cut> cuts = new ArrayList<>();
    private final Map<String, Assessment> engineCache = new HashMap<>();
    final Map<String, Integer> index;

    /** A set of actions the engine showed does not reach year t's target (strong: nor does any subset). */
    record Cut(int year, BitSet set, boolean strong) {
    }

    Instance(RoadmapProblem p) {
        this.problem = p;
        this.scheme = p.scheme();
        this.actions = p.actions();
        this.n = actions.size();
        this.yearCount = p.yearCount();
        this.index = RoadmapProblem.index(actions);
        this.variants = new Variants(p.product(), actions);
        capital = new long[n];
        running = new long[n][yearCount];
        earliest = new int[n];
        for (int a = 0; a < n; a++) {
            Action act = actions.get(a);
            capital[a] = minor(act.capitalCost());
            long yearly = minor(act.yearlyCost());
            for (int t = 0; t < yearCount; t++) {
                long unit = 0;
                if (act instanceof LocalizeLine l && l.extraUnitCost().signum() != 0) {
                    Integer v = l.volume() != null ? l.volume() : p.volume(year(t));
                    unit = minor(l.extraUnitCost().multiply(BigDecimal.valueOf(v == null ? 0 : v)));
                }
                running[a][t] = Math.addExact(yearly, unit);
            }
            Integer e = act.earliestYear();
            earliest[a] = e == null ? 0 : Math.max(0, Math.min(yearCount, e - p.firstYear()));
        }
        requires = new int[n][];
        List<List<Integer>> by = new ArrayList<>();
        List<Set<Integer>> ex = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            by.add(new ArrayList<>());
            ex.add(new LinkedHashSet<>());
        }
        Map<Integer, List<Integer>> byLine = new HashMap<>();
        for (int a = 0; a < n; a++) {
            Action act = actions.get(a);
            requires[a] = act.requires().stream().mapToInt(index::get).toArray();
            for (int r : requires[a]) {
                by.get(r).add(a);
            }
            for (String x : act.excludes()) {
                int b = index.get(x);
                ex.get(a).add(b);
                ex.get(b).add(a);
            }
            if (variants.lineOf(a) >= 0) {
                byLine.computeIfAbsent(variants.lineOf(a), k -> new ArrayList<>()).add(a);
            }
        }
        // one BOM line has one source: localizations of the same line exclude each other
        for (List<Integer> same : byLine.values()) {
            for (int i = 0; i < same.size(); i++) {
                for (int j = i + 1; j < same.size(); j++) {
                    ex.get(same.get(i)).add(same.get(j));
                    ex.get(same.get(j)).add(same.get(i));
                }
            }
        }
        excludes = new int[n][];
        requiredBy = new int[n][];
        for (int a = 0; a < n; a++) {
            excludes[a] = ex.get(a).stream().mapToInt(Integer::intValue).toArray();
            requiredBy[a] = by.get(a).stream().mapToInt(Integer::intValue).toArray();
        }
        budget = new long[yearCount];
        for (int t = 0; t < yearCount; t++) {
            BigDecimal b = p.budgets().get(year(t));
            budget[t] = b == null ? -1 : b.multiply(MINOR).setScale(0, RoundingMode.FLOOR).longValueExact();
        }
        score = ScoreModel.of(this);
    }

    static long minor(BigDecimal amount) {
        return amount.multiply(MINOR).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    static BigDecimal money(long minor) {
        return BigDecimal.valueOf(minor, 2);
    }

    int year(int t) {
        return problem.firstYear() + t;
    }

    LocalDate date(int t) {
        return problem.assessmentDay().atYear(year(t));
    }

    Target target(int t) {
        return problem.targets().get(year(t));
    }

    /** Total cost of an action adopted in year index s: capital once, running costs from s to the last year. */
    long costIfAdopted(int a, int s) {
        long c = capital[a];
        for (int t = s; t < yearCount; t++) {
            c += running[a][t];
        }
        return c;
    }

    /** Total cost of a plan (adoption year index per action, -1 = not adopted). */
    long cost(int[] adopt) {
        long c = 0;
        for (int a = 0; a < n; a++) {
            if (adopt[a] >= 0) {
                c += costIfAdopted(a, adopt[a]);
            }
        }
        return c;
    }

    /** Spending in year t of a plan. */
    long spending(int[] adopt, int t) {
        long c = 0;
        for (int a = 0; a < n; a++) {
            if (adopt[a] >= 0 && adopt[a] <= t) {
                c += running[a][t] + (adopt[a] == t ? capital[a] : 0);
            }
        }
        return c;
    }

    static BitSet inEffect(int[] adopt, int t) {
        BitSet s = new BitSet();
        for (int a = 0; a < adopt.length; a++) {
            if (adopt[a] >= 0 && adopt[a] <= t) {
                s.set(a);
            }
        }
        return s;
    }

    /** The engine's assessment of the product with these actions in year t (cached). */
    synchronized Assessment assess(BitSet set, int t) {
        String key = t + ":" + set;
        Assessment a = engineCache.get(key);
        if (a == null) {
            a = Assessor.assess(new AssessmentRequest(variants.apply(set), scheme, year(t), date(t), problem.registry()));
            if (engineCache.size() > 10_000) {
                engineCache.clear();
            }
            engineCache.put(key, a);
        }
        return a;
    }

    /** Whether an assessment meets a target, as the engine decides it. */
    boolean meets(Assessment a, Target target) {
        if (target == null) {
            return true;
        }
        if (target instanceof Target.Tier tier) {
            if (!a.passed() || a.tier() == null) {
                return false;
            }
            return rank(a.tier().id()) >= rank(tier.id());
        }
        BigDecimal level = ((Target.Score) target).value();
        return scheme.meets(a.score(), level);
    }

    int rank(String tierId) {
        for (int i = 0; i < scheme.tiers().size(); i++) {
            if (scheme.tiers().get(i).id().equals(tierId)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether action {@code a} is in the plan at all (adopted in some year). */
    boolean excludesAtAll(int[] adopt, int a) {
        return adopt[a] >= 0;
    }

    /** Whether the set can be adopted by year t: earliest years, requirements inside the set, no exclusions. */
    boolean structurallyValid(BitSet set, int t) {
        for (int a = set.nextSetBit(0); a >= 0; a = set.nextSetBit(a + 1)) {
            if (earliest[a] > t) {
                return false;
            }
            for (int r : requires[a]) {
                if (!set.get(r)) {
                    return false;
                }
            }
            for (int x : excludes[a]) {
                if (set.get(x)) {
                    return false;
                }
            }
        }
        return true;
    }
}
