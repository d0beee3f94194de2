package org.localis.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.localis.product.Product;
import org.localis.product.VehicleFacts;
import org.localis.scheme.Criterion;
import org.localis.scheme.PointsScheme;
import org.localis.scheme.Powertrain;
import org.localis.scheme.SchemeCatalog;
import org.localis.testing.Fixtures;

/**
 * Invariants of the Decree 719 schemes over random products: more operations or more items meeting a
 * ratio never lower the score; in a one-of group at most one level counts, and it is the best one; no
 * criterion earns more than its points times the largest coefficient (2).
 */
class Decree719Properties {

    private static final SchemeCatalog CATALOG = SchemeCatalog.builtIn();
    private static final List<String> IDS = List.of("ru-719-m1", "ru-719-n1", "ru-719-n2n3", "ru-719-m2m3");
    private static final LocalDate DATE = LocalDate.of(2026, 6, 1);

    private static Product product(PointsScheme s, List<String> performed, Map<String, VehicleFacts.Count> counts,
                                   Powertrain pt) {
        String ops = "code,performed,evidence\n" + performed.stream().map(c -> c + ",yes,x").collect(Collectors.joining("\n"));
        Product p = Fixtures.product(Fixtures.bom("part,parent,description,quantity,uom,unit_cost,currency,origin,supplier,make_buy,certificate\n"
                + "A,,a,1,EA,10.00,,RU,,buy,\n"), Fixtures.operations(ops + "\n"), "100", "100");
        return p.withVehicle(new VehicleFacts(s.vehicleCategory(), pt, "UN-R154-00-1A", counts,
                Map.of("rnd-percent-of-revenue", new VehicleFacts.Input(new BigDecimal("1.5"), 1)), "product.yaml", 1));
    }

    private static Assessment assess(PointsScheme s, Product p) {
        return ReasonProperties.agreeing(Assessor.assess(AssessmentRequest.of(p, s, 2026, DATE)));
    }

    @Property(tries = 40)
    void moreLocalizationNeverLowersTheScore(@ForAll @IntRange(min = 0, max = 3) int scheme,
                                             @ForAll @IntRange(min = 0, max = 2) int powertrain,
                                             @ForAll long seed) {
        PointsScheme s = (PointsScheme) CATALOG.find(IDS.get(scheme)).orElseThrow();
        Powertrain pt = Powertrain.values()[powertrain];
        Random r = new Random(seed);
        List<String> some = new ArrayList<>();
        List<String> more = new ArrayList<>();
        Map<String, VehicleFacts.Count> fewer = new LinkedHashMap<>();
        Map<String, VehicleFacts.Count> higher = new LinkedHashMap<>();
        for (Criterion c : s.criteria()) {
            boolean inSome = r.nextInt(3) == 0;
            if (inSome) {
                some.add(c.code());
            }
            if (inSome || r.nextBoolean()) {
                more.add(c.code());
            }
            if (c.ratio() != null && !fewer.containsKey(c.ratio().items())) {
                int total = 1 + r.nextInt(12);
                int a = r.nextInt(total + 1);
                int b = a + r.nextInt(total - a + 1);
                fewer.put(c.ratio().items(), new VehicleFacts.Count(a, total, 1));
                higher.put(c.ratio().items(), new VehicleFacts.Count(b, total, 1));
            }
        }
        Assessment low = assess(s, product(s, some, fewer, pt));
        Assessment high = assess(s, product(s, more, higher, pt));
        assertThat(high.score()).isGreaterThanOrEqualTo(low.score());

        for (Assessment a : List.of(low, high)) {
            Map<String, List<Assessment.CriterionResult>> byGroup = new LinkedHashMap<>();
            for (int i = 0; i < s.criteria().size(); i++) {
                Criterion c = s.criteria().get(i);
                Assessment.CriterionResult cr = a.criteria().get(i);
                assertThat(cr.earned()).isLessThanOrEqualTo(cr.points().multiply(BigDecimal.valueOf(2)));
                if (!c.oneOf().isEmpty()) {
                    byGroup.computeIfAbsent(c.oneOf(), k -> new ArrayList<>()).add(cr);
                }
            }
            for (List<Assessment.CriterionResult> g : byGroup.values()) {
                assertThat(g.stream().filter(x -> x.earned().signum() > 0).count()).isLessThanOrEqualTo(1);
                BigDecimal bestPerformed = g.stream().filter(x -> x.performed()).map(Assessment.CriterionResult::points)
                        .max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
                BigDecimal earned = g.stream().map(Assessment.CriterionResult::earned).reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(earned).isEqualByComparingTo(bestPerformed);
            }
            BigDecimal sum = a.criteria().stream().map(Assessment.CriterionResult::earned).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(a.score()).isEqualByComparingTo(sum);
        }
    }
}
