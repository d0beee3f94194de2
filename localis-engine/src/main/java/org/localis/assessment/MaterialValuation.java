package org.localis.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

import org.localis.bom.Bom;
import org.localis.bom.BomLine;
import org.localis.certificate.CertificateSource;
import org.localis.certificate.SupplierCertificate;
import org.localis.input.ErrorCollector;
import org.localis.scheme.OriginRule;

/**
 * Values every BOM line and splits it into originating and non-originating value, following the
 * origin rules of {@code shared/spec/formats.md}:
 * <ul>
 *   <li>a {@code buy} line is originating when its origin is in the territory or it carries a valid
 *       certificate that says originating; otherwise its whole value is non-originating;</li>
 *   <li>tracing: a certified line is non-originating for (100 - domestic share)% of its value; a
 *       {@code make} line's non-originating value is the sum over its children, its own conversion
 *       cost being originating;</li>
 *   <li>roll-up: a {@code make} line made in the country whose own content meets the scheme's test
 *       counts as wholly originating; otherwise it is traced. A certified originating line is wholly
 *       originating. A certificate that says not originating counts its certified domestic share (0
 *       unless it states one) under either rule, so roll-up is never less favourable than tracing.</li>
 * </ul>
 * A {@code make} line with an explicit origin outside the territory is a sub-assembly made abroad and
 * is wholly non-originating; with no origin it is made in-house, in the country.
 *
 * <p>Everything is exact ({@link BigDecimal} without rounding); the caller rounds at the end.
 */
final class MaterialValuation {

    enum Basis {
        IN_TERRITORY, FOREIGN, UNKNOWN_ORIGIN, CERT_ORIGINATING, CERT_TRACED, CERT_NON_ORIGINATING,
        ROLLED_UP, TRACED, MADE_ABROAD
    }

    private final Bom bom;
    private final BigDecimal[] unitValue;
    private final BigDecimal[] unitNonOrig;
    private final Basis[] basis;
    private final SupplierCertificate[] certs;
    private final Map<Integer, BigDecimal> rolledUpContent;
    private final RollUpTest rollUpTest;
    private final BigDecimal[] perProduct;
    private final List<String> warnings;
    private final BigDecimal materialValue;
    private final BigDecimal nonOriginatingValue;

    private MaterialValuation(Bom bom, BigDecimal[] unitValue, BigDecimal[] unitNonOrig, Basis[] basis,
                              SupplierCertificate[] certs, List<String> warnings,
                              Map<Integer, BigDecimal> rolledUpContent, RollUpTest rollUpTest) {
        this.bom = bom;
        this.rolledUpContent = rolledUpContent;
        this.rollUpTest = rollUpTest;
        this.unitValue = unitValue;
        this.unitNonOrig = unitNonOrig;
        this.basis = basis;
        this.certs = certs;
        this.warnings = warnings;
        this.perProduct = bom.quantityPerProduct();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal vnm = BigDecimal.ZERO;
        for (int k = 0; k < bom.childCount(Bom.PRODUCT); k++) {
            int li = bom.child(Bom.PRODUCT, k);
            BigDecimal q = bom.line(li).quantity();
            total = total.add(q.multiply(unitValue[li]));
            vnm = vnm.add(q.multiply(unitNonOrig[li]));
        }
        this.materialValue = total;
        this.nonOriginatingValue = vnm;
    }

    /**
     * Test a sub-assembly must pass to roll up: (value of one unit, its non-originating value) -&gt;
     * qualifies. Null under tracing.
     */
    interface RollUpTest extends BiPredicate<BigDecimal, BigDecimal> {
        String describe(BigDecimal value, BigDecimal nonOriginating);

        /** {@link #describe} as a code ({@code BASIS_ROLLED_UP_*}) with its figures. */
        Assessment.Reason why(BigDecimal value, BigDecimal nonOriginating);
    }

    /**
     * @param rates          currency -&gt; rate to the product currency
     * @param errors         collects missing rates (named by BOM file and line)
     */
    static MaterialValuation compute(Bom bom, String productCurrency, Map<String, BigDecimal> rates,
                                     Set<String> territory, OriginRule rule, RollUpTest rollUp,
                                     CertificateSource certificates, LocalDate date, ErrorCollector errors) {
        int n = bom.size();
        BigDecimal[] cost = new BigDecimal[n];
        SupplierCertificate[] certs = new SupplierCertificate[n];
        List<String> warnings = new ArrayList<>();
        Map<String, SupplierCertificate> certCache = new HashMap<>();
        List<String> unknownOrigin = new ArrayList<>();
        int unknownCount = 0;
        for (int i = 0; i < n; i++) {
            BomLine l = bom.line(i);
            cost[i] = convert(l, productCurrency, rates, errors);
            if (!l.certificate().isEmpty()) {
                certs[i] = certificate(l, certificates, date, certCache, warnings);
            }
            if (!l.isMake() && l.origin().isEmpty() && certs[i] == null) {
                if (unknownOrigin.size() < 20) {
                    unknownOrigin.add(l.part() + " (line " + l.line() + ")");
                }
                unknownCount++;
            }
        }
        if (unknownCount > 0) {
            warnings.add(unknownCount + (unknownCount == 1 ? " line has" : " lines have")
                    + " no origin and count as non-originating: " + String.join(", ", unknownOrigin)
                    + (unknownCount > unknownOrigin.size() ? ", ..." : ""));
        }
        if (errors.hasErrors()) {
            return null;
        }

        Walk walk = new Walk(bom, cost, certs, territory, rule, rollUp);
        walk.run();
        return new MaterialValuation(bom, walk.value, walk.nonOrig, walk.basis, certs, warnings, walk.rolled, rollUp);
    }

    /**
     * One bottom-up pass over the part tree. Split into small methods on purpose: the JIT compiles
     * them early, which matters for a one-shot CLI run over a million lines.
     */
    private static final class Walk {
        final Bom bom;
        final BigDecimal[] cost;
        final SupplierCertificate[] certs;
        final Set<String> territory;
        final OriginRule rule;
        final RollUpTest rollUp;
        final BigDecimal[] value;
        final BigDecimal[] nonOrig;
        final Basis[] basis;
        final Map<Integer, BigDecimal> rolled = new HashMap<>();
        /** The territory's two-letter codes by letters ("RU" at ('R' - 'A') * 26 + 'U' - 'A'): no string compared per line. */
        final boolean[] alpha2 = new boolean[26 * 26];
        BigDecimal childValue;
        BigDecimal childNonOrig;

        Walk(Bom bom, BigDecimal[] cost, SupplierCertificate[] certs, Set<String> territory, OriginRule rule,
             RollUpTest rollUp) {
            this.bom = bom;
            this.cost = cost;
            this.certs = certs;
            this.territory = territory;
            this.rule = rule;
            this.rollUp = rollUp;
            for (String code : territory) {
                int k = alpha2Index(code);
                if (k >= 0) {
                    alpha2[k] = true;
                }
            }
            int n = bom.size();
            value = new BigDecimal[n];
            nonOrig = new BigDecimal[n];
            basis = new Basis[n];
        }

        void run() {
            int n = bom.size();
            int parts = bom.partCount();
            // lines grouped by their part: a part's lines are valued once its children are
            int[] partLineStart = new int[parts + 1];
            int[] partLines = new int[n];
            for (int i = 0; i < n; i++) {
                partLineStart[bom.partOf(i) + 1]++;
            }
            for (int p = 0; p < parts; p++) {
                partLineStart[p + 1] += partLineStart[p];
            }
            int[] fill = new int[parts];
            for (int i = 0; i < n; i++) {
                int p = bom.partOf(i);
                partLines[partLineStart[p] + fill[p]++] = i;
            }
            for (int p : bom.bottomUpOrder()) {
                sumChildren(p);
                for (int j = partLineStart[p]; j < partLineStart[p + 1]; j++) {
                    valueLine(partLines[j]);
                }
            }
        }

        /** Value and non-originating value of the children of one unit of part {@code p}. */
        private void sumChildren(int p) {
            BigDecimal cv = BigDecimal.ZERO;
            BigDecimal cn = BigDecimal.ZERO;
            int count = bom.childCount(p);
            for (int k = 0; k < count; k++) {
                int c = bom.child(p, k);
                BigDecimal q = bom.line(c).quantity();
                cv = cv.add(q.multiply(value[c]));
                BigDecimal nc = nonOrig[c];
                if (nc.signum() != 0) {
                    cn = cn.add(q.multiply(nc));
                }
            }
            childValue = cv;
            childNonOrig = cn;
        }

        private void valueLine(int i) {
            BomLine l = bom.line(i);
            BigDecimal v = l.isMake() ? childValue.add(cost[i]) : cost[i];
            value[i] = v;
            SupplierCertificate cert = certs[i];
            if (cert != null) {
                certified(i, v, cert);
            } else if (!l.isMake()) {
                bought(i, v, l.origin());
            } else {
                made(i, v, l.origin());
            }
        }

        private void certified(int i, BigDecimal v, SupplierCertificate cert) {
            if (rule == OriginRule.ROLL_UP && cert.originating()) {
                set(i, BigDecimal.ZERO, Basis.CERT_ORIGINATING);
            } else {
                // tracing, or a certificate that says not originating: only the certified domestic
                // share counts (0 by default for a non-originating certificate)
                BigDecimal foreignShare = BigDecimal.valueOf(100).subtract(cert.domesticShare());
                set(i, v.multiply(foreignShare).movePointLeft(2),
                        cert.originating() || cert.domesticShare().signum() > 0 ? Basis.CERT_TRACED : Basis.CERT_NON_ORIGINATING);
            }
        }

        /** Whether {@code origin} is in the territory (as {@code territory.contains}). */
        private boolean inTerritory(String origin) {
            int k = alpha2Index(origin);
            return k >= 0 ? alpha2[k] : territory.contains(origin);
        }

        private static int alpha2Index(String code) {
            if (code.length() != 2) {
                return -1;
            }
            char a = code.charAt(0);
            char b = code.charAt(1);
            return a >= 'A' && a <= 'Z' && b >= 'A' && b <= 'Z' ? (a - 'A') * 26 + (b - 'A') : -1;
        }

        private void bought(int i, BigDecimal v, String origin) {
            if (origin.isEmpty()) {
                set(i, v, Basis.UNKNOWN_ORIGIN);
            } else if (inTerritory(origin)) {
                set(i, BigDecimal.ZERO, Basis.IN_TERRITORY);
            } else {
                set(i, v, Basis.FOREIGN);
            }
        }

        private void made(int i, BigDecimal v, String origin) {
            BigDecimal cn = childNonOrig;
            if (!origin.isEmpty() && !inTerritory(origin)) {
                set(i, v, Basis.MADE_ABROAD);
            } else if (rule == OriginRule.ROLL_UP && rollUp != null && v.signum() > 0 && cn.signum() > 0
                    && rollUp.test(v, cn)) {
                set(i, BigDecimal.ZERO, Basis.ROLLED_UP);
                rolled.put(i, cn);
            } else {
                set(i, cn, Basis.TRACED);
            }
        }

        private void set(int i, BigDecimal non, Basis b) {
            nonOrig[i] = non;
            basis[i] = b;
        }
    }

    private static BigDecimal convert(BomLine l, String productCurrency, Map<String, BigDecimal> rates,
                                      ErrorCollector errors) {
        String cur = l.currency();
        if (cur.isEmpty() || cur.equals(productCurrency)) {
            return l.unitCost();
        }
        BigDecimal rate = rates.get(cur);
        if (rate == null) {
            errors.add(l.line(), "currency", "no rate from " + cur + " to " + productCurrency
                    + " (give one in rates.csv, listed as rates: in product.yaml)");
            return BigDecimal.ZERO;
        }
        return l.unitCost().multiply(rate);
    }

    private static SupplierCertificate certificate(BomLine l, CertificateSource source, LocalDate date,
                                                   Map<String, SupplierCertificate> cache, List<String> warnings) {
        String id = l.certificate();
        SupplierCertificate c = cache.containsKey(id) ? cache.get(id) : source.find(id).orElse(null);
        cache.putIfAbsent(id, c);
        if (c == null) {
            warnings.add(l.part() + " (line " + l.line() + "): certificate " + id
                    + " was not found; the line is treated as uncertified");
            return null;
        }
        SupplierCertificate.Validity v = c.validityOn(date);
        if (v != SupplierCertificate.Validity.VALID) {
            warnings.add(l.part() + " (line " + l.line() + "): certificate " + id + " is " + v.describe() + " on " + date
                    + " (valid " + c.validFrom() + " to " + c.validTo() + "); the line is treated as uncertified");
            return null;
        }
        if (!c.part().isEmpty() && !c.part().equals(l.part())) {
            warnings.add(l.part() + " (line " + l.line() + "): certificate " + id + " covers part " + c.part()
                    + ", not " + l.part() + "; the line is treated as uncertified");
            return null;
        }
        return c;
    }

    List<String> warnings() {
        return warnings;
    }

    BigDecimal materialValue() {
        return materialValue;
    }

    BigDecimal nonOriginatingValue() {
        return nonOriginatingValue;
    }

    /** How many of line {@code i} one product unit contains (its quantity times its parent's). */
    BigDecimal lineQuantityPerProduct(int i) {
        BigDecimal parentQty = perProduct[bom.parentOf(i)];
        BigDecimal q = bom.line(i).quantity();
        return parentQty.compareTo(BigDecimal.ONE) == 0 ? q : q.multiply(parentQty);
    }

    /** Value of one unit of line {@code i}. */
    BigDecimal unitValue(int i) {
        return unitValue[i];
    }

    /** Non-originating value of one unit of line {@code i}. */
    BigDecimal unitNonOriginating(int i) {
        return unitNonOrig[i];
    }

    // the reason of a line by its origin, written once per country (no key built per line)
    // (concurrent: the JSON of a large result is written by two threads, see AssessmentJson)
    private final Map<String, String> inTerritory = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, String> foreign = new java.util.concurrent.ConcurrentHashMap<>();

    /** Plain-language reason for how line {@code i} counts. */
    String basis(int i) {
        BomLine l = bom.line(i);
        SupplierCertificate c = certs[i];
        return switch (basis[i]) {
            case IN_TERRITORY -> inTerritory.computeIfAbsent(l.origin(), o -> "origin " + o + " is in the territory");
            case FOREIGN -> foreign.computeIfAbsent(l.origin(), o -> "origin " + o + " is outside the territory");
            case UNKNOWN_ORIGIN -> "origin unknown: counted as non-originating";
            case CERT_ORIGINATING -> "certificate " + c.id() + " says originating: wholly originating";
            case CERT_NON_ORIGINATING -> "certificate " + c.id() + " says not originating";
            case CERT_TRACED -> "certificate " + c.id() + ": domestic share " + c.domesticShare().stripTrailingZeros().toPlainString()
                    + "%, the rest non-originating (tracing)";
            case ROLLED_UP -> "sub-assembly made in the country qualifies on its own ("
                    + rollUpTest.describe(unitValue[i], rolledUpContent.get(i)) + "): wholly originating (roll-up)";
            case TRACED -> "sub-assembly made in the country: non-originating content of its lines counts, "
                    + "its own conversion cost is originating";
            case MADE_ABROAD -> "sub-assembly made abroad (" + l.origin() + "): wholly non-originating";
        };
    }

    private static final Assessment.Reason UNKNOWN_ORIGIN = Assessment.Reason.of(Assessment.ReasonCode.BASIS_UNKNOWN_ORIGIN);
    private static final Assessment.Reason TRACED = Assessment.Reason.of(Assessment.ReasonCode.BASIS_TRACED);
    private final Map<String, Assessment.Reason> inTerritoryWhy = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Assessment.Reason> foreignWhy = new java.util.concurrent.ConcurrentHashMap<>();

    /** {@link #basis(int)} as a code with its figures, the same figures as the sentence writes them. */
    Assessment.Reason basisWhy(int i) {
        BomLine l = bom.line(i);
        SupplierCertificate c = certs[i];
        return switch (basis[i]) {
            case IN_TERRITORY -> inTerritoryWhy.computeIfAbsent(l.origin(),
                    o -> Assessment.Reason.of(Assessment.ReasonCode.BASIS_IN_TERRITORY, o));
            case FOREIGN -> foreignWhy.computeIfAbsent(l.origin(),
                    o -> Assessment.Reason.of(Assessment.ReasonCode.BASIS_FOREIGN, o));
            case UNKNOWN_ORIGIN -> UNKNOWN_ORIGIN;
            case CERT_ORIGINATING -> Assessment.Reason.of(Assessment.ReasonCode.BASIS_CERT_ORIGINATING, c.id());
            case CERT_NON_ORIGINATING -> Assessment.Reason.of(Assessment.ReasonCode.BASIS_CERT_NON_ORIGINATING, c.id());
            case CERT_TRACED -> Assessment.Reason.of(Assessment.ReasonCode.BASIS_CERT_TRACED, c.id(),
                    c.domesticShare().stripTrailingZeros().toPlainString());
            case ROLLED_UP -> rollUpTest.why(unitValue[i], rolledUpContent.get(i));
            case TRACED -> TRACED;
            case MADE_ABROAD -> Assessment.Reason.of(Assessment.ReasonCode.BASIS_MADE_ABROAD, l.origin());
        };
    }
}
