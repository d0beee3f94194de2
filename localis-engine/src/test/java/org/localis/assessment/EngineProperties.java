package org.localis.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.localis.bom.Bom;
import org.localis.bom.BomLine;
import org.localis.operation.Operation;
import org.localis.operation.Operations;
import org.localis.product.Product;
import org.localis.scheme.PointsScheme;
import org.localis.scheme.Scheme;
import org.localis.scheme.SchemeCatalog;
import org.localis.testing.Fixtures;
import org.localis.testing.RandomBoms;

/** Invariants of the engine over random BOMs and operations. */
class EngineProperties {

    private static final LocalDate DATE = LocalDate.of(2025, 6, 1);
    private static final Scheme NC_ROLLUP = Fixtures.testScheme("rvc-nc-rollup.yaml");
    private static final Scheme TV_TRACING = Fixtures.testScheme("rvc-tv-tracing.yaml");
    private static final Scheme MAXNOM = Fixtures.testScheme("maxnom.yaml");
    private static final Scheme POINTS = Fixtures.testScheme("points.yaml");

    private static Product product(List<BomLine> lines, String price) {
        Bom bom = Bom.of("bom.csv", lines);
        BigDecimal p = new BigDecimal(price);
        return new Product("P", "passenger-car", "RUB", p, p, null, bom, Operations.NONE, List.of(), Map.of(), "test");
    }

    private static Assessment assess(Product p, Scheme s) {
        return Assessor.assess(AssessmentRequest.of(p, s, 2024, DATE));
    }

    @Property(tries = 200)
    void reorderingLinesChangesNothing(@ForAll long seed, @ForAll long shuffleSeed) {
        List<BomLine> lines = RandomBoms.lines(seed, 40);
        List<BomLine> shuffled = new ArrayList<>(lines);
        Collections.shuffle(shuffled, new Random(shuffleSeed));
        for (Scheme s : List.of(NC_ROLLUP, TV_TRACING, MAXNOM)) {
            Assessment a = assess(product(lines, "100000"), s);
            Assessment b = assess(product(shuffled, "100000"), s);
            assertThat(b.score()).isEqualTo(a.score());
            assertThat(b.valueShare().nonOriginatingValue()).isEqualTo(a.valueShare().nonOriginatingValue());
            assertThat(b.totals()).isEqualTo(a.totals());
            assertThat(b.lines()).containsExactlyInAnyOrderElementsOf(a.lines());
        }
    }

    @Property(tries = 300)
    void makingOneLineOriginatingNeverWorsensAValueShareScore(@ForAll long seed, @ForAll @IntRange(min = 0, max = 1000) int pick) {
        List<BomLine> lines = RandomBoms.lines(seed, 40);
        List<Integer> foreignBuys = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            BomLine l = lines.get(i);
            if (!l.isMake() && !List.of("US", "MX", "CA").contains(l.origin())) {
                foreignBuys.add(i);
            }
        }
        if (foreignBuys.isEmpty()) {
            return;
        }
        int idx = foreignBuys.get(pick % foreignBuys.size());
        List<BomLine> better = new ArrayList<>(lines);
        better.set(idx, lines.get(idx).withOrigin("US"));
        for (Scheme s : List.of(NC_ROLLUP, TV_TRACING, MAXNOM)) {
            Assessment before = assess(product(lines, "50000"), s);
            Assessment after = assess(product(better, "50000"), s);
            if (s.lowerIsBetter()) {
                assertThat(after.score()).isLessThanOrEqualTo(before.score());
            } else {
                assertThat(after.score()).isGreaterThanOrEqualTo(before.score());
            }
            assertThat(after.passed() || !before.passed()).as("passing is never lost").isTrue();
        }
    }

    @Property(tries = 300)
    void rollUpNeverScoresBelowTracing(@ForAll long seed) {
        Scheme tracing = Fixtures.testScheme("rvc-tv-tracing.yaml");
        Scheme rollUp = sameSchemeWithRollUp();
        Product p = product(RandomBoms.lines(seed, 40), "80000");
        Assessment t = assess(p, tracing);
        Assessment r = assess(p, rollUp);
        assertThat(r.valueShare().nonOriginatingValue()).isLessThanOrEqualTo(t.valueShare().nonOriginatingValue());
        assertThat(r.score()).isGreaterThanOrEqualTo(t.score());
    }

    private static Scheme sameSchemeWithRollUp() {
        String yaml;
        try (var in = EngineProperties.class.getResourceAsStream("/schemes-test/rvc-tv-tracing.yaml")) {
            yaml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return org.localis.scheme.SchemeLoader.load(Fixtures.utf8(yaml.replace("origin-rule: tracing", "origin-rule: roll-up")), "x.yaml");
    }

    @Property(tries = 300)
    void addingAPerformedOperationNeverLowersAPointsScore(@ForAll long seed) {
        Random r = new Random(seed);
        PointsScheme ps = (PointsScheme) POINTS;
        List<String> codes = new ArrayList<>(ps.operations().keySet());
        List<Operation> ops = new ArrayList<>();
        for (String c : codes) {
            if (r.nextBoolean()) {
                ops.add(new Operation(0, c, r.nextBoolean(), ""));
            }
        }
        Product base = product(RandomBoms.lines(seed, 5), "1000").withOperations(new Operations("ops", ops));
        Assessment before = assess(base, POINTS);
        String add = codes.get(r.nextInt(codes.size()));
        List<Operation> more = new ArrayList<>(ops.stream().filter(o -> !o.code().equals(add)).toList());
        more.add(new Operation(0, add, true, ""));
        Assessment after = assess(base.withOperations(new Operations("ops", more)), POINTS);
        assertThat(after.score()).isGreaterThanOrEqualTo(before.score());
        assertThat(after.passed() || !before.passed()).isTrue();
    }

    @Property(tries = 200)
    void scalingAllCostsLeavesPercentagesUnchanged(@ForAll long seed, @ForAll @IntRange(min = 1, max = 5000) int factorCents) {
        BigDecimal k = BigDecimal.valueOf(factorCents, 2);
        List<BomLine> lines = RandomBoms.lines(seed, 40);
        List<BomLine> scaled = lines.stream().map(l -> l.withUnitCost(l.unitCost().multiply(k))).toList();
        for (Scheme s : List.of(NC_ROLLUP, TV_TRACING, MAXNOM)) {
            Assessment a = assess(product(lines, "70000"), s);
            Assessment b = assess(product(scaled, new BigDecimal("70000").multiply(k).toPlainString()), s);
            assertThat(b.score()).isEqualTo(a.score());
            assertThat(b.totals().domesticShare()).isEqualTo(a.totals().domesticShare());
            assertThat(b.classification()).isEqualTo(a.classification());
        }
    }

    @Property(tries = 100)
    void lineValuesAddUpToTheTotals(@ForAll long seed) {
        Product p = product(RandomBoms.lines(seed, 60), "90000");
        Assessment a = assess(p, NC_ROLLUP);
        BigDecimal top = a.lines().stream().filter(l -> l.parent().isEmpty())
                .map(Assessment.LineResult::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        // each top-level line is rounded to the cent on its own: at most half a cent each
        BigDecimal tolerance = new BigDecimal("0.005").multiply(BigDecimal.valueOf(a.lines().size()));
        assertThat(top.subtract(a.totals().materialValue()).abs()).isLessThanOrEqualTo(tolerance);
        for (Assessment.LineResult l : a.lines()) {
            assertThat(l.originatingValue().add(l.nonOriginatingValue())).isEqualByComparingTo(l.value());
            assertThat(l.nonOriginatingValue().signum()).isGreaterThanOrEqualTo(0);
        }
    }

    @Property(tries = 50)
    void builtInSchemesScoreAnyValidBom(@ForAll long seed) {
        Product p = product(RandomBoms.lines(seed, 30), "60000");
        for (Scheme s : SchemeCatalog.builtIn().all()) {
            Assessment a = Assessor.assess(AssessmentRequest.of(p, s, null, DATE));
            assertThat(a.scheme().id()).isEqualTo(s.id());
            assertThat(AssessmentJson.toJson(a)).contains("\"score\"");
        }
    }
}
