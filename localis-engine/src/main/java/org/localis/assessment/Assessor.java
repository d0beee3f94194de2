package org.localis.assessment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.localis.assessment.Assessment.ClassificationResult;
import org.localis.assessment.Assessment.CriterionResult;
import org.localis.assessment.Assessment.LineResult;
import org.localis.assessment.Assessment.NextTier;
import org.localis.assessment.Assessment.TierResult;
import org.localis.assessment.Assessment.Totals;
import org.localis.assessment.Assessment.ValueShareResult;
import org.localis.certificate.CertificateSource;
import org.localis.input.ErrorCollector;
import org.localis.input.InputError;
import org.localis.input.InvalidInputException;
import org.localis.operation.Operation;
import org.localis.operation.Operations;
import org.localis.product.Product;
import org.localis.scheme.Criterion;
import org.localis.scheme.OperationDef;
import org.localis.scheme.OriginRule;
import org.localis.scheme.Period;
import org.localis.scheme.PointsScheme;
import org.localis.scheme.Scheme;
import org.localis.scheme.Tier;
import org.localis.scheme.ValueMethod;
import org.localis.scheme.ValueShareScheme;

/**
 * Scores a product under a scheme and period and explains the result. Stateless and thread-safe;
 * the same inputs always give the same assessment.
 */
public final class Assessor {

    static final MathContext MC = new MathContext(34, RoundingMode.HALF_UP);
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** How many unearned criteria the advice names, largest first. */
    private static final int UNEARNED_LISTED = 12;

    private Assessor() {
    }

    /**
     * @throws InvalidInputException when the inputs do not fit the scheme (unknown period or
     *                               operation code, missing price or rate), listing every problem
     */
    public static Assessment assess(AssessmentRequest req) {
        Product product = req.product();
        Scheme scheme = req.scheme();
        int year = req.period() != null ? req.period() : req.date().getYear();
        PointsScoring.Outcome pointsOutcome = scheme instanceof PointsScheme ps
                ? PointsScoring.score(ps, product, year, req.date(), req.componentPoints()) : null;
        org.localis.scheme.Powertrain powertrain = pointsOutcome == null ? null : pointsOutcome.powertrain();
        Period period = scheme.periodFor(year, scheme.primaryPurpose(), powertrain).orElseThrow(() -> new InvalidInputException(InputError.of("scheme", 0,
                "period", "scheme " + scheme.id() + " has no period for " + year + " (its periods start in "
                        + scheme.periods().stream().mapToInt(Period::year).min().orElse(year) + ")")));

        ErrorCollector errors = new ErrorCollector(product.bom().file());
        checkOperations(product.operations(), scheme);
        ValueShareScheme vs = scheme instanceof ValueShareScheme v ? v : null;
        BigDecimal base = null;
        if (vs != null) {
            base = vs.method().usesNetCost() ? product.netCost() : product.price();
            if (base == null) {
                String field = vs.method().usesNetCost() ? "net_cost" : "price";
                throw new InvalidInputException(InputError.of(product.source(), 0, field,
                        "scheme " + scheme.id() + " uses the " + vs.method().code() + " method and needs the product's "
                                + field + " (product.yaml " + field + ", or --" + field.replace('_', '-') + ")"));
            }
        }
        OriginRule rule = vs != null ? vs.originRule() : OriginRule.TRACING;
        MaterialValuation.RollUpTest rollUp = vs != null && rule == OriginRule.ROLL_UP
                ? rollUpTest(vs.method(), period.threshold()) : null;
        CertificateSource certs = CertificateSource.of(product.certificates()).orElse(req.registry());
        MaterialValuation mv = MaterialValuation.compute(product.bom(), product.currency(), product.rates(),
                scheme.territory(), rule, rollUp, certs, req.date(), errors);
        errors.throwIfAny();

        WarningList warnings = new WarningList();
        if (!scheme.info().official()) {
            warnings.add("scheme " + scheme.id() + " is not confirmed in full against the official text (official: false); "
                    + "see its notes", Assessment.Reason.of(Assessment.ReasonCode.WARN_NOT_OFFICIAL, scheme.id()));
        }
        warnings.addAll(mv.warnings());

        BigDecimal material = mv.materialValue();
        BigDecimal vnm = mv.nonOriginatingValue();
        BigDecimal originating = material.subtract(vnm);
        BigDecimal domesticShare = material.signum() == 0 ? BigDecimal.ZERO
                : originating.multiply(HUNDRED).divide(material, MC);

        BigDecimal scoreExact;
        List<CriterionResult> criteria = List.of();
        List<String> failed = new ArrayList<>();
        List<Assessment.Reason> failedWhy = new ArrayList<>();
        ValueShareResult vsr = null;
        if (pointsOutcome != null) {
            warnings.addAll(pointsOutcome.warnings());
            criteria = pointsOutcome.criteria();
            scoreExact = pointsOutcome.total().add(pointsOutcome.purposeExtra().getOrDefault(scheme.primaryPurpose(), BigDecimal.ZERO));
            for (CriterionResult c : criteria) {
                if (mandatoryUnmet(c)) {
                    failed.add("mandatory criterion " + c.code() + " (" + c.title() + ") is not met: " + c.explanation());
                    failedWhy.add(new Assessment.Reason(Assessment.ReasonCode.FAIL_MANDATORY, List.of(c.code(), c.title(),
                            c.titleRu() == null ? "" : c.titleRu(), c.explanation()), c.why() == null ? List.of() : List.of(c.why())));
                }
            }
        } else {
            scoreExact = valueScore(vs.method(), base, vnm, originating);
            vsr = new ValueShareResult(vs.method().code(), vs.originRule().code(), vs.method().baseField(),
                    money(base), money(vnm), money(originating), formula(vs.method(), base, vnm, originating, scoreExact));
        }
        BigDecimal score = round(scoreExact, scheme);
        boolean meets = scheme.meets(scoreExact, period.threshold());
        if (!meets) {
            failed.add(0, (scheme.lowerIsBetter() ? "score " + score + "% is above the cap " : "score " + score
                    + " " + scheme.unit() + " is below the threshold ") + plain(period.threshold())
                    + (scheme.lowerIsBetter() || scheme.unit().equals("percent") ? "%" : " points") + " in " + year);
            failedWhy.add(0, Assessment.Reason.of(scheme.lowerIsBetter() ? Assessment.ReasonCode.FAIL_ABOVE_CAP
                    : scheme.unit().equals("percent") ? Assessment.ReasonCode.FAIL_BELOW_PERCENT : Assessment.ReasonCode.FAIL_BELOW_POINTS,
                    score.toString(), plain(period.threshold()), String.valueOf(year)));
        }
        if (meets != scheme.meets(score, period.threshold())) {
            warnings.add("the exact score " + scoreExact.setScale(6, RoundingMode.HALF_UP).toPlainString()
                    + " decides pass or fail; the two-decimal score shown rounds across the threshold",
                    Assessment.Reason.of(Assessment.ReasonCode.WARN_EXACT_SCORE, scoreExact.setScale(6, RoundingMode.HALF_UP).toPlainString()));
        }
        boolean passed = failed.isEmpty();

        TierResult tier = null;
        Tier next = null;
        for (Tier t : scheme.tiers()) {
            if (passed && scheme.meets(scoreExact, required(scheme, period, t))) {
                tier = new TierResult(t.id(), t.name(), t.nameRu(), t.margin(), t.support());
            } else if (next == null) {
                next = t;
            }
        }
        NextTier nextTier = next == null ? null
                : nextTier(scheme, period, next, scoreExact, base, criteria, failed, failedWhy, product.currency());

        ClassificationResult classification = Classifier.classify(scheme, product.operations(),
                round2(domesticShare));

        List<LineResult> lines = new LineResults(product.bom(), mv);
        BigDecimal price = product.price();
        BigDecimal dva = price == null ? null : price.subtract(vnm);
        BigDecimal dvaShare = price == null ? null : round2(dva.multiply(HUNDRED).divide(price, MC));
        Totals totals = new Totals(product.currency(), money(material), money(material).subtract(money(vnm)), money(vnm),
                round2(domesticShare), price == null ? null : money(price),
                product.netCost() == null ? null : money(product.netCost()), dva == null ? null : money(dva), dvaShare);

        Assessment.VehicleResult vehicle = null;
        List<Assessment.PurposeResult> purposes = List.of();
        if (pointsOutcome != null && scheme instanceof PointsScheme ps) {
            if (pointsOutcome.category() != null) {
                vehicle = new Assessment.VehicleResult(pointsOutcome.category().code(), powertrain == null ? null : powertrain.code(),
                        product.vehicle().emissionStandard());
            }
            boolean mandatoryMet = criteria.stream().noneMatch(Assessor::mandatoryUnmet);
            purposes = purposes(ps, year, powertrain, pointsOutcome, mandatoryMet);
        }
        return new Assessment(scheme.info(), scheme.kind(), year, period.year(), req.date(), product.name(), score,
                scheme.unit(), period.threshold(), scheme.lowerIsBetter(), passed, failed, tier, nextTier,
                classification, criteria, lines, totals, vsr, warnings.sentences(), vehicle, purposes,
                pointsOutcome == null ? List.of() : pointsOutcome.coefficients(), failedWhy, warnings.whys());
    }

    private static void checkOperations(Operations ops, Scheme scheme) {
        List<InputError> errs = new ArrayList<>();
        for (Operation o : ops.list()) {
            if (!scheme.operations().containsKey(o.code())) {
                errs.add(InputError.of(ops.file(), o.line(), "code", "unknown operation '" + o.code() + "' for scheme "
                        + scheme.id() + " (known: " + String.join(", ", scheme.operations().keySet()) + ")"));
            }
        }
        if (!errs.isEmpty()) {
            throw new InvalidInputException(errs);
        }
    }

    private static List<Assessment.PurposeResult> purposes(PointsScheme ps, int year, org.localis.scheme.Powertrain powertrain,
                                                           PointsScoring.Outcome o, boolean mandatoryMet) {
        List<Assessment.PurposeResult> out = new ArrayList<>();
        for (org.localis.scheme.Purpose p : ps.purposes()) {
            BigDecimal score = o.total().add(o.purposeExtra().getOrDefault(p.id(), BigDecimal.ZERO));
            Optional<Period> in = ps.periodFor(year, p.id(), powertrain);
            out.add(new Assessment.PurposeResult(p.id(), p.title(), p.titleRu(), in.map(Period::year).orElse(null),
                    in.map(Period::threshold).orElse(null), round(score, ps),
                    in.isPresent() && mandatoryMet && ps.meets(score, in.get().threshold()),
                    in.map(x -> x.note().isEmpty() ? p.note() : x.note()).orElse("no threshold for " + year)));
        }
        return out;
    }

    static List<CriterionResult> criteria(PointsScheme ps, Operations ops, int year) {
        List<CriterionResult> out = new ArrayList<>();
        for (Criterion c : ps.criteria()) {
            OperationDef def = ps.operations().get(c.code());
            Optional<Operation> op = ops.find(c.code());
            boolean performed = op.map(Operation::performed).orElse(false);
            List<String> missing = new ArrayList<>();
            for (String r : c.requires()) {
                if (!ops.performed(r)) {
                    missing.add(r);
                }
            }
            boolean available = c.availableIn(year);
            boolean mandatory = c.mandatoryIn(year);
            BigDecimal earned = performed && missing.isEmpty() && available ? c.points() : BigDecimal.ZERO;
            String why;
            Assessment.Reason step;
            if (!available) {
                why = "earns no points in " + year;
                step = Assessment.Reason.of(Assessment.ReasonCode.CRIT_NO_POINTS_IN_YEAR, String.valueOf(year));
            } else if (!performed) {
                why = op.isPresent() ? "declared not performed in the country" : "not declared in the operations";
                step = Assessment.Reason.of(op.isPresent() ? Assessment.ReasonCode.CRIT_DECLARED_NOT_PERFORMED
                        : Assessment.ReasonCode.CRIT_NOT_DECLARED);
            } else if (!missing.isEmpty()) {
                why = "performed, but prerequisite " + String.join(", ", missing) + " is not performed in the country";
                step = Assessment.Reason.of(Assessment.ReasonCode.CRIT_PREREQ_MISSING, String.join(", ", missing));
            } else {
                why = "performed in the country" + (op.get().evidence().isEmpty() ? "" : " (evidence: " + op.get().evidence() + ")");
                step = Assessment.Reason.of(Assessment.ReasonCode.CRIT_PERFORMED, op.get().evidence());
            }
            out.add(new CriterionResult(c.code(), def.title(), def.titleRu(), def.type().name().toLowerCase(java.util.Locale.ROOT),
                    c.points(), earned, performed, mandatory, missing, op.map(Operation::evidence).orElse(""), why, "", "", "",
                    new Assessment.Reason(Assessment.ReasonCode.CRIT_EXPLAINED, List.of(), List.of(step))));
        }
        return out;
    }

    /** A mandatory criterion not performed in the country, or performed without its prerequisites. */
    private static boolean mandatoryUnmet(CriterionResult c) {
        return c.mandatory() && !(c.performed() && c.missingPrerequisites().isEmpty());
    }

    static BigDecimal valueScore(ValueMethod method, BigDecimal base, BigDecimal vnm, BigDecimal originatingMaterials) {
        return switch (method) {
            case TRANSACTION_VALUE, NET_COST -> base.subtract(vnm).multiply(HUNDRED).divide(base, MC);
            case BUILD_UP -> originatingMaterials.multiply(HUNDRED).divide(base, MC);
            case MAX_NON_ORIGINATING -> vnm.multiply(HUNDRED).divide(base, MC);
        };
    }

    private static String formula(ValueMethod m, BigDecimal base, BigDecimal vnm, BigDecimal vom, BigDecimal score) {
        String b = money(base).toPlainString();
        String n = money(vnm).toPlainString();
        String s = round2(score).toPlainString() + "%";
        return switch (m) {
            case TRANSACTION_VALUE -> "RVC = (TV - VNM) / TV x 100 = (" + b + " - " + n + ") / " + b + " x 100 = " + s;
            case NET_COST -> "RVC = (NC - VNM) / NC x 100 = (" + b + " - " + n + ") / " + b + " x 100 = " + s;
            case BUILD_UP -> "RVC = VOM / AV x 100 = " + money(vom).toPlainString() + " / " + b + " x 100 = " + s;
            case MAX_NON_ORIGINATING -> "NOM = VNM / EXW x 100 = " + n + " / " + b + " x 100 = " + s;
        };
    }

    /** The roll-up test of a value-share scheme, applied to a sub-assembly over its own value. */
    static MaterialValuation.RollUpTest rollUpTest(ValueMethod method, BigDecimal threshold) {
        return new MaterialValuation.RollUpTest() {
            @Override
            public boolean test(BigDecimal value, BigDecimal nonOrig) {
                if (method == ValueMethod.MAX_NON_ORIGINATING) {
                    return nonOrig.multiply(HUNDRED).compareTo(threshold.multiply(value)) <= 0;
                }
                return value.subtract(nonOrig).multiply(HUNDRED).compareTo(threshold.multiply(value)) >= 0;
            }

            @Override
            public String describe(BigDecimal value, BigDecimal nonOrig) {
                if (method == ValueMethod.MAX_NON_ORIGINATING) {
                    return "own non-originating content " + round2(nonOrig.multiply(HUNDRED).divide(value, MC))
                            + "% <= " + plain(threshold) + "%";
                }
                return "own regional value content " + round2(value.subtract(nonOrig).multiply(HUNDRED).divide(value, MC))
                        + "% >= " + plain(threshold) + "%";
            }

            @Override
            public Assessment.Reason why(BigDecimal value, BigDecimal nonOrig) {
                if (method == ValueMethod.MAX_NON_ORIGINATING) {
                    return Assessment.Reason.of(Assessment.ReasonCode.BASIS_ROLLED_UP_NOM,
                            round2(nonOrig.multiply(HUNDRED).divide(value, MC)).toString(), plain(threshold));
                }
                return Assessment.Reason.of(Assessment.ReasonCode.BASIS_ROLLED_UP_RVC,
                        round2(value.subtract(nonOrig).multiply(HUNDRED).divide(value, MC)).toString(), plain(threshold));
            }
        };
    }

    /** The score a tier needs in a period. */
    static BigDecimal required(Scheme scheme, Period period, Tier t) {
        return scheme.lowerIsBetter() ? period.threshold().subtract(t.margin()) : period.threshold().add(t.margin());
    }

    private static NextTier nextTier(Scheme scheme, Period period, Tier t, BigDecimal score, BigDecimal base,
                                     List<CriterionResult> criteria, List<String> failed, List<Assessment.Reason> failedWhy,
                                     String currency) {
        BigDecimal req = required(scheme, period, t);
        BigDecimal gap = scheme.lowerIsBetter() ? score.subtract(req) : req.subtract(score);
        if (gap.signum() < 0) {
            gap = BigDecimal.ZERO;
        }
        List<String> advice = new ArrayList<>();
        List<Assessment.Reason> adviceWhy = new ArrayList<>();
        BigDecimal moneyGap = null;
        if (scheme instanceof PointsScheme) {
            for (CriterionResult c : criteria) {
                if (mandatoryUnmet(c)) {
                    advice.add("perform " + c.code() + " (" + c.title() + ") in the country: it is mandatory in " + period.year()
                            + (c.missingPrerequisites().isEmpty() ? "" : ", with " + String.join(", ", c.missingPrerequisites())));
                    String ru = c.titleRu() == null ? "" : c.titleRu();
                    adviceWhy.add(c.missingPrerequisites().isEmpty()
                            ? Assessment.Reason.of(Assessment.ReasonCode.ADVICE_PERFORM, c.code(), c.title(), ru, String.valueOf(period.year()))
                            : Assessment.Reason.of(Assessment.ReasonCode.ADVICE_PERFORM_WITH, c.code(), c.title(), ru,
                            String.valueOf(period.year()), String.join(", ", c.missingPrerequisites())));
                }
            }
            if (gap.signum() > 0) {
                advice.add(plain(gap) + " more points are needed; unearned criteria: " + unearned(criteria));
                List<CriterionResult> open = unearnedSorted(criteria);
                adviceWhy.add(Assessment.Reason.of(Assessment.ReasonCode.ADVICE_MORE_POINTS, plain(gap),
                        String.join(", ", open.stream().limit(UNEARNED_LISTED).map(c -> c.code() + " (" + plain(c.points()) + ")")
                                .distinct().toList()),
                        String.valueOf(Math.max(0, open.size() - UNEARNED_LISTED))));
            }
        } else {
            moneyGap = money(gap.multiply(base).divide(HUNDRED, MC));
            if (gap.signum() > 0) {
                String what = scheme instanceof ValueShareScheme v && v.method() == ValueMethod.BUILD_UP
                        ? "raise the value of originating materials by " : "replace non-originating materials worth ";
                advice.add(what + moneyGap.toPlainString() + " " + currency + " per unit"
                        + (scheme instanceof ValueShareScheme v2 && v2.method() == ValueMethod.BUILD_UP ? "" : " with originating ones")
                        + " (" + plain(gap.setScale(2, RoundingMode.UP)) + " percentage points)");
                adviceWhy.add(Assessment.Reason.of(scheme instanceof ValueShareScheme v && v.method() == ValueMethod.BUILD_UP
                                ? Assessment.ReasonCode.ADVICE_RAISE : Assessment.ReasonCode.ADVICE_REPLACE,
                        moneyGap.toPlainString(), currency, plain(gap.setScale(2, RoundingMode.UP))));
            }
        }
        if (gap.signum() == 0 && !failed.isEmpty()) {
            advice.add("meet the failed requirements: " + String.join("; ", failed));
            adviceWhy.add(new Assessment.Reason(Assessment.ReasonCode.ADVICE_MEET_FAILED, List.of(), failedWhy));
        }
        return new NextTier(t.id(), t.name(), t.nameRu(), req, round(gap, scheme), moneyGap, advice, adviceWhy);
    }

    private static List<CriterionResult> unearnedSorted(List<CriterionResult> criteria) {
        return criteria.stream().filter(c -> c.earned().signum() == 0 && c.points().signum() > 0)
                .sorted((a, b) -> b.points().compareTo(a.points())).toList();
    }

    private static String unearned(List<CriterionResult> criteria) {
        Set<String> out = new LinkedHashSet<>();
        List<CriterionResult> open = unearnedSorted(criteria);
        open.stream().limit(UNEARNED_LISTED).forEach(c -> out.add(c.code() + " (" + plain(c.points()) + ")"));
        return out.isEmpty() ? "none" : String.join(", ", out)
                + (open.size() > UNEARNED_LISTED ? " and " + (open.size() - UNEARNED_LISTED) + " more" : "");
    }

    static BigDecimal round(BigDecimal score, Scheme scheme) {
        return scheme instanceof PointsScheme ? score.setScale(Math.max(0, Math.min(2, score.stripTrailingZeros().scale())),
                RoundingMode.HALF_UP) : round2(score);
    }

    static BigDecimal round2(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal money(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
