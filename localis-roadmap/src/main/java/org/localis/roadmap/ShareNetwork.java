package org.localis.roadmap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.localis.bom.Bom;
import org.localis.bom.BomLine;
import org.localis.certificate.CertificateSource;
import org.localis.certificate.SupplierCertificate;
import org.localis.product.Product;
import org.localis.scheme.OriginRule;
import org.localis.scheme.ValueMethod;
import org.localis.scheme.ValueShareScheme;

/**
 * The non-originating value (VNM) of the product as an exact function of the actions in effect, for one
 * assessment date and threshold (a "year group"), following the engine's origin rules line by line
 * ({@code MaterialValuation}): a bought line counts by its origin or certificate; a sub-assembly made
 * abroad counts wholly; one made in the country passes its children's non-originating value through
 * (tracing), or counts nothing when that value is within the roll-up limit of its own value (roll-up).
 *
 * <p>Values never change with actions (unit costs stay as they are), only each line's state: its baseline
 * or one of the localizations aimed at it. Compiled into affine expressions over the action variables where
 * contributions add up, and into an auxiliary variable per sub-assembly where they do not (a sub-assembly
 * that can switch between counting wholly and passing its children through, or whose roll-up test can flip).
 * Every function involved is non-decreasing in the children's non-originating values, so "at least"
 * constraints on the auxiliaries are exact when the model asks for VNM at most a limit.
 */
final class ShareNetwork {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** How a line counts in one state, for given children. */
    sealed interface Kind permits Fixed, Pass, RollUp {
    }

    /** A fixed non-originating value per unit, whatever its children. */
    record Fixed(BigDecimal value) implements Kind {
    }

    /** Made in the country, traced: its children's non-originating value. */
    record Pass() implements Kind {
    }

    /** Made in the country under roll-up: 0 when the children's non-originating value is at most {@code limit}. */
    record RollUp(BigDecimal limit) implements Kind {
    }

    /** An affine expression: constant + sum coef x[action] + sum coef N[aux] (all in currency units). */
    static final class Expr {
        BigDecimal constant = BigDecimal.ZERO;
        final Map<Integer, BigDecimal> x = new LinkedHashMap<>();
        final Map<Integer, BigDecimal> aux = new LinkedHashMap<>();

        boolean isConstant() {
            return x.isEmpty() && aux.isEmpty();
        }

        void add(Expr e, BigDecimal factor) {
            constant = constant.add(e.constant.multiply(factor));
            e.x.forEach((k, v) -> x.merge(k, v.multiply(factor), BigDecimal::add));
            e.aux.forEach((k, v) -> aux.merge(k, v.multiply(factor), BigDecimal::add));
        }

        void addX(int a, BigDecimal c) {
            if (c.signum() != 0) {
                x.merge(a, c, BigDecimal::add);
            }
        }
    }

    /**
     * A sub-assembly line modelled with its own variable N (its non-originating value per unit).
     *
     * @param fixed    sum over its fixed states of value x state indicator
     * @param pass     indicator of a traced state (null when none)
     * @param roll     indicator of a roll-up state (null when none)
     * @param children non-originating value of its children per unit
     * @param high     upper bound of {@code children}
     * @param upper    upper bound of N
     * @param limit    roll-up limit (when {@code roll} is set)
     */
    record Aux(int line, Expr fixed, Expr pass, Expr roll, Expr children, BigDecimal high, BigDecimal upper,
               BigDecimal limit) {
    }

    final Product product;
    final Bom bom;
    final ValueShareScheme scheme;
    final List<Action> actions;
    final int[] lineOf;
    /** Value of one unit of each line (constant). */
    final BigDecimal[] value;
    /** Per line: the actions aimed at it. */
    final List<List<Integer>> onLine = new ArrayList<>();
    /** Per line: kinds of state 0 (baseline) and of each action on it (same order as onLine). */
    final Kind[][] kinds;
    final Expr vnm;
    final List<Aux> auxes = new ArrayList<>();
    /** Decimals that every auxiliary's value needs to be an integer (N in units of 10^-auxScale). */
    int auxScale;
    final BigDecimal material;

    ShareNetwork(Product product, ValueShareScheme scheme, CertificateSource registry, List<Action> actions,
                 int[] lineOf, LocalDate date, BigDecimal threshold) {
        this.product = product;
        this.bom = product.bom();
        this.scheme = scheme;
        this.actions = actions;
        this.lineOf = lineOf;
        int n = bom.size();
        for (int i = 0; i < n; i++) {
            onLine.add(new ArrayList<>());
        }
        for (int a = 0; a < actions.size(); a++) {
            if (lineOf[a] >= 0) {
                onLine.get(lineOf[a]).add(a);
            }
        }
        value = values();
        CertificateSource certs = CertificateSource.of(product.certificates()).orElse(registry);
        boolean rollUp = scheme.originRule() == OriginRule.ROLL_UP;
        kinds = new Kind[n][];
        for (int i = 0; i < n; i++) {
            BomLine l = bom.line(i);
            List<Integer> acts = onLine.get(i);
            kinds[i] = new Kind[acts.size() + 1];
            kinds[i][0] = kind(l, i, l.origin(), l.certificate(), certs, date, rollUp, threshold);
            for (int k = 0; k < acts.size(); k++) {
                LocalizeLine loc = (LocalizeLine) actions.get(acts.get(k));
                kinds[i][k + 1] = kind(l, i, loc.newOrigin(), loc.certificate(), certs, date, rollUp, threshold);
            }
        }
        BigDecimal mat = BigDecimal.ZERO;
        for (int k = 0; k < bom.childCount(Bom.PRODUCT); k++) {
            int li = bom.child(Bom.PRODUCT, k);
            mat = mat.add(bom.line(li).quantity().multiply(value[li]));
        }
        material = mat;
        vnm = compile();
    }

    private BigDecimal[] values() {
        int n = bom.size();
        BigDecimal[] cost = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            BomLine l = bom.line(i);
            String cur = l.currency();
            BigDecimal rate = cur.isEmpty() || cur.equals(product.currency()) ? BigDecimal.ONE : product.rates().get(cur);
            // a missing rate is the engine's error to report; the baseline assessment comes first
            cost[i] = rate == null ? l.unitCost() : l.unitCost().multiply(rate);
        }
        BigDecimal[] v = new BigDecimal[n];
        // children first: a make line's value is its children's value plus its own conversion cost
        for (int p : bom.bottomUpOrder()) {
            BigDecimal cv = BigDecimal.ZERO;
            for (int k = 0; k < bom.childCount(p); k++) {
                int c = bom.child(p, k);
                cv = cv.add(bom.line(c).quantity().multiply(v[c]));
            }
            for (int i : linesOfPart(p)) {
                v[i] = bom.line(i).isMake() ? cv.add(cost[i]) : cost[i];
            }
        }
        return v;
    }

    private Map<Integer, List<Integer>> partLines;

    private List<Integer> linesOfPart(int p) {
        if (partLines == null) {
            partLines = new HashMap<>();
            for (int i = 0; i < bom.size(); i++) {
                partLines.computeIfAbsent(bom.partOf(i), k -> new ArrayList<>()).add(i);
            }
        }
        return partLines.getOrDefault(p, List.of());
    }

    /** The engine's rule for a line with this origin and certificate (MaterialValuation.valueLine). */
    private Kind kind(BomLine l, int i, String origin, String certId, CertificateSource certs, LocalDate date,
                      boolean rollUp, BigDecimal threshold) {
        BigDecimal v = value[i];
        SupplierCertificate cert = certId.isEmpty() ? null : certs.find(certId).orElse(null);
        if (cert != null && (cert.validityOn(date) != SupplierCertificate.Validity.VALID
                || (!cert.part().isEmpty() && !cert.part().equals(l.part())))) {
            cert = null;
        }
        if (cert != null) {
            if (rollUp && cert.originating()) {
                return new Fixed(BigDecimal.ZERO);
            }
            return new Fixed(v.multiply(HUNDRED.subtract(cert.domesticShare())).movePointLeft(2));
        }
        boolean inTerritory = !origin.isEmpty() && scheme.territory().contains(origin);
        if (!l.isMake()) {
            return new Fixed(inTerritory ? BigDecimal.ZERO : v);
        }
        if (!origin.isEmpty() && !inTerritory) {
            return new Fixed(v);
        }
        if (rollUp && v.signum() > 0) {
            // rolls up when (v - cn) x 100 >= T v, or for a cap cn x 100 <= T v: cn <= limit
            BigDecimal limit = scheme.method() == ValueMethod.MAX_NON_ORIGINATING
                    ? threshold.multiply(v).movePointLeft(2) : HUNDRED.subtract(threshold).multiply(v).movePointLeft(2);
            if (limit.signum() >= 0) {
                return new RollUp(limit);
            }
        }
        return new Pass();
    }

    // ------------------------------------------------------------------------------------------------

    private Expr compile() {
        int n = bom.size();
        Expr[] lineExpr = new Expr[n];
        BigDecimal[] lo = new BigDecimal[n];
        BigDecimal[] hi = new BigDecimal[n];
        int[] lineScale = new int[n];
        Expr top = null;
        for (int p : bom.bottomUpOrder()) {
            Expr cn = new Expr();
            BigDecimal cnLo = BigDecimal.ZERO;
            BigDecimal cnHi = BigDecimal.ZERO;
            int cnScale = 0;
            for (int k = 0; k < bom.childCount(p); k++) {
                int c = bom.child(p, k);
                BigDecimal q = bom.line(c).quantity();
                cn.add(lineExpr[c], q);
                cnLo = cnLo.add(q.multiply(lo[c]));
                cnHi = cnHi.add(q.multiply(hi[c]));
                cnScale = Math.max(cnScale, scale(q) + lineScale[c]);
            }
            if (p == Bom.PRODUCT) {
                top = cn;
                continue;
            }
            for (int i : linesOfPart(p)) {
                compileLine(i, cn, cnLo, cnHi, cnScale, lineExpr, lo, hi, lineScale);
            }
        }
        return top;
    }

    private void compileLine(int i, Expr cn, BigDecimal cnLo, BigDecimal cnHi, int cnScale, Expr[] lineExpr,
                             BigDecimal[] lo, BigDecimal[] hi, int[] lineScale) {
        Kind[] ks = kinds[i];
        List<Integer> acts = onLine.get(i);
        // normalize each state against the range of the children
        Kind[] norm = new Kind[ks.length];
        for (int s = 0; s < ks.length; s++) {
            Kind k = ks[s];
            if (k instanceof RollUp r) {
                if (cnHi.compareTo(r.limit()) <= 0) {
                    k = new Fixed(BigDecimal.ZERO);
                } else if (cnLo.compareTo(r.limit()) > 0) {
                    k = new Pass();
                }
            }
            if (k instanceof Pass && cn.isConstant()) {
                k = new Fixed(cn.constant);
            }
            norm[s] = k;
        }
        boolean allFixed = true;
        boolean allPass = true;
        BigDecimal l = null;
        BigDecimal h = null;
        int sc = 0;
        for (Kind k : norm) {
            allFixed &= k instanceof Fixed;
            allPass &= k instanceof Pass;
            BigDecimal kl;
            BigDecimal kh;
            if (k instanceof Fixed f) {
                kl = f.value();
                kh = f.value();
                sc = Math.max(sc, scale(f.value()));
            } else {
                kl = k instanceof Pass ? cnLo : BigDecimal.ZERO;
                kh = cnHi;
                sc = Math.max(sc, cnScale);
            }
            l = l == null ? kl : l.min(kl);
            h = h == null ? kh : h.max(kh);
        }
        lo[i] = l;
        hi[i] = h;
        lineScale[i] = sc;
        if (allFixed) {
            Expr e = new Expr();
            BigDecimal f0 = ((Fixed) norm[0]).value();
            e.constant = f0;
            for (int s = 1; s < norm.length; s++) {
                e.addX(acts.get(s - 1), ((Fixed) norm[s]).value().subtract(f0));
            }
            lineExpr[i] = e;
            return;
        }
        if (allPass) {
            lineExpr[i] = cn;
            return;
        }
        Expr fixed = new Expr();
        Expr pass = null;
        Expr roll = null;
        BigDecimal limit = null;
        for (int s = 0; s < norm.length; s++) {
            Expr ind = indicator(acts, s);
            if (norm[s] instanceof Fixed f) {
                fixed.add(ind, f.value());
            } else if (norm[s] instanceof Pass) {
                pass = pass == null ? new Expr() : pass;
                pass.add(ind, BigDecimal.ONE);
            } else {
                roll = roll == null ? new Expr() : roll;
                roll.add(ind, BigDecimal.ONE);
                limit = ((RollUp) norm[s]).limit();
            }
        }
        int id = auxes.size();
        auxes.add(new Aux(i, fixed, pass, roll, cn, cnHi, h, limit));
        auxScale = Math.max(auxScale, sc);
        Expr e = new Expr();
        e.aux.put(id, BigDecimal.ONE);
        lineExpr[i] = e;
    }

    /** 1 when the line is in state s: the baseline (no action on it) or action s-1 on it. */
    private static Expr indicator(List<Integer> acts, int s) {
        Expr e = new Expr();
        if (s == 0) {
            e.constant = BigDecimal.ONE;
            for (int a : acts) {
                e.x.put(a, BigDecimal.ONE.negate());
            }
        } else {
            e.x.put(acts.get(s - 1), BigDecimal.ONE);
        }
        return e;
    }

    static int scale(BigDecimal v) {
        return Math.max(0, v.stripTrailingZeros().scale());
    }

    boolean additive() {
        return auxes.isEmpty();
    }

    // ------------------------------------------------------------------------------------------------

    /** The exact VNM per product unit with the actions in {@code in}, by the engine's rules (no model). */
    BigDecimal evaluate(boolean[] in) {
        int n = bom.size();
        BigDecimal[] non = new BigDecimal[n];
        BigDecimal top = BigDecimal.ZERO;
        for (int p : bom.bottomUpOrder()) {
            BigDecimal cn = BigDecimal.ZERO;
            for (int k = 0; k < bom.childCount(p); k++) {
                int c = bom.child(p, k);
                cn = cn.add(bom.line(c).quantity().multiply(non[c]));
            }
            if (p == Bom.PRODUCT) {
                top = cn;
                continue;
            }
            for (int i : linesOfPart(p)) {
                Kind k = kinds[i][0];
                List<Integer> acts = onLine.get(i);
                for (int s = 0; s < acts.size(); s++) {
                    if (in[acts.get(s)]) {
                        k = kinds[i][s + 1];
                        break;
                    }
                }
                if (k instanceof Fixed f) {
                    non[i] = f.value();
                } else if (k instanceof RollUp r && cn.signum() > 0 && cn.compareTo(r.limit()) <= 0) {
                    non[i] = BigDecimal.ZERO;
                } else {
                    non[i] = cn;
                }
            }
        }
        return top;
    }

    /** The smallest power of ten that makes every coefficient of these terms an integer. */
    static int scaleOf(Iterable<BigDecimal> values) {
        int s = 0;
        for (BigDecimal v : values) {
            s = Math.max(s, scale(v));
        }
        return s;
    }

    static long exactLong(BigDecimal v) {
        return v.setScale(0, RoundingMode.UNNECESSARY).longValueExact();
    }
}
