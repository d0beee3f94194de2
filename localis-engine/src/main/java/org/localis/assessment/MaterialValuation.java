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
import org.localis.bom.DecimalColumn;
import org.localis.certificate.CertificateSource;
import org.localis.certificate.SupplierCertificate;
import org.localis.input.Alongside;
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
    private final DecimalColumn unitValue;
    private final DecimalColumn unitNonOrig;
    private final Basis[] basis;
    private final SupplierCertificate[] certs;
    private final Map<Integer, BigDecimal> rolledUpContent;
    private final RollUpTest rollUpTest;
    private final DecimalColumn quantity;
    private final DecimalColumn perProduct;
    private final WarningList warnings;
    private final BigDecimal materialValue;
    private final BigDecimal nonOriginatingValue;

    private MaterialValuation(Bom bom, DecimalColumn quantity, DecimalColumn unitValue, DecimalColumn unitNonOrig, Basis[] basis,
                              SupplierCertificate[] certs, WarningList warnings,
                              Map<Integer, BigDecimal> rolledUpContent, RollUpTest rollUpTest, DecimalColumn perProduct) {
        this.bom = bom;
        this.rolledUpContent = rolledUpContent;
        this.rollUpTest = rollUpTest;
        this.unitValue = unitValue;
        this.unitNonOrig = unitNonOrig;
        this.basis = basis;
        this.certs = certs;
        this.warnings = warnings;
        this.quantity = quantity;
        this.perProduct = perProduct;
        ExactSum total = new ExactSum();
        ExactSum vnm = new ExactSum();
        for (int k = 0; k < bom.childCount(Bom.PRODUCT); k++) {
            int li = bom.child(Bom.PRODUCT, k);
            Walk.addProduct(total, quantity, unitValue, li);
            Walk.addProduct(vnm, quantity, unitNonOrig, li);
        }
        this.materialValue = total.toBigDecimal();
        this.nonOriginatingValue = vnm.toBigDecimal();
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
        return compute(bom, productCurrency, rates, territory, rule, rollUp, certificates, date, errors,
                bom.size() >= ALONGSIDE_FROM && Runtime.getRuntime().availableProcessors() > 1);
    }

    /** As above; {@code alongside}: with a second thread (the same valuation either way). */
    static MaterialValuation compute(Bom bom, String productCurrency, Map<String, BigDecimal> rates,
                                     Set<String> territory, OriginRule rule, RollUpTest rollUp,
                                     CertificateSource certificates, LocalDate date, ErrorCollector errors,
                                     boolean alongside) {
        int n = bom.size();
        DecimalColumn quantity = bom.quantities();
        // On a large BOM a second thread looks at the second half of the lines (below), then sums the quantities per
        // product unit (top-down: they need nothing of the bottom-up walk) while this thread values the lines.
        java.util.concurrent.FutureTask<DecimalColumn> perProduct = new java.util.concurrent.FutureTask<>(
                () -> quantityPerProduct(bom, quantity));
        int half = alongside ? n / 2 : n;
        boolean[] alpha2 = Walk.alpha2(territory);
        byte[] kinds = new byte[n]; // what the walk needs of each line, so that it reads no line object
        java.util.concurrent.FutureTask<int[]> secondHalf = new java.util.concurrent.FutureTask<>(
                () -> kinds(bom, half, n, kinds, alpha2, territory, productCurrency));
        if (alongside) {
            Alongside.start("localis-valuation-side", () -> {
                secondHalf.run();
                perProduct.run();
            });
        }
        int[] special = kinds(bom, 0, half, kinds, alpha2, territory, productCurrency);
        int[] specialAfter = half < n ? Alongside.result(secondHalf) : new int[0];
        // the lines with a currency to convert or a certificate, in file order: errors and warnings in that order
        DecimalColumn cost = bom.unitCosts();
        SupplierCertificate[] certs = new SupplierCertificate[n];
        WarningList warnings = new WarningList();
        Map<String, SupplierCertificate> certCache = new HashMap<>();
        for (int[] list : new int[][] {special, specialAfter}) {
            for (int i : list) {
                BomLine l = bom.line(i);
                if (needsConversion(l, productCurrency)) {
                    if (cost == bom.unitCosts()) {
                        cost = cost.copy(); // the BOM's own is frozen
                    }
                    cost.set(i, convert(l, productCurrency, rates, errors));
                }
                if (!l.certificate().isEmpty()) {
                    certs[i] = certificate(l, certificates, date, certCache, warnings);
                }
            }
        }
        List<String> unknownOrigin = new ArrayList<>();
        List<Assessment.Reason> unknownWhy = new ArrayList<>();
        int unknownCount = 0;
        for (int i = 0; i < n; i++) { // bought, no origin, no valid certificate
            if ((kinds[i] & (Walk.MAKE | Walk.NO_ORIGIN)) == Walk.NO_ORIGIN && certs[i] == null) {
                if (unknownOrigin.size() < 20) {
                    BomLine l = bom.line(i);
                    unknownOrigin.add(l.part() + " (line " + l.line() + ")");
                    unknownWhy.add(Assessment.Reason.of(Assessment.ReasonCode.WARN_LINE, l.part(), String.valueOf(l.line())));
                }
                unknownCount++;
            }
        }
        if (unknownCount > 0) {
            warnings.add(unknownCount + (unknownCount == 1 ? " line has" : " lines have")
                    + " no origin and count as non-originating: " + String.join(", ", unknownOrigin)
                    + (unknownCount > unknownOrigin.size() ? ", ..." : ""),
                    new Assessment.Reason(Assessment.ReasonCode.WARN_NO_ORIGIN, List.of(String.valueOf(unknownCount)), unknownWhy));
        }
        if (errors.hasErrors()) {
            return null;
        }

        Walk walk = new Walk(bom, quantity, cost, certs, kinds, rule, rollUp);
        walk.run();
        return new MaterialValuation(bom, quantity, walk.value, walk.nonOrig, walk.basis, certs, warnings, walk.rolled,
                rollUp, Alongside.result(perProduct));
    }

    /**
     * One bottom-up pass over the part tree. Split into small methods on purpose: the JIT compiles
     * them early, which matters for a one-shot CLI run over a million lines. The amounts are unscaled longs
     * and scales ({@link DecimalColumn}, {@link ExactSum}): the same exact values as {@code BigDecimal}
     * arithmetic, without an object per step; an amount that outgrows a long goes on as a {@code BigDecimal}.
     */
    private static final class Walk {
        final Bom bom;
        final DecimalColumn quantity;
        final DecimalColumn cost;
        final SupplierCertificate[] certs;
        final byte[] kinds;
        final OriginRule rule;
        final RollUpTest rollUp;
        final DecimalColumn value;
        final DecimalColumn nonOrig;
        final Basis[] basis;
        final Map<Integer, BigDecimal> rolled = new HashMap<>();
        final ExactSum childValue = new ExactSum();
        final ExactSum childNonOrig = new ExactSum();
        final ExactSum lineValue = new ExactSum();

        /** A line's kind: a make line. */
        static final byte MAKE = 1;
        /** A line's kind: its origin is empty. */
        static final byte NO_ORIGIN = 2;
        /** A line's kind: its origin is in the territory. */
        static final byte IN_TERRITORY = 4;

        Walk(Bom bom, DecimalColumn quantity, DecimalColumn cost, SupplierCertificate[] certs, byte[] kinds,
             OriginRule rule, RollUpTest rollUp) {
            this.bom = bom;
            this.quantity = quantity;
            this.cost = cost;
            this.certs = certs;
            this.kinds = kinds;
            this.rule = rule;
            this.rollUp = rollUp;
            int n = bom.size();
            value = new DecimalColumn(n);
            nonOrig = new DecimalColumn(n);
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
            ExactSum cv = childValue;
            ExactSum cn = childNonOrig;
            cv.clear();
            cn.clear();
            int count = bom.childCount(p);
            for (int k = 0; k < count; k++) {
                int c = bom.child(p, k);
                addProduct(cv, quantity, value, c);
                if (nonOrig.signum(c) != 0) { // as BigDecimal did: a zero term would raise the sum's scale
                    addProduct(cn, quantity, nonOrig, c);
                }
            }
        }

        /** {@code sum += quantity[i] × amounts[i]}. */
        static void addProduct(ExactSum sum, DecimalColumn quantity, DecimalColumn amounts, int i) {
            if (quantity.fits(i) && amounts.fits(i)) {
                sum.addProduct(quantity.unscaled(i), quantity.scale(i), amounts.unscaled(i), amounts.scale(i));
            } else {
                sum.addProduct(quantity.get(i), amounts.get(i));
            }
        }

        private void valueLine(int i) {
            int kind = kinds[i];
            boolean make = (kind & MAKE) != 0;
            if (make) { // the children's value plus this level's cost (1 × cost: the same value and scale)
                ExactSum v = lineValue;
                v.copy(childValue);
                if (cost.fits(i)) {
                    v.addProduct(1, 0, cost.unscaled(i), cost.scale(i));
                } else {
                    v.addProduct(BigDecimal.ONE, cost.get(i));
                }
                v.storeIn(value, i);
            } else {
                value.copy(i, cost, i);
            }
            SupplierCertificate cert = certs[i];
            if (cert != null) {
                certified(i, value.get(i), cert);
            } else if (!make) {
                bought(i, kind);
            } else {
                made(i, kind);
            }
        }

        private void certified(int i, BigDecimal v, SupplierCertificate cert) {
            if (rule == OriginRule.ROLL_UP && cert.originating()) {
                zero(i, Basis.CERT_ORIGINATING);
            } else {
                // tracing, or a certificate that says not originating: only the certified domestic
                // share counts (0 by default for a non-originating certificate)
                BigDecimal foreignShare = BigDecimal.valueOf(100).subtract(cert.domesticShare());
                nonOrig.set(i, v.multiply(foreignShare).movePointLeft(2));
                basis[i] = cert.originating() || cert.domesticShare().signum() > 0 ? Basis.CERT_TRACED
                        : Basis.CERT_NON_ORIGINATING;
            }
        }

        /**
         * The territory's two-letter codes by letters ("RU" at ('R' - 'A') * 26 + 'U' - 'A'): no string compared per
         * line.
         */
        static boolean[] alpha2(Set<String> territory) {
            boolean[] alpha2 = new boolean[26 * 26];
            for (String code : territory) {
                int k = alpha2Index(code);
                if (k >= 0) {
                    alpha2[k] = true;
                }
            }
            return alpha2;
        }

        /** The kind of a line: {@link #MAKE}, {@link #NO_ORIGIN}, {@link #IN_TERRITORY} (as {@code territory.contains}). */
        static byte kind(BomLine l, boolean[] alpha2, Set<String> territory) {
            String origin = l.origin();
            int k = alpha2Index(origin);
            boolean in = k >= 0 ? alpha2[k] : territory.contains(origin);
            return (byte) ((l.isMake() ? MAKE : 0) | (origin.isEmpty() ? NO_ORIGIN : 0) | (in ? IN_TERRITORY : 0));
        }

        private static int alpha2Index(String code) {
            if (code.length() != 2) {
                return -1;
            }
            char a = code.charAt(0);
            char b = code.charAt(1);
            return a >= 'A' && a <= 'Z' && b >= 'A' && b <= 'Z' ? (a - 'A') * 26 + (b - 'A') : -1;
        }

        private void bought(int i, int kind) {
            if ((kind & NO_ORIGIN) != 0) {
                wholly(i, Basis.UNKNOWN_ORIGIN);
            } else if ((kind & IN_TERRITORY) != 0) {
                zero(i, Basis.IN_TERRITORY);
            } else {
                wholly(i, Basis.FOREIGN);
            }
        }

        private void made(int i, int kind) {
            ExactSum cn = childNonOrig;
            if ((kind & (NO_ORIGIN | IN_TERRITORY)) == 0) {
                wholly(i, Basis.MADE_ABROAD);
            } else if (rule == OriginRule.ROLL_UP && rollUp != null && value.signum(i) > 0 && cn.signum() > 0
                    && rollUp.test(value.get(i), cn.toBigDecimal())) {
                zero(i, Basis.ROLLED_UP);
                rolled.put(i, cn.toBigDecimal());
            } else {
                cn.storeIn(nonOrig, i);
                basis[i] = Basis.TRACED;
            }
        }

        /** The whole value of line {@code i} is non-originating. */
        private void wholly(int i, Basis b) {
            nonOrig.copy(i, value, i);
            basis[i] = b;
        }

        /** None of line {@code i} is non-originating ({@code BigDecimal.ZERO}). */
        private void zero(int i, Basis b) {
            nonOrig.set(i, 0, 0);
            basis[i] = b;
        }
    }

    /**
     * The kinds of lines {@code [from, to)} into {@code kinds}; returns the indexes of those among them with a currency
     * to convert or a certificate to look up, in order.
     */
    private static int[] kinds(Bom bom, int from, int to, byte[] kinds, boolean[] alpha2, Set<String> territory,
                               String productCurrency) {
        int[] special = new int[16];
        int count = 0;
        for (int i = from; i < to; i++) {
            BomLine l = bom.line(i);
            kinds[i] = Walk.kind(l, alpha2, territory);
            if (needsConversion(l, productCurrency) || !l.certificate().isEmpty()) {
                if (count == special.length) {
                    special = java.util.Arrays.copyOf(special, count * 2);
                }
                special[count++] = i;
            }
        }
        return java.util.Arrays.copyOf(special, count);
    }

    /** BOMs of at least this many lines are looked at on two threads (see {@link #compute}). */
    static final int ALONGSIDE_FROM = 100_000;

    private static boolean needsConversion(BomLine l, String productCurrency) {
        String cur = l.currency();
        return !cur.isEmpty() && !cur.equals(productCurrency);
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
                                                   Map<String, SupplierCertificate> cache, WarningList warnings) {
        String id = l.certificate();
        SupplierCertificate c = cache.containsKey(id) ? cache.get(id) : source.find(id).orElse(null);
        cache.putIfAbsent(id, c);
        if (c == null) {
            warnings.add(l.part() + " (line " + l.line() + "): certificate " + id
                    + " was not found; the line is treated as uncertified",
                    Assessment.Reason.of(Assessment.ReasonCode.WARN_CERT_NOT_FOUND, l.part(), String.valueOf(l.line()), id));
            return null;
        }
        SupplierCertificate.Validity v = c.validityOn(date);
        if (v != SupplierCertificate.Validity.VALID) {
            warnings.add(l.part() + " (line " + l.line() + "): certificate " + id + " is " + v.describe() + " on " + date
                    + " (valid " + c.validFrom() + " to " + c.validTo() + "); the line is treated as uncertified",
                    Assessment.Reason.of(Assessment.ReasonCode.WARN_CERT_NOT_VALID, l.part(), String.valueOf(l.line()), id,
                            v.describe(), String.valueOf(date), String.valueOf(c.validFrom()), String.valueOf(c.validTo())));
            return null;
        }
        if (!c.part().isEmpty() && !c.part().equals(l.part())) {
            warnings.add(l.part() + " (line " + l.line() + "): certificate " + id + " covers part " + c.part()
                    + ", not " + l.part() + "; the line is treated as uncertified",
                    Assessment.Reason.of(Assessment.ReasonCode.WARN_CERT_OTHER_PART, l.part(), String.valueOf(l.line()), id, c.part()));
            return null;
        }
        return c;
    }

    WarningList warnings() {
        return warnings;
    }

    BigDecimal materialValue() {
        return materialValue;
    }

    BigDecimal nonOriginatingValue() {
        return nonOriginatingValue;
    }

    /**
     * {@link Bom#quantityPerProduct()} in longs where they fit: every part's quantity per product unit, summed
     * over its lines top-down, the same values and scales.
     */
    private static DecimalColumn quantityPerProduct(Bom bom, DecimalColumn quantity) {
        DecimalColumn q = new DecimalColumn(bom.partCount()); // BigDecimal.ZERO each
        q.set(Bom.PRODUCT, 1, 0);
        int[] order = bom.bottomUpOrder();
        ExactSum sum = new ExactSum();
        for (int k = order.length - 1; k >= 0; k--) {
            int p = order[k];
            if (q.signum(p) == 0) {
                continue;
            }
            for (int j = 0; j < bom.childCount(p); j++) {
                int li = bom.child(p, j);
                int c = bom.partOf(li);
                sum.load(q, c);
                if (q.fits(p) && quantity.fits(li)) {
                    sum.addProduct(q.unscaled(p), q.scale(p), quantity.unscaled(li), quantity.scale(li));
                } else {
                    sum.addProduct(q.get(p), quantity.get(li));
                }
                sum.storeIn(q, c);
            }
        }
        return q;
    }

    /** How many of line {@code i} one product unit contains (its quantity times its parent's). */
    BigDecimal lineQuantityPerProduct(int i) {
        int parent = bom.parentOf(i);
        if (isOne(perProduct, parent)) {
            return quantity.get(i);
        }
        ExactSum q = new ExactSum();
        q.load(quantity, i);
        q.multiply(perProduct, parent);
        return q.toBigDecimal();
    }

    /** What {@link #roundedCents} gives when the figure is not a long of at most 18 digits. */
    static final long NO_CENTS = Long.MIN_VALUE;
    private static final long MAX_CENTS = 999_999_999_999_999_999L; // 18 digits: BigDecimal precision <= 18

    /**
     * Line {@code i}'s value and non-originating value per product unit in cents, without an object: {@code out[0]}
     * is {@code unitValue(i) × lineQuantityPerProduct(i)} and {@code out[1]} {@code unitNonOriginating(i) ×
     * lineQuantityPerProduct(i)} (0 when the unit's is 0), each rounded half up to two decimals — the unscaled values
     * of the amounts {@link LineResults#get} makes with {@code BigDecimal}. False (and {@code out} unspecified) when a
     * factor, a product or a result does not fit a long, or a result has more than 18 digits: then only
     * {@link LineResults#get} has them.
     */
    boolean lineCents(int i, long[] out) {
        int parent = bom.parentOf(i);
        if (!quantity.fits(i) || !unitValue.fits(i) || !unitNonOrig.fits(i) || !perProduct.fits(parent)) {
            return false;
        }
        long qu = quantity.unscaled(i);
        int qs = quantity.scale(i);
        if (!isOne(perProduct, parent)) { // 1 × q is q whatever the scale: the rounded figure is the same
            long pu = perProduct.unscaled(parent);
            long hi = Math.multiplyHigh(qu, pu);
            long lo = qu * pu;
            if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                return false;
            }
            qu = lo;
            qs += perProduct.scale(parent);
        }
        long value = roundedCents(unitValue.unscaled(i), unitValue.scale(i), qu, qs);
        if (value == NO_CENTS) {
            return false;
        }
        long nonUnscaled = unitNonOrig.unscaled(i);
        long non = nonUnscaled == 0 ? 0 : roundedCents(nonUnscaled, unitNonOrig.scale(i), qu, qs);
        if (non == NO_CENTS) {
            return false;
        }
        out[0] = value;
        out[1] = non;
        return true;
    }

    /**
     * {@code (au × 10^-as) × (bu × 10^-bs)} rounded half up (away from zero at a half) to two decimals, as
     * {@code multiply(...).setScale(2, RoundingMode.HALF_UP)}, as its unscaled long; {@link #NO_CENTS} when the product
     * does not fit a long, the rounding step does not, or the result has more than 18 digits.
     */
    static long roundedCents(long au, int as, long bu, int bs) {
        long hi = Math.multiplyHigh(au, bu);
        long p = au * bu;
        if (!((hi == 0 && p >= 0) || (hi == -1 && p < 0))) {
            return NO_CENTS;
        }
        int s = as + bs;
        long cents;
        if (p == 0) {
            cents = 0;
        } else if (s <= 2) {
            cents = ExactSum.raise(p, 2 - s); // Long.MIN_VALUE (NO_CENTS) when it does not fit
        } else if (s - 2 > 18) {
            return NO_CENTS; // below a cent by up to 19+ digits: left to BigDecimal
        } else {
            long d = ExactSum.raise(1, s - 2);
            long q = p / d;
            long r = p % d;
            if (Math.abs(r) >= d - Math.abs(r)) { // |r| >= d / 2, exactly
                q += p < 0 ? -1 : 1;
            }
            cents = q;
        }
        return cents == NO_CENTS || cents > MAX_CENTS || cents < -MAX_CENTS ? NO_CENTS : cents;
    }

    /**
     * Sets {@code key} to line {@code i}'s non-originating value per product unit, unrounded
     * ({@code unitNonOriginating(i) × lineQuantityPerProduct(i)}), without an object when it fits a long.
     */
    void nonOriginatingPerProduct(int i, ExactSum key) {
        key.load(unitNonOrig, i);
        key.multiply(quantity, i);
        int parent = bom.parentOf(i);
        if (!isOne(perProduct, parent)) {
            key.multiply(perProduct, parent);
        }
    }

    /** Whether {@code column[i]} is numerically 1 (as {@code compareTo(BigDecimal.ONE) == 0}). */
    private static boolean isOne(DecimalColumn column, int i) {
        if (!column.fits(i)) {
            return column.get(i).compareTo(BigDecimal.ONE) == 0;
        }
        int s = column.scale(i);
        return s >= 0 && ExactSum.raise(1, s) == column.unscaled(i);
    }

    /** Value of one unit of line {@code i}. */
    BigDecimal unitValue(int i) {
        return unitValue.get(i);
    }

    /** Non-originating value of one unit of line {@code i}. */
    BigDecimal unitNonOriginating(int i) {
        return unitNonOrig.get(i);
    }

    /** The sign of {@link #unitNonOriginating} (without making the number). */
    int unitNonOriginatingSignum(int i) {
        return unitNonOrig.signum(i);
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
                    + rollUpTest.describe(unitValue.get(i), rolledUpContent.get(i)) + "): wholly originating (roll-up)";
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
            case ROLLED_UP -> rollUpTest.why(unitValue.get(i), rolledUpContent.get(i));
            case TRACED -> TRACED;
            case MADE_ABROAD -> Assessment.Reason.of(Assessment.ReasonCode.BASIS_MADE_ABROAD, l.origin());
        };
    }
}
