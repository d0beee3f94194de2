package org.localis.roadmap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.localis.assessment.Assessment;
import org.localis.assessment.AssessmentRequest;
import org.localis.assessment.Assessor;
import org.localis.bom.Bom;
import org.localis.certificate.SupplierCertificate;
import org.localis.operation.Operations;
import org.localis.product.Product;
import org.localis.scheme.Scheme;
import org.localis.testing.Fixtures;

/**
 * Small random problems on BOMs whose lines interact (and localizations to certified suppliers, one certificate
 * expiring during the planning years): sub-assemblies made abroad with localizable children
 * (tracing), sub-assemblies whose roll-up test flips (roll-up, under both a minimum and a cap), nested
 * sub-assemblies; with budgets, requirements, exclusions, earliest years, tier targets and two-decimal score
 * targets placed between the baseline and the best score.
 */
final class BomShapes {

    private BomShapes() {
    }

    /** Which scheme and origin rule. */
    enum Rule {
        TRACING("rvc-tv-tracing.yaml"), ROLL_UP("rvc-nc-rollup.yaml"), CAP_ROLL_UP("maxnom.yaml");

        final String file;

        Rule(String file) {
            this.file = file;
        }
    }

    private record Line(String part, String parent, int cost, String origin, boolean make) {
    }

    static RoadmapProblem problem(long seed, Rule rule, int maxActions) {
        SplittableRandom r = new SplittableRandom(seed);
        Scheme s = Fixtures.testScheme(rule.file);
        List<Line> lines = new ArrayList<>();
        List<String> buyTargets = new ArrayList<>();
        List<String> subTargets = new ArrayList<>();
        int tops = 1 + r.nextInt(2);
        for (int i = 0; i < tops; i++) {
            lines.add(new Line("B" + i, "", 20 + r.nextInt(300), r.nextInt(3) == 0 ? "US" : "CN", false));
            buyTargets.add("B" + i);
        }
        int subs = 1 + r.nextInt(2);
        for (int k = 0; k < subs; k++) {
            String sub = "S" + k;
            int o = r.nextInt(4);
            String origin = o <= 1 ? "CN" : o == 2 ? "US" : "";
            lines.add(new Line(sub, "", 5 + r.nextInt(150), origin, true));
            subTargets.add(sub);
            int children = 2 + r.nextInt(2);
            for (int c = 0; c < children; c++) {
                String part = sub + "C" + c;
                if (c == 0 && r.nextInt(3) == 0) {
                    // a nested sub-assembly, made abroad or here
                    lines.add(new Line(part, sub, 5 + r.nextInt(60), r.nextBoolean() ? "CN" : "", true));
                    subTargets.add(part);
                    for (int g = 0; g < 2; g++) {
                        lines.add(new Line(part + "G" + g, part, 10 + r.nextInt(200), r.nextInt(4) == 0 ? "US" : "CN", false));
                        buyTargets.add(part + "G" + g);
                    }
                } else {
                    lines.add(new Line(part, sub, 10 + r.nextInt(300), r.nextInt(4) == 0 ? "US" : "CN", false));
                    buyTargets.add(part);
                }
            }
        }
        if (subs == 2 && r.nextBoolean()) {
            // a sub-assembly used under both: its two lines share their children, each line with its own origin
            lines.add(new Line("SM", "S0", 5 + r.nextInt(40), r.nextBoolean() ? "CN" : "", true));
            lines.add(new Line("SM", "S1", 5 + r.nextInt(40), r.nextBoolean() ? "CN" : "", true));
            lines.add(new Line("SMG0", "SM", 10 + r.nextInt(200), "CN", false));
            buyTargets.add("SMG0");
        }
        StringBuilder csv = new StringBuilder("part,parent,quantity,unit_cost,origin,make_buy\n");
        long material = 0;
        for (Line l : lines) {
            int q = r.nextInt(5) == 0 ? 2 : 1;
            csv.append(l.part()).append(',').append(l.parent()).append(',').append(q).append(',')
                    .append(l.cost()).append(".00,").append(l.origin()).append(',').append(l.make() ? "make" : "buy").append('\n');
            material += (long) q * l.cost() * 4;
        }
        Bom bom = Fixtures.bom(csv.toString());
        // a price above the material value, so that every score stays within 0..100
        BigDecimal price = BigDecimal.valueOf(material * (110 + r.nextInt(60)), 2);
        boolean netCost = rule == Rule.ROLL_UP;
        // supplier certificates: one originating for good, one that counts 40 % domestic and expires at the end of 2023
        List<SupplierCertificate> certs = List.of(
                new SupplierCertificate(2, "CA", "", "", true, null, LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31), false),
                new SupplierCertificate(3, "CB", "", "", false, new BigDecimal("40"), LocalDate.of(2020, 1, 1),
                        LocalDate.of(2023, 12, 31), false));
        Product product = new Product("Test", "", "RUB", netCost ? null : price, netCost ? price : null, 100, bom,
                Operations.NONE, certs, Map.of(), "test");
        int n = 2 + r.nextInt(maxActions - 1);
        List<Action> actions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean sub = i == 0 || r.nextInt(3) == 0;
            List<String> children = buyTargets.stream().filter(t -> t.startsWith("S")).toList();
            // the second action localizes a part inside a sub-assembly, so that actions interact often
            String target = sub ? subTargets.get(r.nextInt(subTargets.size()))
                    : i == 1 ? children.get(r.nextInt(children.size())) : buyTargets.get(r.nextInt(buyTargets.size()));
            List<String> req = i > 0 && r.nextInt(6) == 0 ? List.of("a" + r.nextInt(i)) : List.of();
            List<String> exc = i > 0 && r.nextInt(7) == 0 ? List.of("a" + r.nextInt(i)) : List.of();
            if (!req.isEmpty() && req.equals(exc)) {
                exc = List.of();
            }
            Integer earliest = r.nextInt(5) == 0 ? 2024 + r.nextInt(2) : null;
            String origin = r.nextInt(8) == 0 ? "CN" : r.nextBoolean() ? "US" : "MX";
            String cert = "";
            if (r.nextInt(6) == 0) {
                // a certified supplier abroad
                origin = "CN";
                cert = r.nextBoolean() ? "CA" : "CB";
            }
            actions.add(new LocalizeLine("a" + i, target, BigDecimal.valueOf(r.nextInt(0, 300), 2), null, origin, cert,
                    BigDecimal.valueOf(r.nextInt(0, 300)), BigDecimal.valueOf(r.nextInt(0, 20)), req, exc, earliest, "", i + 2));
        }
        return withTargets(product, s, actions, r);
    }

    /** Targets: tiers, or score targets with two decimals between the baseline score and the best one. */
    private static RoadmapProblem withTargets(Product product, Scheme s, List<Action> actions, SplittableRandom r) {
        int first = 2023;
        int last = first + 1 + r.nextInt(2);
        Map<Integer, Target> targets = new HashMap<>();
        for (int y = first; y <= last; y++) {
            int k = r.nextInt(5);
            if (k == 0) {
                continue;
            }
            if (k == 1) {
                targets.put(y, new Target.Tier(s.tiers().get(r.nextInt(s.tiers().size())).id()));
            } else {
                BigDecimal lo = score(product, s, List.of(), y);
                BigDecimal hi = score(product, s, actions, y);
                BigDecimal span = hi.subtract(lo);
                BigDecimal at = lo.add(span.multiply(BigDecimal.valueOf(r.nextInt(0, 1101), 3)));
                if (k == 4) {
                    // right at a reachable score, so that rounding to two decimals decides
                    at = r.nextBoolean() ? lo : hi;
                }
                targets.put(y, new Target.Score(at.setScale(2, RoundingMode.HALF_UP).max(BigDecimal.ZERO)));
            }
        }
        Map<Integer, BigDecimal> budgets = new HashMap<>();
        if (r.nextInt(4) == 0) {
            budgets.put(first + r.nextInt(last - first + 1), BigDecimal.valueOf(r.nextInt(100, 800)));
        }
        return RandomRoadmaps.sound(new RoadmapProblem(product, s, null, actions, first, last, targets, budgets, Map.of(), null,
                "actions.csv"));
    }

    /** The engine's exact-ish score with every one of these actions applied (a later one wins on a line). */
    private static BigDecimal score(Product product, Scheme s, List<Action> actions, int year) {
        List<String> ids = actions.stream().map(Action::id).toList();
        Product p = Exhaustive.apply(product, actions, ids);
        Assessment a = Assessor.assess(new AssessmentRequest(p, s, year, LocalDate.of(year, 1, 1), null));
        return a.score();
    }
}
