package org.localis.roadmap;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.localis.bom.Bom;
import org.localis.operation.Operations;
import org.localis.product.Product;
import org.localis.scheme.Scheme;
import org.localis.testing.Fixtures;

/** Small random roadmap problems, and the brute-force optimum they are checked against. */
final class RandomRoadmaps {

    static final String[] CODES = {"body-stamping", "body-welding", "body-painting", "final-assembly", "engine-production",
            "seats-production"};

    private RandomRoadmaps() {
    }

    /** A points problem (test-points scheme, exact model) with up to {@code maxActions} actions. */
    static RoadmapProblem points(long seed, int maxActions) {
        SplittableRandom r = new SplittableRandom(seed);
        Scheme s = Fixtures.testScheme("points.yaml");
        StringBuilder ops = new StringBuilder("code,performed\n");
        for (String c : CODES) {
            boolean mandatory = c.equals("final-assembly") || c.equals("body-welding");
            if (r.nextInt(mandatory ? 5 : 2) != 0) {
                ops.append(c).append(",yes\n");
            }
        }
        Operations operations = Fixtures.operations(ops.toString());
        Bom bom = Fixtures.bom("part,parent,quantity,unit_cost,origin,make_buy\nA,,1,100.00,CN,buy\n");
        Product product = Fixtures.product(bom, operations, "1000.00", null);
        int n = 2 + r.nextInt(maxActions - 1);
        List<Action> actions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> req = i > 0 && r.nextInt(5) == 0 ? List.of("a" + r.nextInt(i)) : List.of();
            List<String> exc = i > 0 && r.nextInt(6) == 0 ? List.of("a" + r.nextInt(i)) : List.of();
            if (!req.isEmpty() && req.equals(exc)) {
                exc = List.of();
            }
            Integer earliest = r.nextInt(5) == 0 ? 2025 + r.nextInt(2) : null;
            String code = i == 0 ? "body-painting" : CODES[r.nextInt(CODES.length)];
            actions.add(new AddOperation("a" + i, code, BigDecimal.valueOf(r.nextInt(0, 200)),
                    BigDecimal.valueOf(r.nextInt(0, 30)), req, exc, earliest, "", i + 2));
        }
        return withTargetsAndBudgets(product, s, actions, r);
    }

    /** A value-share problem: flat BOM under tracing, so the contributions add up exactly. */
    static RoadmapProblem share(long seed, int maxActions) {
        SplittableRandom r = new SplittableRandom(seed);
        Scheme s = Fixtures.testScheme("rvc-tv-tracing.yaml");
        int lines = 3 + r.nextInt(3);
        StringBuilder csv = new StringBuilder("part,parent,quantity,unit_cost,origin,make_buy\n");
        long material = 0;
        for (int i = 0; i < lines; i++) {
            int cost = 50 + r.nextInt(500);
            material += cost;
            csv.append("P").append(i).append(",,1,").append(cost).append(".00,").append(r.nextInt(4) == 0 ? "US" : "CN").append(",buy\n");
        }
        Bom bom = Fixtures.bom(csv.toString());
        String price = BigDecimal.valueOf(material * (200 + r.nextInt(400)), 2).toPlainString();
        Product base = Fixtures.product(bom, Operations.NONE, price, null);
        Product product = new Product(base.name(), "", base.currency(), base.price(), null, 100, bom, Operations.NONE,
                List.of(), Map.of(), "test");
        int n = 2 + r.nextInt(maxActions - 1);
        List<Action> actions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> req = i > 0 && r.nextInt(6) == 0 ? List.of("a" + r.nextInt(i)) : List.of();
            Integer earliest = r.nextInt(5) == 0 ? 2025 + r.nextInt(2) : null;
            actions.add(new LocalizeLine("a" + i, "P" + r.nextInt(lines), BigDecimal.valueOf(r.nextInt(0, 1000), 2), null,
                    r.nextBoolean() ? "US" : "MX", "", BigDecimal.valueOf(r.nextInt(0, 300)), BigDecimal.ZERO, req, List.of(),
                    earliest, "", i + 2));
        }
        return withTargetsAndBudgets(product, s, actions, r);
    }

    private static RoadmapProblem withTargetsAndBudgets(Product product, Scheme s, List<Action> actions, SplittableRandom r) {
        int first = 2024;
        int last = 2024 + 1 + r.nextInt(2);
        Map<Integer, Target> targets = new HashMap<>();
        boolean points = s.unit().equals("points");
        for (int y = first; y <= last; y++) {
            int k = r.nextInt(4);
            if (k == 0) {
                continue;
            }
            targets.put(y, k == 1 ? new Target.Tier("base") : k == 2 ? new Target.Tier(s.tiers().get(1).id())
                    : new Target.Score(BigDecimal.valueOf(points ? 100L * r.nextInt(2, 10) : 55 + r.nextInt(30))));
        }
        Map<Integer, BigDecimal> budgets = new HashMap<>();
        if (r.nextInt(4) == 0) {
            budgets.put(first + r.nextInt(last - first + 1), BigDecimal.valueOf(r.nextInt(100, 1500)));
        }
        return sound(new RoadmapProblem(product, s, null, actions, first, last, targets, budgets, Map.of(), null, "actions.csv"));
    }

    /**
     * The problem without the relations the checks reject (an action that requires, directly or through others,
     * actions that exclude each other, e.g. two localizations of one line): random relations make some.
     */
    static RoadmapProblem sound(RoadmapProblem p) {
        for (int round = 0; round < 10; round++) {
            java.util.Set<Integer> bad = new java.util.HashSet<>();
            for (org.localis.input.InputError e : p.problems()) {
                bad.add(e.line());
            }
            if (bad.isEmpty()) {
                return p;
            }
            List<Action> fixed = new ArrayList<>();
            for (Action a : p.actions()) {
                if (!bad.contains(a.line())) {
                    fixed.add(a);
                } else if (a instanceof LocalizeLine l) {
                    fixed.add(new LocalizeLine(l.id(), l.target(), l.extraUnitCost(), l.volume(), l.newOrigin(), l.certificate(),
                            l.capitalCost(), l.yearlyCost(), List.of(), List.of(), l.earliestYear(), l.note(), l.line()));
                } else if (a instanceof AddOperation o) {
                    fixed.add(new AddOperation(o.id(), o.code(), o.capitalCost(), o.yearlyCost(), List.of(), List.of(),
                            o.earliestYear(), o.note(), o.line()));
                }
            }
            p = p.withActions(fixed);
        }
        throw new IllegalStateException("could not make the random problem sound: " + p.problems());
    }

    /** The cheapest plan by trying every adoption year (or none) for every action, judged by the engine; -1 if none. */
    static long bruteForce(RoadmapProblem p) {
        Instance inst = new Instance(p);
        int n = inst.n;
        int y = inst.yearCount;
        int[] adopt = new int[n];
        long total = 1;
        for (int a = 0; a < n; a++) {
            total *= (y + 1);
        }
        long best = -1;
        for (long code = 0; code < total; code++) {
            long c = code;
            for (int a = 0; a < n; a++) {
                adopt[a] = (int) (c % (y + 1)) - 1;
                c /= (y + 1);
            }
            long cost = inst.cost(adopt);
            if (best >= 0 && cost >= best) {
                continue;
            }
            if (feasible(inst, p, adopt)) {
                best = cost;
            }
        }
        return best;
    }

    static boolean feasible(Instance inst, RoadmapProblem p, int[] adopt) {
        for (int t = 0; t < inst.yearCount; t++) {
            java.util.BitSet set = Instance.inEffect(adopt, t);
            for (int a = set.nextSetBit(0); a >= 0; a = set.nextSetBit(a + 1)) {
                Action act = p.actions().get(a);
                if (act.earliestYear() != null && act.earliestYear() > inst.year(adopt[a])) {
                    return false;
                }
                for (String req : act.requires()) {
                    if (!set.get(inst.index.get(req))) {
                        return false;
                    }
                }
                for (String x : act.excludes()) {
                    if (inst.excludesAtAll(adopt, inst.index.get(x))) {
                        return false;
                    }
                }
                // one source per BOM line
                for (int b = 0; b < inst.n; b++) {
                    if (b != a && adopt[b] >= 0 && act instanceof LocalizeLine && inst.variants.lineOf(a) == inst.variants.lineOf(b)) {
                        return false;
                    }
                }
            }
            BigDecimal budget = p.budgets().get(inst.year(t));
            if (budget != null && Instance.money(inst.spending(adopt, t)).compareTo(budget) > 0) {
                return false;
            }
            Target tg = p.targets().get(inst.year(t));
            if (tg != null && !inst.meets(inst.assess(set, t), tg)) {
                return false;
            }
        }
        return true;
    }
}
