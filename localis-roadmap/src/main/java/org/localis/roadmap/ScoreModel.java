package org.localis.roadmap;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
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
import org.localis.product.Product;
import org.localis.scheme.Criterion;
import org.localis.scheme.Period;
import org.localis.scheme.PointsScheme;
import org.localis.scheme.Scheme;
import org.localis.scheme.ValueMethod;
import org.localis.scheme.ValueShareScheme;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.LinearExprBuilder;

/**
 * The score of a set of actions in a year as the integer program sees it, in scaled integers ("progress":
 * higher is always better). Points schemes are modelled exactly (criteria, prerequisites, availability and
 * mandatory criteria); value-share schemes as the reduction of the non-originating value, each action
 * contributing what the engine says it contributes on its own (see docs/roadmap.md).
 */
abstract sealed class ScoreModel permits ScoreModel.Points, ScoreModel.Share {

    static final MathContext MC = new MathContext(34, RoundingMode.HALF_UP);
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final int MAX_SCALE = 6;

    final Instance inst;
    /** Scaled required progress per year, or Long.MIN_VALUE when the year has no target. */
    final long[] required;
    /** Whether the year's target needs mandatory criteria met (a tier target under a points scheme). */
    final boolean[] needsPass;
    long scaleFactor = 1;
    int scale;
    /** True when some coefficient had to be rounded (the engine check then matters more). */
    boolean rounded;

    ScoreModel(Instance inst) {
        this.inst = inst;
        required = new long[inst.yearCount];
        needsPass = new boolean[inst.yearCount];
    }

    static ScoreModel of(Instance inst) {
        return inst.scheme instanceof PointsScheme ? new Points(inst) : new Share(inst);
    }

    /** The level a target asks for in year t, in scheme units (for a tier: threshold plus or minus margin). */
    BigDecimal level(Target target, int t) {
        Scheme s = inst.scheme;
        if (target instanceof Target.Score sc) {
            return sc.value();
        }
        Period period = s.periodFor(inst.year(t)).orElseThrow();
        BigDecimal margin = s.tiers().get(inst.rank(((Target.Tier) target).id())).margin();
        return s.lowerIsBetter() ? period.threshold().subtract(margin) : period.threshold().add(margin);
    }

    boolean hasTarget(int t) {
        return required[t] != Long.MIN_VALUE;
    }

    /** Model progress of a set in year t. */
    abstract long progress(boolean[] in, int t);

    /** Mandatory criteria not met (0 unless the year's target needs a pass). */
    abstract int mandatoryUnmet(boolean[] in, int t);

    /** Scaled progress a score level needs in year t. */
    abstract long progressFor(BigDecimal level, int t);

    /** Progress shown in scheme units (points, or percent), two decimals. */
    abstract BigDecimal display(long progress, int t);

    /** Adds the year-t score to a model; x[a] is null when a cannot be in effect. Mandatory criteria too if asked. */
    abstract LinearExprBuilder build(CpModel model, BoolVar[] x, int t, boolean mandatory);

    /** Whether dropping an action can only lower the engine score (then a failing set's subsets fail too). */
    abstract boolean monotone();

    boolean meets(boolean[] in, int t) {
        return !hasTarget(t) || (progress(in, t) >= required[t] && (!needsPass[t] || mandatoryUnmet(in, t) == 0));
    }

    /** Shortfall of a set in year t; each unmet mandatory criterion counts as a whole requirement. */
    long deficit(boolean[] in, int t) {
        if (!hasTarget(t)) {
            return 0;
        }
        long d = Math.max(0, required[t] - progress(in, t));
        if (needsPass[t]) {
            d += (long) mandatoryUnmet(in, t) * Math.max(1, Math.abs(required[t]));
        }
        return d;
    }

    /** The deficit of {@code in} plus {@code bundle} in year t; {@code progressNow} is the progress of {@code in}. */
    long deficitWith(boolean[] in, long progressNow, List<Integer> bundle, int t) {
        for (int b : bundle) {
            in[b] = true;
        }
        long d = deficit(in, t);
        for (int b : bundle) {
            in[b] = false;
        }
        return d;
    }

    static long scaled(BigDecimal v, long factor, RoundingMode mode) {
        return v.multiply(BigDecimal.valueOf(factor)).setScale(0, mode).longValueExact();
    }

    // ------------------------------------------------------------------------------------------------

    /** Points: exact. A criterion earns when its operation and every prerequisite are performed. */
    static final class Points extends ScoreModel {
        private final PointsScheme ps;
        private final List<String> codes = new ArrayList<>();
        private final Map<String, Integer> codeIndex = new HashMap<>();
        private final boolean[] basePerformed;
        private final int[][] opActions;
        private final int[] actionCode;
        private final long[] points;
        private final int[] critCode;
        private final int[][] critRequires;

        Points(Instance inst) {
            super(inst);
            ps = (PointsScheme) inst.scheme;
            Set<String> all = new LinkedHashSet<>();
            for (Criterion c : ps.criteria()) {
                all.add(c.code());
                all.addAll(c.requires());
            }
            for (String c : all) {
                codeIndex.put(c, codes.size());
                codes.add(c);
            }
            basePerformed = new boolean[codes.size()];
            for (int i = 0; i < codes.size(); i++) {
                basePerformed[i] = inst.problem.product().operations().performed(codes.get(i));
            }
            actionCode = new int[inst.n];
            List<List<Integer>> ops = new ArrayList<>();
            codes.forEach(c -> ops.add(new ArrayList<>()));
            for (int a = 0; a < inst.n; a++) {
                actionCode[a] = -1;
                if (inst.actions.get(a) instanceof AddOperation o && codeIndex.containsKey(o.code())) {
                    actionCode[a] = codeIndex.get(o.code());
                    ops.get(actionCode[a]).add(a);
                }
            }
            opActions = new int[codes.size()][];
            for (int i = 0; i < codes.size(); i++) {
                opActions[i] = ops.get(i).stream().mapToInt(Integer::intValue).toArray();
            }
            int sc = 0;
            for (Criterion c : ps.criteria()) {
                sc = Math.max(sc, c.points().stripTrailingZeros().scale());
            }
            for (int t = 0; t < inst.yearCount; t++) {
                Target tg = inst.target(t);
                if (tg != null) {
                    sc = Math.max(sc, level(tg, t).stripTrailingZeros().scale());
                }
            }
            scale = Math.max(0, Math.min(MAX_SCALE, sc));
            rounded = sc > MAX_SCALE;
            scaleFactor = BigDecimal.TEN.pow(scale).longValueExact();
            points = new long[ps.criteria().size()];
            critCode = new int[points.length];
            critRequires = new int[points.length][];
            for (int i = 0; i < points.length; i++) {
                Criterion c = ps.criteria().get(i);
                points[i] = scaled(c.points(), scaleFactor, RoundingMode.FLOOR);
                critCode[i] = codeIndex.get(c.code());
                critRequires[i] = c.requires().stream().mapToInt(codeIndex::get).toArray();
            }
            for (int t = 0; t < inst.yearCount; t++) {
                Target tg = inst.target(t);
                if (tg == null) {
                    required[t] = Long.MIN_VALUE;
                } else {
                    required[t] = progressFor(level(tg, t), t);
                    needsPass[t] = tg instanceof Target.Tier;
                }
            }
        }

        private boolean[] performed(boolean[] in) {
            boolean[] p = basePerformed.clone();
            for (int a = 0; a < in.length; a++) {
                if (in[a] && actionCode[a] >= 0) {
                    p[actionCode[a]] = true;
                }
            }
            return p;
        }

        private boolean earned(int i, boolean[] perf) {
            if (!perf[critCode[i]]) {
                return false;
            }
            for (int r : critRequires[i]) {
                if (!perf[r]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        long progress(boolean[] in, int t) {
            boolean[] perf = performed(in);
            int year = inst.year(t);
            long s = 0;
            for (int i = 0; i < points.length; i++) {
                if (ps.criteria().get(i).availableIn(year) && earned(i, perf)) {
                    s += points[i];
                }
            }
            return s;
        }

        @Override
        int mandatoryUnmet(boolean[] in, int t) {
            if (!needsPass[t]) {
                return 0;
            }
            boolean[] perf = performed(in);
            int year = inst.year(t);
            int k = 0;
            for (int i = 0; i < points.length; i++) {
                if (ps.criteria().get(i).mandatoryIn(year) && !earned(i, perf)) {
                    k++;
                }
            }
            return k;
        }

        /** Mandatory criteria of year t (codes with prerequisites) that the baseline does not meet. */
        List<String> mandatoryCodes(int t) {
            List<String> out = new ArrayList<>();
            for (Criterion c : ps.criteria()) {
                if (c.mandatoryIn(inst.year(t))) {
                    out.add(c.code() + (c.requires().isEmpty() ? "" : " (with " + String.join(", ", c.requires()) + ")"));
                }
            }
            return out;
        }

        /** Mandatory criteria of year t that no allowed action set can meet, with why. */
        List<String> impossibleMandatory(int t) {
            List<String> out = new ArrayList<>();
            int year = inst.year(t);
            for (int i = 0; i < points.length; i++) {
                Criterion c = ps.criteria().get(i);
                if (!c.mandatoryIn(year)) {
                    continue;
                }
                List<Integer> need = new ArrayList<>();
                need.add(critCode[i]);
                for (int r : critRequires[i]) {
                    need.add(r);
                }
                for (int code : need) {
                    if (basePerformed[code]) {
                        continue;
                    }
                    boolean any = false;
                    for (int a : opActions[code]) {
                        any |= inst.earliest[a] <= t;
                    }
                    if (!any) {
                        out.add("mandatory criterion " + c.code() + " needs " + codes.get(code)
                                + " performed in " + year + ", but it is not performed now and no candidate action adds it"
                                + (opActions[code].length > 0 ? " by " + year : ""));
                    }
                }
            }
            return out;
        }

        @Override
        long progressFor(BigDecimal level, int t) {
            return scaled(level, scaleFactor, RoundingMode.CEILING);
        }

        @Override
        BigDecimal display(long progress, int t) {
            return BigDecimal.valueOf(progress, scale).setScale(2, RoundingMode.HALF_UP);
        }

        @Override
        boolean monotone() {
            return true;
        }

        @Override
        LinearExprBuilder build(CpModel model, BoolVar[] x, int t, boolean mandatory) {
            int year = inst.year(t);
            // performed literal per code: null = false, TRUE_MARK = true, else a variable
            BoolVar[] p = new BoolVar[codes.size()];
            boolean[] isTrue = new boolean[codes.size()];
            for (int c = 0; c < codes.size(); c++) {
                if (basePerformed[c]) {
                    isTrue[c] = true;
                    continue;
                }
                List<BoolVar> lits = new ArrayList<>();
                for (int a : opActions[c]) {
                    if (x[a] != null) {
                        lits.add(x[a]);
                    }
                }
                if (lits.size() == 1) {
                    p[c] = lits.get(0);
                } else if (lits.size() > 1) {
                    BoolVar v = model.newBoolVar("p_" + codes.get(c) + "_" + year);
                    LinearExprBuilder sum = com.google.ortools.sat.LinearExpr.newBuilder();
                    for (BoolVar l : lits) {
                        sum.addTerm(l, 1);
                    }
                    model.addLessOrEqual(v, sum);
                    p[c] = v;
                }
            }
            LinearExprBuilder score = com.google.ortools.sat.LinearExpr.newBuilder();
            for (int i = 0; i < points.length; i++) {
                Criterion crit = ps.criteria().get(i);
                List<Integer> need = new ArrayList<>();
                need.add(critCode[i]);
                for (int r : critRequires[i]) {
                    need.add(r);
                }
                boolean impossible = false;
                List<BoolVar> lits = new ArrayList<>();
                for (int c : need) {
                    if (isTrue[c]) {
                        continue;
                    }
                    if (p[c] == null) {
                        impossible = true;
                    } else if (!lits.contains(p[c])) {
                        lits.add(p[c]);
                    }
                }
                if (mandatory && crit.mandatoryIn(year)) {
                    if (impossible) {
                        model.addBoolOr(new com.google.ortools.sat.Literal[] {model.falseLiteral()});
                    }
                    for (BoolVar l : lits) {
                        model.addEquality(l, 1);
                    }
                }
                if (impossible || points[i] == 0 || !crit.availableIn(year)) {
                    continue;
                }
                if (lits.isEmpty()) {
                    score.add(points[i]);
                } else if (lits.size() == 1) {
                    score.addTerm(lits.get(0), points[i]);
                } else {
                    BoolVar e = model.newBoolVar("e_" + crit.code() + "_" + year);
                    for (BoolVar l : lits) {
                        model.addImplication(e, l);
                    }
                    score.addTerm(e, points[i]);
                }
            }
            return score;
        }
    }

    // ------------------------------------------------------------------------------------------------

    /**
     * Value share: progress is the reduction of the non-originating value (VNM) in scaled currency units;
     * each action's reduction is measured by the engine against the baseline, per year group.
     */
    static final class Share extends ScoreModel {
        /** Amounts are multiplied by this before valuation so that the engine's cent rounding is negligible. */
        static final BigDecimal AMOUNT_FACTOR = BigDecimal.TEN.pow(8);

        private final ValueShareScheme vs;
        private final BigDecimal base;
        private final BigDecimal[] vnm0;
        private final BigDecimal[] material;
        private final long[][] delta;
        private final int[] group;
        private final boolean monotone;

        Share(Instance inst) {
            super(inst);
            vs = (ValueShareScheme) inst.scheme;
            Product product = inst.problem.product();
            Product scaledProduct = Variants.scaled(product, AMOUNT_FACTOR);
            Variants scaledVariants = new Variants(scaledProduct, inst.actions);
            base = vs.method().usesNetCost() ? product.netCost() : product.price();
            boolean certs = !product.certificates().isEmpty() || inst.problem.registry() != org.localis.certificate.CertificateSource.NONE
                    || product.bom().lines().stream().anyMatch(l -> !l.certificate().isEmpty())
                    || inst.actions.stream().anyMatch(a -> a instanceof LocalizeLine l && !l.certificate().isEmpty());
            boolean rollUp = vs.originRule() == org.localis.scheme.OriginRule.ROLL_UP;
            group = new int[inst.yearCount];
            Map<String, Integer> groups = new HashMap<>();
            List<Integer> groupYear = new ArrayList<>();
            for (int t = 0; t < inst.yearCount; t++) {
                int periodYear = inst.scheme.periodFor(inst.year(t)).map(Period::year).orElse(0);
                String key = (rollUp ? periodYear : 0) + "|" + (certs ? inst.year(t) : 0);
                Integer g = groups.get(key);
                if (g == null) {
                    g = groupYear.size();
                    groups.put(key, g);
                    groupYear.add(t);
                }
                group[t] = g;
            }
            int gCount = groupYear.size();
            BigDecimal[] gVnm = new BigDecimal[gCount];
            BigDecimal[] gMaterial = new BigDecimal[gCount];
            BigDecimal[][] gDelta = new BigDecimal[gCount][inst.n];
            for (int g = 0; g < gCount; g++) {
                int t = groupYear.get(g);
                Assessment a0 = assess(scaledProduct, t);
                gVnm[g] = a0.valueShare().nonOriginatingValue().divide(AMOUNT_FACTOR);
                gMaterial[g] = a0.totals().materialValue().divide(AMOUNT_FACTOR);
                Map<String, BigDecimal> byEffect = new HashMap<>();
                for (int a = 0; a < inst.n; a++) {
                    Action act = inst.actions.get(a);
                    String key = act instanceof LocalizeLine l ? "L|" + inst.variants.lineOf(a) + "|" + l.newOrigin() + "|" + l.certificate()
                            : "O|" + ((AddOperation) act).code();
                    BigDecimal d = byEffect.get(key);
                    if (d == null) {
                        BitSet one = new BitSet();
                        one.set(a);
                        Assessment aa = assess(scaledVariants.apply(one), t);
                        d = gVnm[g].subtract(aa.valueShare().nonOriginatingValue().divide(AMOUNT_FACTOR));
                        byEffect.put(key, d);
                    }
                    gDelta[g][a] = d;
                }
            }
            vnm0 = new BigDecimal[inst.yearCount];
            material = new BigDecimal[inst.yearCount];
            BigDecimal[] req = new BigDecimal[inst.yearCount];
            int sc = 0;
            for (int t = 0; t < inst.yearCount; t++) {
                vnm0[t] = gVnm[group[t]];
                material[t] = gMaterial[group[t]];
                Target tg = inst.target(t);
                if (tg != null) {
                    req[t] = vnm0[t].subtract(limit(level(tg, t), t));
                    sc = Math.max(sc, req[t].stripTrailingZeros().scale());
                }
            }
            BigDecimal total = BigDecimal.ZERO;
            for (int g = 0; g < gCount; g++) {
                for (int a = 0; a < inst.n; a++) {
                    sc = Math.max(sc, gDelta[g][a].stripTrailingZeros().scale());
                    total = total.add(gDelta[g][a].abs());
                }
                total = total.add(gVnm[g].abs());
            }
            scale = Math.max(0, Math.min(MAX_SCALE, sc));
            rounded = sc > MAX_SCALE;
            // keep every sum far inside a long
            while (scale > 0 && total.movePointRight(scale).compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 16)) > 0) {
                scale--;
                rounded = true;
            }
            scaleFactor = BigDecimal.TEN.pow(scale).longValueExact();
            delta = new long[gCount][inst.n];
            for (int g = 0; g < gCount; g++) {
                for (int a = 0; a < inst.n; a++) {
                    delta[g][a] = scaled(gDelta[g][a], scaleFactor, RoundingMode.FLOOR);
                }
            }
            for (int t = 0; t < inst.yearCount; t++) {
                if (req[t] == null) {
                    required[t] = Long.MIN_VALUE;
                } else {
                    required[t] = scaled(req[t], scaleFactor, RoundingMode.CEILING);
                }
            }
            boolean mono = true;
            for (Action a : inst.actions) {
                if (a instanceof LocalizeLine l) {
                    mono &= vs.territory().contains(l.newOrigin()) && l.certificate().isEmpty();
                }
            }
            monotone = mono;
        }

        private Assessment assess(Product p, int t) {
            return Assessor.assess(new AssessmentRequest(p, inst.scheme, inst.year(t), inst.date(t), inst.problem.registry()));
        }

        /** The most VNM allowed for a score level in year t. */
        private BigDecimal limit(BigDecimal level, int t) {
            ValueMethod m = vs.method();
            return switch (m) {
                case TRANSACTION_VALUE, NET_COST -> base.multiply(HUNDRED.subtract(level)).divide(HUNDRED);
                case BUILD_UP -> material[t].subtract(level.multiply(base).divide(HUNDRED));
                case MAX_NON_ORIGINATING -> base.multiply(level).divide(HUNDRED);
            };
        }

        long delta(int a, int t) {
            return delta[group[t]][a];
        }

        @Override
        long progress(boolean[] in, int t) {
            long s = 0;
            long[] d = delta[group[t]];
            for (int a = 0; a < in.length; a++) {
                if (in[a]) {
                    s += d[a];
                }
            }
            return s;
        }

        @Override
        int mandatoryUnmet(boolean[] in, int t) {
            return 0;
        }

        @Override
        long deficitWith(boolean[] in, long progressNow, List<Integer> bundle, int t) {
            if (!hasTarget(t)) {
                return 0;
            }
            long p = progressNow;
            long[] d = delta[group[t]];
            for (int b : bundle) {
                p += d[b];
            }
            return Math.max(0, required[t] - p);
        }

        @Override
        long progressFor(BigDecimal level, int t) {
            return scaled(vnm0[t].subtract(limit(level, t)), scaleFactor, RoundingMode.CEILING);
        }

        @Override
        BigDecimal display(long progress, int t) {
            BigDecimal vnm = vnm0[t].subtract(BigDecimal.valueOf(progress, scale));
            BigDecimal pct = switch (vs.method()) {
                case TRANSACTION_VALUE, NET_COST -> base.subtract(vnm).multiply(HUNDRED).divide(base, MC);
                case BUILD_UP -> material[t].subtract(vnm).multiply(HUNDRED).divide(base, MC);
                case MAX_NON_ORIGINATING -> vnm.multiply(HUNDRED).divide(base, MC);
            };
            return pct.setScale(2, RoundingMode.HALF_UP);
        }

        @Override
        boolean monotone() {
            return monotone;
        }

        @Override
        LinearExprBuilder build(CpModel model, BoolVar[] x, int t, boolean mandatory) {
            LinearExprBuilder e = com.google.ortools.sat.LinearExpr.newBuilder();
            long[] d = delta[group[t]];
            for (int a = 0; a < x.length; a++) {
                if (x[a] != null && d[a] != 0) {
                    e.addTerm(x[a], d[a]);
                }
            }
            return e;
        }

        /** VNM reduction of one action in year t, in currency units. */
        BigDecimal deltaMoney(int a, int t) {
            return BigDecimal.valueOf(delta(a, t), scale);
        }
    }
}
