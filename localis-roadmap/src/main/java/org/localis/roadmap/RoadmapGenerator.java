package org.localis.roadmap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.localis.bom.Bom;
import org.localis.bom.BomLine;
import org.localis.bom.MakeBuy;
import org.localis.certificate.CertificateSource;
import org.localis.operation.Operations;
import org.localis.product.Product;
import org.localis.scheme.Scheme;
import org.localis.scheme.SchemeCatalog;

/**
 * Synthetic roadmap problems for benchmarks and tests: a component with a flat BOM of imported parts scored
 * under the built-in {@code ru-component-domestic-value} scheme (transaction value, tracing), 2 to 4
 * alternative domestic suppliers per part (one source per line, so they exclude each other), tooling
 * operations some localizations require, some earliest years, and targets rising from tier {@code base}
 * (55 %) in the first year by 5 percentage points a year to tier {@code deep} (75 %) in the fifth.
 * The same seed gives the same problem.
 */
public final class RoadmapGenerator {

    private static final String[] FOREIGN = {"CN", "DE", "JP", "KR", "TR", "IT", "US", "IN"};

    private RoadmapGenerator() {
    }

    /**
     * @param actionCount candidate actions (about 2 % are tooling operations, the rest localizations)
     * @param firstYear   first planning year (at least 2026: the scheme's 55 % period)
     * @param years       planning years (5 gives targets 55, 60, 65, 70, 75 %)
     */
    public static RoadmapProblem generate(int actionCount, int firstYear, int years, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Scheme scheme = SchemeCatalog.builtIn().require("ru-component-domestic-value", "scheme");
        int toolCount = Math.max(1, actionCount / 50);
        int localizeCount = actionCount - toolCount;
        int lineCount = Math.max(1, (int) Math.round(localizeCount / 2.5));
        List<BomLine> lines = new ArrayList<>();
        BigDecimal material = BigDecimal.ZERO;
        BigDecimal[] value = new BigDecimal[lineCount];
        for (int i = 0; i < lineCount; i++) {
            BigDecimal cost = BigDecimal.valueOf(rnd.nextLong(2_000, 300_000), 2);
            int[] qtys = {1, 1, 1, 2, 4};
            BigDecimal qty = BigDecimal.valueOf(qtys[rnd.nextInt(qtys.length)]);
            lines.add(new BomLine(i + 2, "P-" + (i + 1), "", "part " + (i + 1), qty, "EA", cost, "",
                    FOREIGN[rnd.nextInt(FOREIGN.length)], "supplier " + rnd.nextInt(500), MakeBuy.BUY, ""));
            value[i] = cost.multiply(qty);
            material = material.add(value[i]);
        }
        Bom bom = Bom.of("generated-bom.csv", lines);
        BigDecimal price = material.multiply(new BigDecimal("1.25")).setScale(2, RoundingMode.HALF_UP);
        Product product = new Product("Generated component", "component", "RUB", price, null, 20_000, bom,
                Operations.NONE, List.of(), Map.of(), "generator");

        List<Action> actions = new ArrayList<>();
        for (int k = 0; k < toolCount; k++) {
            BigDecimal capital = BigDecimal.valueOf(rnd.nextLong(500, 20_000) * 1000L);
            actions.add(new AddOperation("tool-" + (k + 1), "component-production", capital,
                    BigDecimal.valueOf(rnd.nextLong(0, 500) * 1000L), List.of(), List.of(), null,
                    "tooling shop " + (k + 1), 0));
        }
        int made = 0;
        int line = 0;
        while (made < localizeCount) {
            int i = line % lineCount;
            int alternatives = line < lineCount ? 2 + rnd.nextInt(3) : 1;
            for (int k = 0; k < alternatives && made < localizeCount; k++) {
                BigDecimal extra = value[i].multiply(BigDecimal.valueOf(rnd.nextInt(3, 36))).movePointLeft(2)
                        .setScale(2, RoundingMode.HALF_UP);
                BigDecimal capital = rnd.nextInt(2) == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(rnd.nextLong(0, 2_000) * 1000L);
                BigDecimal yearly = rnd.nextInt(10) < 3 ? BigDecimal.valueOf(rnd.nextLong(0, 200) * 1000L) : BigDecimal.ZERO;
                Integer earliest = rnd.nextInt(10) < 2 ? firstYear + 1 + rnd.nextInt(3) : null;
                List<String> requires = rnd.nextInt(100) < 15 ? List.of("tool-" + (1 + rnd.nextInt(toolCount))) : List.of();
                made++;
                actions.add(new LocalizeLine("loc-" + made, "line:" + (i + 2), extra, null, "RU", "", capital, yearly,
                        requires, List.of(), earliest, "supplier " + (k + 1) + " for P-" + (i + 1), 0));
            }
            line++;
        }
        Map<Integer, Target> targets = new TreeMap<>();
        for (int y = 0; y < years; y++) {
            int year = firstYear + y;
            if (y == 0) {
                targets.put(year, new Target.Tier("base"));
            } else if (y >= 4) {
                targets.put(year, new Target.Tier("deep"));
            } else {
                targets.put(year, new Target.Score(BigDecimal.valueOf(55 + 5L * y)));
            }
        }
        return new RoadmapProblem(product, scheme, CertificateSource.NONE, actions, firstYear, firstYear + years - 1,
                targets, Map.of(), Map.of(), null, "generated-actions.csv");
    }
}
