package org.localis.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import org.localis.bom.Bom;
import org.localis.bom.BomLine;
import org.localis.product.Product;

/**
 * How far the inputs a manufacturer does not fully control can move before the outcome (passed, and which tier)
 * changes: the "borderline band" of an assessment. Each figure is found by re-assessing the product with the
 * input changed, so it holds for every kind of scheme; an input that cannot change the outcome within the
 * searched range says so.
 *
 * <ul>
 * <li><b>Price</b>: the product's price (and net cost) scaled down and up, between −90 % and +900 %: for a value
 *     share the base moves while non-originating value stays; for points nothing moves.</li>
 * <li><b>Exchange rate</b>: each foreign currency's rate scaled, between −90 % and +900 %: lines bought in that
 *     currency become cheaper or dearer.</li>
 * <li><b>One supplier's origin</b>: every line of one supplier turned foreign (if originating) or originating (if
 *     not): does one supplier's status decide the tier?</li>
 * </ul>
 * The change is found by bisection to 0.1 % (the outcome is monotone in a price or a rate for every scheme kind
 * the engine has; where it is not, the nearest change found is reported).
 */
public final class Sensitivity {

    /** The outcome a change must alter to matter: passed or not, and the tier reached. */
    public record Outcome(boolean passed, String tier) {
        @Override
        public String toString() {
            return !passed ? "fails" : tier == null ? "passes" : "passes, tier " + tier;
        }
    }

    /** What was moved. */
    public enum Input { PRICE, EXCHANGE_RATE, SUPPLIER_ORIGIN }

    /**
     * One input's band.
     *
     * @param input      what was moved
     * @param subject    the price field, the currency, or the supplier
     * @param downPercent how far it may fall before the outcome changes (percent, one decimal), null when it can
     *                   fall 90 % without a change
     * @param upPercent  how far it may rise before the outcome changes, null when it can rise 900 % without one
     * @param outcomeDown the outcome once it has fallen that far (for a supplier: once its origin flips)
     * @param outcomeUp  the outcome once it has risen that far
     * @param changes    for a supplier: whether flipping its origin changes the outcome
     */
    public record Band(Input input, String subject, BigDecimal downPercent, BigDecimal upPercent, Outcome outcomeDown,
                       Outcome outcomeUp, Boolean changes) {
    }

    /** The bands of one assessment, and its outcome as the bands describe it. */
    public record Result(Outcome outcome, List<Band> bands) {
        public Result {
            bands = List.copyOf(bands);
        }

        /** Whether some input within 10 % (or one supplier) changes the outcome: a borderline result. */
        public boolean borderline() {
            BigDecimal ten = BigDecimal.TEN;
            return bands.stream().anyMatch(b -> Boolean.TRUE.equals(b.changes())
                    || b.downPercent() != null && b.downPercent().compareTo(ten) <= 0
                    || b.upPercent() != null && b.upPercent().compareTo(ten) <= 0);
        }
    }

    private static final int STEPS = 24;
    private static final int MAX_SUPPLIERS = 50;

    private Sensitivity() {
    }

    public static Result of(AssessmentRequest request) {
        Assessment base = Assessor.assess(request);
        Outcome outcome = outcome(base);
        List<Band> bands = new ArrayList<>();
        Product p = request.product();
        if (p.price() != null || p.netCost() != null) {
            bands.add(scale(request, outcome, Input.PRICE, p.price() != null ? "price" : "netCost",
                    f -> new Product(p.name(), p.category(), p.currency(), times(p.price(), f, 2), times(p.netCost(), f, 2),
                            p.annualVolume(), p.bom(), p.operations(), p.certificates(), p.rates(), p.source(), p.vehicle())));
        }
        Set<String> currencies = new TreeSet<>();
        for (BomLine l : p.bom().lines()) {
            if (!l.currency().isEmpty() && !l.currency().equalsIgnoreCase(p.currency()) && p.rates().containsKey(l.currency())) {
                currencies.add(l.currency());
            }
        }
        for (String c : currencies) {
            bands.add(scale(request, outcome, Input.EXCHANGE_RATE, c, f -> {
                Map<String, BigDecimal> rates = new HashMap<>(p.rates());
                rates.put(c, times(rates.get(c), f, 10));
                return new Product(p.name(), p.category(), p.currency(), p.price(), p.netCost(), p.annualVolume(), p.bom(),
                        p.operations(), p.certificates(), rates, p.source(), p.vehicle());
            }));
        }
        bands.addAll(suppliers(request, outcome));
        return new Result(outcome, bands);
    }

    static Outcome outcome(Assessment a) {
        return new Outcome(a.passed(), a.passed() && a.tier() != null ? a.tier().id() : null);
    }

    private static Band scale(AssessmentRequest request, Outcome outcome, Input input, String subject,
                              java.util.function.DoubleFunction<Product> at) {
        Edge down = edge(request, outcome, at, 1.0, 0.1);
        Edge up = edge(request, outcome, at, 1.0, 10.0);
        return new Band(input, subject, down == null ? null : percent(1.0 - down.factor()),
                up == null ? null : percent(up.factor() - 1.0), down == null ? null : down.outcome(),
                up == null ? null : up.outcome(), null);
    }

    private record Edge(double factor, Outcome outcome) {
    }

    /** The factor nearest to {@code from} (towards {@code to}) at which the outcome differs, or null. */
    private static Edge edge(AssessmentRequest request, Outcome outcome, java.util.function.DoubleFunction<Product> at,
                             double from, double to) {
        Outcome far = outcomeAt(request, at.apply(to));
        if (far.equals(outcome)) {
            return null;
        }
        double same = from;
        double differs = to;
        Outcome differsOutcome = far;
        for (int i = 0; i < STEPS; i++) {
            double mid = (same + differs) / 2;
            Outcome o = outcomeAt(request, at.apply(mid));
            if (o.equals(outcome)) {
                same = mid;
            } else {
                differs = mid;
                differsOutcome = o;
            }
        }
        return new Edge(differs, differsOutcome);
    }

    private static Outcome outcomeAt(AssessmentRequest r, Product p) {
        return outcome(Assessor.assess(new AssessmentRequest(p, r.scheme(), r.period(), r.date(), r.registry(),
                r.componentPoints())));
    }

    /** For each supplier (the 50 with the largest line value), whether flipping its origin changes the outcome. */
    private static List<Band> suppliers(AssessmentRequest request, Outcome outcome) {
        Product p = request.product();
        Set<String> territory = request.scheme().territory();
        if (territory.isEmpty()) {
            return List.of();
        }
        String domestic = territory.stream().sorted().findFirst().orElseThrow();
        String foreign = List.of("CN", "DE", "TR", "KR").stream().filter(c -> !territory.contains(c)).findFirst().orElseThrow();
        Map<String, BigDecimal> value = new LinkedHashMap<>();
        for (BomLine l : p.bom().lines()) {
            if (!l.supplier().isEmpty() && !l.isMake()) {
                value.merge(l.supplier(), l.unitCost().multiply(l.quantity()), BigDecimal::add);
            }
        }
        List<String> bySize = value.entrySet().stream()
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_SUPPLIERS).map(Map.Entry::getKey).toList();
        List<Band> out = new ArrayList<>();
        for (String s : bySize) {
            UnaryOperator<BomLine> flip = l -> !s.equals(l.supplier()) ? l
                    : l.withOrigin(territory.contains(l.origin()) ? foreign : domestic);
            Bom flipped = Bom.of(p.bom().file(), p.bom().lines().stream().map(flip).toList());
            Outcome o = outcomeAt(request, p.withBom(flipped));
            out.add(new Band(Input.SUPPLIER_ORIGIN, s, null, null, Objects.equals(o, outcome) ? null : o, null,
                    !o.equals(outcome)));
        }
        return out;
    }

    /** v × f to at least {@code scale} decimals: money to the cent, rates to ten decimals. */
    private static BigDecimal times(BigDecimal v, double f, int scale) {
        return v == null ? null : v.multiply(BigDecimal.valueOf(f)).setScale(Math.max(scale, v.scale()), RoundingMode.HALF_EVEN);
    }

    private static BigDecimal percent(double fraction) {
        return BigDecimal.valueOf(fraction * 100).setScale(1, RoundingMode.HALF_EVEN);
    }
}
