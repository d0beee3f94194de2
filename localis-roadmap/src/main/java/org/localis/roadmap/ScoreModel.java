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
import com.google.ortools.sat.IntVar;
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

    /**
     * The level a target asks for in year t, in scheme units. A tier needs the period's threshold (to pass) and
     * the threshold plus (for a cap: minus) the tier's margin, both on the engine's exact score; a score target
     * is compared with the score the engine reports, rounded half-up to two decimals ({@link Instance#meets}).
     */
    BigDecimal level(Target target, int t) {
        Scheme s = inst.scheme;
        if (target instanceof Target.Score sc) {
            return sc.value();
        }
        Period period = s.periodFor(inst.year(t)).orElseThrow();
        BigDecimal margin = s.tiers().get(inst.rank(((Target.Tier) target).id())).margin();
        BigDecimal th = period.threshold();
        return s.lowerIsBetter() ? th.subtract(margin).min(th) : th.add(margin).max(th);
    }

    /** Whether the model is the scheme's arithmetic exactly (no rounded coefficient, no disagreement with the engine). */
    abstract boolean exact();

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
                    // a score target is met by the reported score, rounded half-up: exact points >= level - 0.005
                    BigDecimal level = level(tg, t);
                    required[t] = progressFor(tg instanceof Target.Score ? level.subtract(HALF_CENT) : level, t);
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

        /** The ids of the mandatory criteria of year t. */
        List<String> mandatoryIds(int t) {
            List<String> out = new ArrayList<>();
            for (Criterion c : ps.criteria()) {
                if (c.mandatoryIn(inst.year(t))) {
                    out.add(c.code());
                }
            }
            return out;
        }

        /** Mandatory criteria of year t that no allowed action set can meet, with why. */
        List<String> impossibleMandatory(int t) {
            return impossibleMandatory(t, new ArrayList<>());
        }

        /** The same, each also as a code with figures into {@code remarks}. */
        List<String> impossibleMandatory(int t, List<RoadmapPlan.Remark> remarks) {
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
                        remarks.add(RoadmapPlan.Remark.of(opActions[code].length > 0
                                ? RoadmapPlan.RemarkCode.MANDATORY_NOT_ADDED_BY_YEAR : RoadmapPlan.RemarkCode.MANDATORY_NOT_ADDED,
                                year, c.code(), codes.get(code)));
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
        boolean exact() {
            return !rounded;
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
     * Value share: progress is the reduction of the non-originating value (VNM) in scaled currency units,
     * computed exactly by {@link ShareNetwork} per year group (assessment date and period threshold): an affine
     * sum over the actions where contributions add up (then {@link #additive()}), with an auxiliary variable
     * per sub-assembly where they do not. The network is cross-checked with the engine on the baseline and on
     * every action alone.
     */
    static final class Share extends ScoreModel {
        /** Amounts are multiplied by this for the engine cross-check, so that its cent rounding is negligible. */
        static final BigDecimal AMOUNT_FACTOR = BigDecimal.TEN.pow(8);
        /** Largest magnitude of a scaled coefficient or sum (well inside a long and CP-SAT's limits). */
        static final BigDecimal MAX_MAGNITUDE = BigDecimal.valueOf(1L << 52);

        private final ValueShareScheme vs;
        private final BigDecimal base;
        private final ShareNetwork[] nets;
        private final int[] group;
        private final BigDecimal[] vnm0;
        private final long[] vnm0Int;
        private final long[][] delta;
        private final boolean additive;
        private final boolean monotone;
        /** Differences between the network and the engine found by the cross-check (empty when none). */
        final List<String> disagreements = new ArrayList<>();
        /** The same, as codes with figures. */
        final List<RoadmapPlan.Remark> disagreementCodes = new ArrayList<>();

        Share(Instance inst) {
            super(inst);
            vs = (ValueShareScheme) inst.scheme;
            Product product = inst.problem.product();
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
            int[] lineOf = new int[inst.n];
            for (int a = 0; a < inst.n; a++) {
                lineOf[a] = inst.variants.lineOf(a);
            }
            nets = new ShareNetwork[gCount];
            boolean add = true;
            for (int g = 0; g < gCount; g++) {
                int t = groupYear.get(g);
                Period period = inst.scheme.periodFor(inst.year(t)).orElseThrow();
                nets[g] = new ShareNetwork(product, vs, inst.problem.registry(), inst.actions, lineOf, inst.date(t),
                        period.threshold());
                add &= nets[g].additive();
                crossCheck(nets[g], t);
            }
            additive = add;
            BigDecimal[] gVnm0 = new BigDecimal[gCount];
            int sc = 0;
            BigDecimal magnitude = BigDecimal.ZERO;
            for (int g = 0; g < gCount; g++) {
                ShareNetwork net = nets[g];
                gVnm0[g] = net.evaluate(new boolean[inst.n]);
                sc = Math.max(sc, ShareNetwork.scale(gVnm0[g]));
                sc = Math.max(sc, ShareNetwork.scale(net.vnm.constant));
                BigDecimal sum = gVnm0[g].abs().add(net.vnm.constant.abs());
                for (BigDecimal c : net.vnm.x.values()) {
                    sc = Math.max(sc, ShareNetwork.scale(c));
                    sum = sum.add(c.abs());
                }
                BigDecimal auxMax = BigDecimal.ZERO;
                for (ShareNetwork.Aux x : net.auxes) {
                    sum = sum.add(x.upper());
                    auxMax = auxMax.max(x.upper());
                }
                magnitude = magnitude.max(sum);
                // each auxiliary in units of 10^-auxScale must stay well inside a long
                while (net.auxScale > 0 && auxMax.movePointRight(net.auxScale).compareTo(MAX_MAGNITUDE) > 0) {
                    net.auxScale--;
                    rounded = true;
                }
                for (BigDecimal c : net.vnm.aux.values()) {
                    sc = Math.max(sc, ShareNetwork.scale(c) + net.auxScale);
                }
            }
            scale = sc;
            while (scale > 0 && magnitude.movePointRight(scale).compareTo(MAX_MAGNITUDE) > 0) {
                scale--;
                rounded = true;
            }
            vnm0 = new BigDecimal[inst.yearCount];
            vnm0Int = new long[inst.yearCount];
            delta = additive ? new long[gCount][inst.n] : null;
            if (additive) {
                for (int g = 0; g < gCount; g++) {
                    for (Map.Entry<Integer, BigDecimal> e : nets[g].vnm.x.entrySet()) {
                        delta[g][e.getKey()] = toLong(e.getValue().negate().movePointRight(scale), RoundingMode.FLOOR);
                    }
                }
            }
            for (int t = 0; t < inst.yearCount; t++) {
                vnm0[t] = gVnm0[group[t]];
                vnm0Int[t] = toLong(vnm0[t].movePointRight(scale), RoundingMode.CEILING);
                Target tg = inst.target(t);
                if (tg == null) {
                    required[t] = Long.MIN_VALUE;
                } else {
                    required[t] = vnm0Int[t] - maxVnm(tg, t);
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

        private long toLong(BigDecimal v, RoundingMode mode) {
            BigDecimal r = v.setScale(0, mode);
            if (r.compareTo(v) != 0) {
                rounded = true;
            }
            return r.longValueExact();
        }

        /**
         * The engine values the baseline and every action alone (amounts scaled so that its cent rounding is
         * negligible); the network must agree to the engine's last digit, else the model is not exact.
         */
        private void crossCheck(ShareNetwork net, int t) {
            Product scaled = Variants.scaled(inst.problem.product(), AMOUNT_FACTOR);
            Variants scaledVariants = new Variants(scaled, inst.actions);
            boolean[] none = new boolean[inst.n];
            compare(net.evaluate(none), assess(scaled, t), "the baseline", "", t);
            if (net.additive()) {
                compare(net.vnm.constant, assess(scaled, t), "the baseline (model)", "", t);
            }
            Map<String, Boolean> seen = new HashMap<>();
            for (int a = 0; a < inst.n; a++) {
                Action act = inst.actions.get(a);
                if (!(act instanceof LocalizeLine l)) {
                    continue;
                }
                String key = inst.variants.lineOf(a) + "|" + l.newOrigin() + "|" + l.certificate();
                if (seen.put(key, Boolean.TRUE) != null) {
                    continue;
                }
                BitSet one = new BitSet();
                one.set(a);
                BigDecimal mine;
                if (net.additive()) {
                    // the compiled expression itself, as the model uses it
                    mine = net.vnm.constant.add(net.vnm.x.getOrDefault(a, BigDecimal.ZERO));
                } else {
                    boolean[] in = new boolean[inst.n];
                    in[a] = true;
                    mine = net.evaluate(in);
                }
                compare(mine, assess(scaledVariants.apply(one), t), "action " + act.id(), act.id(), t);
            }
        }

        private void compare(BigDecimal mine, Assessment engine, String what, String actionId, int t) {
            BigDecimal expected = mine.multiply(AMOUNT_FACTOR).setScale(2, RoundingMode.HALF_UP);
            BigDecimal got = engine.valueShare().nonOriginatingValue();
            if (expected.compareTo(got) != 0 && disagreements.size() < 5) {
                disagreements.add(inst.year(t) + ", " + what + ": the model's non-originating value "
                        + mine.toPlainString() + " differs from the engine's " + got.divide(AMOUNT_FACTOR).toPlainString());
                disagreementCodes.add(RoadmapPlan.Remark.of(RoadmapPlan.RemarkCode.MODEL_DISAGREES, inst.year(t), actionId,
                        mine, got.divide(AMOUNT_FACTOR)));
            }
        }

        private Assessment assess(Product p, int t) {
            return Assessor.assess(new AssessmentRequest(p, inst.scheme, inst.year(t), inst.date(t), inst.problem.registry()));
        }

        boolean additive() {
            return additive;
        }

        @Override
        boolean exact() {
            return !rounded && disagreements.isEmpty();
        }

        /** The most VNM a target allows in year t, in scaled integers (the one definition of "meets"). */
        private long maxVnm(Target tg, int t) {
            BigDecimal level = level(tg, t);
            if (tg instanceof Target.Score) {
                // the engine reports the score rounded half-up to two decimals
                if (inst.scheme.lowerIsBetter()) {
                    // score < level + 0.005, i.e. VNM < limit: the largest integer strictly below
                    BigDecimal lim = limit(level.add(HALF_CENT), t).movePointRight(scale);
                    BigDecimal c = lim.setScale(0, RoundingMode.CEILING);
                    return c.longValueExact() - 1;
                }
                level = level.subtract(HALF_CENT);
            }
            return limit(level, t).movePointRight(scale).setScale(0, RoundingMode.FLOOR).longValueExact();
        }

        /** The most VNM allowed for an exact score level in year t (at the level itself). */
        private BigDecimal limit(BigDecimal level, int t) {
            ValueMethod m = vs.method();
            return switch (m) {
                case TRANSACTION_VALUE, NET_COST -> base.multiply(HUNDRED.subtract(level)).divide(HUNDRED);
                case BUILD_UP -> nets[group[t]].material.subtract(level.multiply(base).divide(HUNDRED));
                case MAX_NON_ORIGINATING -> base.multiply(level).divide(HUNDRED);
            };
        }

        long delta(int a, int t) {
            return delta[group[t]][a];
        }

        @Override
        long progress(boolean[] in, int t) {
            if (additive) {
                long s = 0;
                long[] d = delta[group[t]];
                for (int a = 0; a < in.length; a++) {
                    if (in[a]) {
                        s += d[a];
                    }
                }
                return s;
            }
            BigDecimal v = nets[group[t]].evaluate(in).movePointRight(scale);
            return vnm0Int[t] - v.setScale(0, RoundingMode.CEILING).longValueExact();
        }

        @Override
        int mandatoryUnmet(boolean[] in, int t) {
            return 0;
        }

        @Override
        long deficitWith(boolean[] in, long progressNow, List<Integer> bundle, int t) {
            if (!additive) {
                return super.deficitWith(in, progressNow, bundle, t);
            }
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
            BigDecimal lim = limit(level, t).movePointRight(scale).setScale(0, RoundingMode.FLOOR);
            return vnm0Int[t] - lim.longValueExact();
        }

        @Override
        BigDecimal display(long progress, int t) {
            BigDecimal vnm = vnm0[t].subtract(BigDecimal.valueOf(progress, scale));
            BigDecimal pct = switch (vs.method()) {
                case TRANSACTION_VALUE, NET_COST -> base.subtract(vnm).multiply(HUNDRED).divide(base, MC);
                case BUILD_UP -> nets[group[t]].material.subtract(vnm).multiply(HUNDRED).divide(base, MC);
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
            if (additive) {
                long[] d = delta[group[t]];
                for (int a = 0; a < x.length; a++) {
                    if (x[a] != null && d[a] != 0) {
                        e.addTerm(x[a], d[a]);
                    }
                }
                return e;
            }
            ShareNetwork net = nets[group[t]];
            BigDecimal unit = BigDecimal.ONE.movePointLeft(net.auxScale);
            IntVar[] aux = new IntVar[net.auxes.size()];
            for (int j = 0; j < aux.length; j++) {
                ShareNetwork.Aux ax = net.auxes.get(j);
                long ub = ax.upper().movePointRight(net.auxScale).setScale(0, RoundingMode.CEILING).longValueExact();
                aux[j] = model.newIntVar(0, ub, "n" + ax.line() + "_" + inst.year(t));
                Lin self = new Lin(x, aux, unit).plusAux(j, BigDecimal.ONE);
                // N >= its fixed states' value
                self.copy().plus(ax.fixed(), BigDecimal.ONE.negate()).atLeast(model, BigDecimal.ZERO, this);
                if (ax.pass() != null) {
                    // traced: N >= children - high (1 - pass)
                    self.copy().plus(ax.children(), BigDecimal.ONE.negate()).plus(ax.pass(), ax.high().negate())
                            .atLeast(model, ax.high().negate(), this);
                }
                if (ax.roll() != null) {
                    // roll-up: r only in a roll-up state and only with children <= limit; otherwise N >= children
                    BoolVar r = model.newBoolVar("r" + ax.line() + "_" + inst.year(t));
                    new Lin(x, aux, unit).plusVar(r, BigDecimal.ONE).plus(ax.roll(), BigDecimal.ONE.negate())
                            .atMost(model, BigDecimal.ZERO, this);
                    self.copy().plus(ax.children(), BigDecimal.ONE.negate()).plus(ax.roll(), ax.high().negate())
                            .plusVar(r, ax.high()).atLeast(model, ax.high().negate(), this);
                    new Lin(x, aux, unit).plus(ax.children(), BigDecimal.ONE).plusVar(r, ax.high().subtract(ax.limit()))
                            .atMost(model, ax.high(), this);
                }
            }
            // progress = (VNM0 - VNM) x 10^scale
            BigDecimal f = BigDecimal.ONE.movePointRight(scale);
            BigDecimal constant = vnm0[t].subtract(net.vnm.constant).multiply(f);
            e.add(toLong(constant, RoundingMode.FLOOR));
            for (Map.Entry<Integer, BigDecimal> en : net.vnm.x.entrySet()) {
                if (x[en.getKey()] != null) {
                    e.addTerm(x[en.getKey()], toLong(en.getValue().negate().multiply(f), RoundingMode.FLOOR));
                }
            }
            for (Map.Entry<Integer, BigDecimal> en : net.vnm.aux.entrySet()) {
                e.addTerm(aux[en.getKey()], toLong(en.getValue().negate().multiply(unit).multiply(f), RoundingMode.FLOOR));
            }
            return e;
        }
    }

    static final BigDecimal HALF_CENT = new BigDecimal("0.005");

    /** A linear expression over action literals, auxiliary variables and other variables, in currency units. */
    private static final class Lin {
        final BoolVar[] x;
        final IntVar[] aux;
        final BigDecimal unit;
        final Map<com.google.ortools.sat.LinearArgument, BigDecimal> terms = new java.util.LinkedHashMap<>();
        BigDecimal constant = BigDecimal.ZERO;

        Lin(BoolVar[] x, IntVar[] aux, BigDecimal unit) {
            this.x = x;
            this.aux = aux;
            this.unit = unit;
        }

        Lin copy() {
            Lin l = new Lin(x, aux, unit);
            l.terms.putAll(terms);
            l.constant = constant;
            return l;
        }

        Lin plusVar(com.google.ortools.sat.LinearArgument v, BigDecimal c) {
            terms.merge(v, c, BigDecimal::add);
            return this;
        }

        Lin plusAux(int j, BigDecimal c) {
            return plusVar(aux[j], c.multiply(unit));
        }

        Lin plus(ShareNetwork.Expr e, BigDecimal factor) {
            constant = constant.add(e.constant.multiply(factor));
            e.x.forEach((a, c) -> {
                if (x[a] != null) {
                    plusVar(x[a], c.multiply(factor));
                }
            });
            e.aux.forEach((j, c) -> plusAux(j, c.multiply(factor)));
            return this;
        }

        /** this >= rhs, scaled to integers exactly (rounded, and the model marked inexact, only if too large). */
        void atLeast(CpModel m, BigDecimal rhs, ScoreModel owner) {
            post(m, rhs, true, owner);
        }

        void atMost(CpModel m, BigDecimal rhs, ScoreModel owner) {
            post(m, rhs, false, owner);
        }

        private void post(CpModel m, BigDecimal rhs, boolean atLeast, ScoreModel owner) {
            BigDecimal r = rhs.subtract(constant);
            int sc = ShareNetwork.scale(r);
            BigDecimal max = r.abs();
            for (BigDecimal c : terms.values()) {
                sc = Math.max(sc, ShareNetwork.scale(c));
                max = max.max(c.abs());
            }
            while (sc > 0 && max.movePointRight(sc).compareTo(Share.MAX_MAGNITUDE) > 0) {
                sc--;
                owner.rounded = true;
            }
            LinearExprBuilder b = com.google.ortools.sat.LinearExpr.newBuilder();
            for (Map.Entry<com.google.ortools.sat.LinearArgument, BigDecimal> t : terms.entrySet()) {
                BigDecimal v = t.getValue().movePointRight(sc);
                BigDecimal iv = v.setScale(0, RoundingMode.HALF_UP);
                owner.rounded |= iv.compareTo(v) != 0;
                if (iv.signum() != 0) {
                    b.addTerm(t.getKey(), iv.longValueExact());
                }
            }
            BigDecimal v = r.movePointRight(sc);
            // the left side is an integer: rounding the right side inwards is exact
            BigDecimal iv = v.setScale(0, atLeast ? RoundingMode.CEILING : RoundingMode.FLOOR);
            if (atLeast) {
                m.addGreaterOrEqual(b, iv.longValueExact());
            } else {
                m.addLessOrEqual(b, iv.longValueExact());
            }
        }
    }
}
