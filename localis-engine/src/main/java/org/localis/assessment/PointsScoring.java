package org.localis.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.localis.assessment.Assessment.CoefficientResult;
import org.localis.assessment.Assessment.CriterionResult;
import org.localis.assessment.Assessment.Reason;
import org.localis.assessment.Assessment.ReasonCode;
import org.localis.bom.BomLine;
import org.localis.input.InputError;
import org.localis.input.InvalidInputException;
import org.localis.operation.Operation;
import org.localis.product.Product;
import org.localis.product.VehicleFacts;
import org.localis.scheme.Coefficient;
import org.localis.scheme.Criterion;
import org.localis.scheme.Ladder;
import org.localis.scheme.OperationDef;
import org.localis.scheme.PointsScheme;
import org.localis.scheme.Powertrain;
import org.localis.scheme.Purpose;
import org.localis.scheme.VehicleCategory;

/**
 * Scores the criteria of a points scheme for one product: the vehicle's category and powertrain
 * values, dates, count ratios, ladders and per-unit figures, prerequisites, points carried in from
 * component certificates cited in the BOM (the larger of own and carried points per criterion, never
 * both), coefficients, and one-of groups where only the best level counts.
 */
final class PointsScoring {

    /**
     * @param criteria     every criterion as scored (general coefficients included)
     * @param total        sum of earned points
     * @param purposeExtra points added in a purpose's score only (purpose-limited coefficients)
     */
    record Outcome(List<CriterionResult> criteria, BigDecimal total, Map<String, BigDecimal> purposeExtra,
                   List<CoefficientResult> coefficients, VehicleCategory category, Powertrain powertrain,
                   WarningList warnings) {
    }

    private PointsScoring() {
    }

    static Outcome score(PointsScheme ps, Product product, int year, LocalDate date, ComponentPointsSource points) {
        VehicleFacts facts = product.vehicle();
        WarningList warnings = new WarningList();
        checkFacts(ps, facts);
        VehicleCategory category = ps.vehicleCategory() != null ? ps.vehicleCategory() : facts.category();
        Powertrain powertrain = facts.powertrain();
        if (powertrain == null && ps.vehicleCategory() != null) {
            powertrain = Powertrain.ICE;
            warnings.add("the product does not give its powertrain (product.yaml powertrain): ice is assumed",
                    Reason.of(Assessment.ReasonCode.WARN_POWERTRAIN_ASSUMED));
        }
        Carried carried = carried(ps, product, date, points, warnings);

        int n = ps.criteria().size();
        BigDecimal[] raw = new BigDecimal[n];
        BigDecimal[] earned = new BigDecimal[n];
        String[] why = new String[n];
        List<List<Reason>> whyParts = new ArrayList<>();
        String[] from = new String[n];
        BigDecimal[] resolved = new BigDecimal[n];
        boolean[] performed = new boolean[n];
        List<List<String>> missing = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Criterion c = ps.criteria().get(i);
            Optional<Operation> op = product.operations().find(c.code());
            Optional<BigDecimal> pts = c.values().resolve(category, powertrain);
            resolved[i] = pts.orElse(BigDecimal.ZERO);
            List<String> miss = new ArrayList<>();
            for (String r : c.requires()) {
                if (!product.operations().performed(r)) {
                    miss.add(r);
                }
            }
            missing.add(miss);
            List<Reason> parts = new ArrayList<>();
            whyParts.add(parts);
            from[i] = "";
            Own own = own(c, pts, op, facts, year, carried);
            performed[i] = own.performed;
            raw[i] = BigDecimal.ZERO;
            if (pts.isEmpty()) {
                why[i] = "does not apply to " + vehicle(category, powertrain);
                parts.add(Reason.of(ReasonCode.CRIT_NOT_FOR_VEHICLE, category == null ? "" : category.code(),
                        powertrain == null ? "" : powertrain.code()));
                continue;
            }
            if (!c.availableIn(year)) {
                why[i] = "earns no points in " + year;
                parts.add(Reason.of(ReasonCode.CRIT_NO_POINTS_IN_YEAR, String.valueOf(year)));
                continue;
            }
            if (!c.availableOn(date)) {
                why[i] = "applies " + (c.validFrom() != null ? "from " + c.validFrom() : "")
                        + (c.validFrom() != null && c.validTo() != null ? " " : "")
                        + (c.validTo() != null ? "until " + c.validTo() : "") + ", not on " + date;
                parts.add(Reason.of(ReasonCode.CRIT_NOT_ON_DATE, c.validFrom() == null ? "" : c.validFrom().toString(),
                        c.validTo() == null ? "" : c.validTo().toString(), date.toString()));
                continue;
            }
            raw[i] = own.points;
            why[i] = own.why;
            parts.addAll(own.parts);
            if (!miss.isEmpty() && own.points.signum() > 0) {
                raw[i] = BigDecimal.ZERO;
                why[i] = "performed, but prerequisite " + String.join(", ", miss) + " is not performed in the country";
                parts.clear();
                parts.add(Reason.of(ReasonCode.CRIT_PREREQ_MISSING, String.join(", ", miss)));
            }
            BigDecimal carriedPts = carried.points.get(c.code());
            if (carriedPts != null && carriedPts.compareTo(raw[i]) > 0) {
                raw[i] = carriedPts;
                from[i] = carried.from.get(c.code());
                performed[i] = true;
                why[i] = "carried in from component certificate " + from[i] + " (" + plain(carriedPts)
                        + " points; Decree 719 annex note 5)" + (own.points.signum() > 0 ? "; own " + plain(own.points) + " is less" : "");
                parts.clear();
                parts.add(Reason.of(ReasonCode.CRIT_CARRIED, from[i], plain(carriedPts), own.points.signum() > 0 ? plain(own.points) : ""));
            }
        }

        // coefficients that apply to every purpose
        Map<String, Coefficient> general = new HashMap<>();
        List<CoefficientResult> coefResults = new ArrayList<>();
        String standard = facts.emissionStandard();
        for (Coefficient k : ps.coefficients()) {
            if (k.purpose() == null && k.appliesTo(standard, year)) {
                Coefficient prev = general.get(k.appliesTo());
                if (prev == null || k.factor().compareTo(prev.factor()) > 0) {
                    general.put(k.appliesTo(), k);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            Criterion c = ps.criteria().get(i);
            earned[i] = raw[i];
            Coefficient k = general.get(c.coefficient());
            if (k != null && raw[i].signum() > 0) {
                earned[i] = raw[i].multiply(k.factor());
                why[i] = why[i] + "; x " + plain(k.factor()) + " (coefficient " + k.id() + ") = " + plain(earned[i]);
                whyParts.get(i).add(Reason.of(ReasonCode.CRIT_COEFFICIENT, plain(k.factor()), k.id(), plain(earned[i])));
            }
        }
        // one-of groups: only the best level counts
        Map<String, Integer> best = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String g = ps.criteria().get(i).oneOf();
            if (!g.isEmpty() && earned[i].signum() > 0) {
                Integer b = best.get(g);
                if (b == null || earned[i].compareTo(earned[b]) > 0) {
                    best.put(g, i);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            String g = ps.criteria().get(i).oneOf();
            Integer b = best.get(g);
            if (!g.isEmpty() && b != null && b != i && earned[i].signum() > 0) {
                why[i] = why[i] + "; not counted: only the best level of '" + g + "' counts ("
                        + ps.criteria().get(b).code() + ", " + plain(earned[b]) + ")";
                whyParts.get(i).add(Reason.of(ReasonCode.CRIT_NOT_BEST, g, ps.criteria().get(b).code(), plain(earned[b])));
                earned[i] = BigDecimal.ZERO;
                raw[i] = BigDecimal.ZERO;
            }
        }

        List<CriterionResult> out = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            Criterion c = ps.criteria().get(i);
            OperationDef def = ps.operations().get(c.code());
            Optional<Operation> op = product.operations().find(c.code());
            total = total.add(earned[i]);
            out.add(new CriterionResult(c.code(), def.title(), def.titleRu(), def.type().name().toLowerCase(Locale.ROOT),
                    resolved[i], earned[i], performed[i], c.mandatoryIn(year), missing.get(i),
                    op.map(Operation::evidence).orElse(""), why[i], c.group(), from[i], c.source(),
                    new Reason(ReasonCode.CRIT_EXPLAINED, List.of(), whyParts.get(i))));
        }

        // the result of every coefficient, and what purpose-only ones add
        Map<String, BigDecimal> extra = new LinkedHashMap<>();
        for (Coefficient k : ps.coefficients()) {
            BigDecimal base = BigDecimal.ZERO;
            for (int i = 0; i < n; i++) {
                if (ps.criteria().get(i).coefficient().equals(k.appliesTo())) {
                    base = base.add(raw[i]);
                }
            }
            String condition = condition(k);
            if (!k.appliesTo(standard, year)) {
                List<String> found = new ArrayList<>();
                if (!k.emissionStandards().isEmpty()) {
                    found.add(standard == null ? "the product gives no emission standard" : "the product meets " + standard);
                }
                if (!k.years().isEmpty()) {
                    found.add("the calculation year is " + year);
                }
                coefResults.add(new CoefficientResult(k.id(), k.title(), k.factor(), k.appliesTo(), k.purpose(), false,
                        "not applied: it needs " + condition + "; " + String.join(", ", found), BigDecimal.ZERO, k.titleRu(),
                        why(k, Assessment.WhyCode.CONDITION_NOT_MET, base, standard, year)));
                continue;
            }
            if (k.purpose() == null) {
                boolean used = general.get(k.appliesTo()) == k;
                BigDecimal added = used ? base.multiply(k.factor().subtract(BigDecimal.ONE)) : BigDecimal.ZERO;
                coefResults.add(new CoefficientResult(k.id(), k.title(), k.factor(), k.appliesTo(), null, used,
                        used ? "applied: " + condition + "; " + plain(base) + " points of '" + k.appliesTo() + "' criteria x "
                                + plain(k.factor()) + " adds " + plain(added)
                                : "not applied: a larger coefficient applies to the same criteria", added, k.titleRu(),
                        why(k, used ? Assessment.WhyCode.APPLIED : Assessment.WhyCode.LARGER_APPLIES, base, standard, year)));
            } else {
                Coefficient g = general.get(k.appliesTo());
                BigDecimal already = g == null ? BigDecimal.ONE : g.factor();
                BigDecimal step = k.factor().subtract(already);
                BigDecimal added = step.signum() > 0 ? base.multiply(step) : BigDecimal.ZERO;
                extra.merge(k.purpose(), added, BigDecimal::add);
                coefResults.add(new CoefficientResult(k.id(), k.title(), k.factor(), k.appliesTo(), k.purpose(), true,
                        "applied in the " + k.purpose() + " score only: " + condition + "; " + plain(base) + " points of '"
                                + k.appliesTo() + "' criteria x " + plain(k.factor()) + " adds " + plain(added), added, k.titleRu(),
                        why(k, Assessment.WhyCode.APPLIED_IN_PURPOSE, base, standard, year)));
            }
        }
        return new Outcome(out, total, extra, coefResults, category, powertrain, warnings);
    }

    private record Own(BigDecimal points, boolean performed, String why, List<Reason> parts) {
        Own(BigDecimal points, boolean performed, String why, Reason part) {
            this(points, performed, why, List.of(part));
        }
    }

    /** Points the product earns itself, before prerequisites, carried-in points and coefficients. */
    private static Own own(Criterion c, Optional<BigDecimal> resolved, Optional<Operation> op, VehicleFacts facts,
                          int year, Carried carried) {
        BigDecimal pts = resolved.orElse(BigDecimal.ZERO);
        boolean declared = op.map(Operation::performed).orElse(false);
        String evidence = op.map(o -> o.evidence().isEmpty() ? "" : " (evidence: " + o.evidence() + ")").orElse("");
        if (c.ratio() != null && c.ladder() != null) {
            Own onLadder = ladder(c, facts, year);
            if (!onLadder.performed()) {
                return onLadder;
            }
            Own ratio = ratio(c, onLadder.points(), declared || onLadder.performed(), facts);
            List<Reason> both = new ArrayList<>(onLadder.parts());
            both.addAll(ratio.parts());
            return new Own(ratio.points(), ratio.performed(), onLadder.why() + "; " + ratio.why(), both);
        }
        if (c.ratio() != null) {
            return ratio(c, pts, declared, facts);
        }
        if (c.ladder() != null) {
            return ladder(c, facts, year);
        }
        return ownPlain(c, pts, declared, evidence, op, facts, carried);
    }

    private static Own ratio(Criterion c, BigDecimal pts, boolean declared, VehicleFacts facts) {
        VehicleFacts.Count n = facts.counts().get(c.code());
        if (n == null && facts.counts().containsKey(c.ratio().items())) {
            if (!declared) {
                return new Own(BigDecimal.ZERO, false, "not declared in the operations (the count of " + c.ratio().items()
                        + " applies to the criteria on those items declared performed)",
                        Reason.of(ReasonCode.CRIT_RATIO_NOT_DECLARED, c.ratio().items()));
            }
            n = facts.counts().get(c.ratio().items());
        }
        if (n == null) {
            return new Own(BigDecimal.ZERO, declared, declared
                    ? "declared performed, but this is a count ratio: give counts." + c.code() + " (or " + c.ratio().items()
                            + "): N of M in product.yaml"
                    : "no count of " + c.ratio().items() + " given (product.yaml counts)",
                    declared ? Reason.of(ReasonCode.CRIT_RATIO_NEEDS_COUNT, c.code(), c.ratio().items())
                            : Reason.of(ReasonCode.CRIT_RATIO_NO_COUNT, c.ratio().items()));
        }
        BigDecimal p = pts.multiply(BigDecimal.valueOf(n.meeting()))
                .divide(BigDecimal.valueOf(n.total()), 0, c.ratio().rounding());
        String exact = plain(pts.multiply(BigDecimal.valueOf(n.meeting())).divide(BigDecimal.valueOf(n.total()), 6, RoundingMode.HALF_UP));
        boolean down = c.ratio().rounding() == RoundingMode.DOWN;
        return new Own(p, n.meeting() > 0, "count ratio " + n + " " + c.ratio().items() + ": " + plain(pts) + " x "
                + n.meeting() + "/" + n.total() + " = " + exact + ", rounded "
                + (down ? "down" : "to the nearest whole point") + " = " + plain(p),
                Reason.of(ReasonCode.CRIT_RATIO, String.valueOf(n.meeting()), String.valueOf(n.total()), c.ratio().items(),
                        plain(pts), exact, down ? "down" : "nearest", plain(p)));
    }

    private static Own ladder(Criterion c, VehicleFacts facts, int year) {
        VehicleFacts.Input in = facts.inputs().get(c.ladder().input());
        if (in == null) {
            return new Own(BigDecimal.ZERO, false, "no " + c.ladder().input() + " given (product.yaml inputs)",
                    Reason.of(ReasonCode.CRIT_NO_INPUT, c.ladder().input()));
        }
        Optional<Ladder.Reached> r = c.ladder().reach(in.value(), year);
        return r.map(x -> new Own(x.points(), true, c.ladder().input() + " = " + plain(in.value()) + " reaches the step from "
                        + plain(x.step().min()) + ": " + plain(x.points()) + " points when calculated in " + year,
                        Reason.of(ReasonCode.CRIT_LADDER, c.ladder().input(), plain(in.value()), plain(x.step().min()),
                                plain(x.points()), String.valueOf(year))))
                .orElse(new Own(BigDecimal.ZERO, false, c.ladder().input() + " = " + plain(in.value())
                        + " reaches no step of the ladder in " + year,
                        Reason.of(ReasonCode.CRIT_LADDER_NONE, c.ladder().input(), plain(in.value()), String.valueOf(year))));
    }

    private static Own ownPlain(Criterion c, BigDecimal pts, boolean declared, String evidence, Optional<Operation> op,
                                VehicleFacts facts, Carried carried) {
        if (c.perUnit() != null) {
            VehicleFacts.Input in = facts.inputs().get(c.perUnit().input());
            if (in == null) {
                return new Own(BigDecimal.ZERO, false, "no " + c.perUnit().input() + " given (product.yaml inputs)",
                        Reason.of(ReasonCode.CRIT_NO_INPUT, c.perUnit().input()));
            }
            BigDecimal steps = in.value().divide(c.perUnit().step(), 0, c.perUnit().rounding());
            BigDecimal p = pts.multiply(steps);
            return new Own(p, steps.signum() > 0, c.perUnit().input() + " = " + plain(in.value()) + ": " + plain(steps)
                    + " whole step(s) of " + plain(c.perUnit().step()) + " x " + plain(pts) + " = " + plain(p),
                    Reason.of(ReasonCode.CRIT_PER_UNIT, c.perUnit().input(), plain(in.value()), plain(steps),
                            plain(c.perUnit().step()), plain(pts), plain(p)));
        }
        if (!c.certifiedBy().isEmpty()) {
            String cert = carried.passing.get(c.certifiedBy());
            if (cert != null) {
                return new Own(pts, true, "component certificate " + cert + " (" + c.certifiedBy() + ") is valid and passes",
                        Reason.of(ReasonCode.CRIT_CERTIFIED, cert, c.certifiedBy()));
            }
            if (declared) {
                return new Own(pts, true, "declared performed in the country" + evidence,
                        Reason.of(ReasonCode.CRIT_DECLARED_PERFORMED, op.map(Operation::evidence).orElse("")));
            }
            return new Own(BigDecimal.ZERO, false, "no valid, passing " + c.certifiedBy() + " certificate is cited in the BOM",
                    Reason.of(ReasonCode.CRIT_NO_CERT, c.certifiedBy()));
        }
        if (declared) {
            return new Own(pts, true, "performed in the country" + evidence,
                    Reason.of(ReasonCode.CRIT_PERFORMED, op.map(Operation::evidence).orElse("")));
        }
        return new Own(BigDecimal.ZERO, false, op.isPresent() ? "declared not performed in the country" : "not declared in the operations",
                Reason.of(op.isPresent() ? ReasonCode.CRIT_DECLARED_NOT_PERFORMED : ReasonCode.CRIT_NOT_DECLARED));
    }

    /** Points carried in from certificates cited in the BOM, and the passing certificates by scheme. */
    private record Carried(Map<String, BigDecimal> points, Map<String, String> from, Map<String, String> passing) {
    }

    private static Carried carried(PointsScheme ps, Product product, LocalDate date, ComponentPointsSource source,
                                   WarningList warnings) {
        Map<String, BigDecimal> pts = new HashMap<>();
        Map<String, String> from = new HashMap<>();
        Map<String, String> passing = new HashMap<>();
        Set<String> codes = new HashSet<>();
        ps.criteria().forEach(c -> codes.add(c.code()));
        Set<String> certifying = new HashSet<>();
        ps.criteria().forEach(c -> certifying.add(c.certifiedBy()));
        Set<String> numbers = new LinkedHashSet<>();
        if (product.bom() != null) {
            for (BomLine l : product.bom().lines()) {
                if (!l.certificate().isEmpty()) {
                    numbers.add(l.certificate());
                }
            }
        }
        for (String number : numbers) {
            Optional<CertifiedPoints> found = source.find(number, date);
            if (found.isEmpty()) {
                continue;
            }
            CertifiedPoints cp = found.get();
            boolean carries = ps.carriedInFrom().contains(cp.schemeId());
            if (!carries && !certifying.contains(cp.schemeId())) {
                continue;
            }
            if (!cp.valid()) {
                warnings.add("component certificate " + number + " (" + cp.schemeId() + ") is " + cp.validity() + " on "
                        + date + ": its points do not count", Reason.of(Assessment.ReasonCode.WARN_COMPONENT_NOT_VALID, number,
                        cp.schemeId(), cp.validity(), String.valueOf(date)));
                continue;
            }
            if (cp.passed()) {
                passing.putIfAbsent(cp.schemeId(), number);
            }
            if (carries) {
                for (Map.Entry<String, BigDecimal> e : cp.criterionPoints().entrySet()) {
                    if (!codes.contains(e.getKey())) {
                        warnings.add("component certificate " + number + " reports points for " + e.getKey()
                                + ", which scheme " + ps.id() + " does not have: not counted",
                                Reason.of(Assessment.ReasonCode.WARN_COMPONENT_UNKNOWN_CRITERION, number, e.getKey(), ps.id()));
                    } else if (e.getValue().signum() > 0 && (!pts.containsKey(e.getKey())
                            || e.getValue().compareTo(pts.get(e.getKey())) > 0)) {
                        pts.put(e.getKey(), e.getValue());
                        from.put(e.getKey(), number);
                    }
                }
            }
        }
        return new Carried(pts, from, passing);
    }

    /** Vehicle facts must fit the scheme: category, and counts and inputs the scheme uses. */
    private static void checkFacts(PointsScheme ps, VehicleFacts facts) {
        List<InputError> errs = new ArrayList<>();
        if (ps.vehicleCategory() != null && facts.category() != null && facts.category() != ps.vehicleCategory()) {
            errs.add(InputError.of(facts.source(), facts.line(), "vehicle-category", "the product is "
                    + facts.category().code() + " but scheme " + ps.id() + " scores " + ps.vehicleCategory().code()));
        }
        Set<String> countKeys = new LinkedHashSet<>();
        Set<String> inputKeys = new LinkedHashSet<>();
        for (Criterion c : ps.criteria()) {
            if (c.ratio() != null) {
                countKeys.add(c.code());
                countKeys.add(c.ratio().items());
            }
            if (c.ladder() != null) {
                inputKeys.add(c.ladder().input());
            }
            if (c.perUnit() != null) {
                inputKeys.add(c.perUnit().input());
            }
        }
        facts.counts().forEach((k, v) -> {
            if (!countKeys.contains(k)) {
                errs.add(InputError.of(facts.source(), v.line(), "counts." + k, "scheme " + ps.id()
                        + " has no count-ratio criterion or item kind '" + k + "'" + (countKeys.isEmpty() ? ""
                        : " (item kinds: " + String.join(", ", ps.criteria().stream().filter(c -> c.ratio() != null)
                        .map(c -> c.ratio().items()).distinct().toList()) + ")")));
            }
        });
        facts.inputs().forEach((k, v) -> {
            if (!inputKeys.contains(k)) {
                errs.add(InputError.of(facts.source(), v.line(), "inputs." + k, "scheme " + ps.id() + " uses no input '" + k
                        + "'" + (inputKeys.isEmpty() ? "" : " (known: " + String.join(", ", inputKeys) + ")")));
            }
        });
        if (!errs.isEmpty()) {
            throw new InvalidInputException(errs);
        }
    }

    private static Assessment.CoefficientWhy why(Coefficient k, Assessment.WhyCode code, BigDecimal base, String standard, int year) {
        return new Assessment.CoefficientWhy(code, base, k.standardsSorted(), k.years().stream().sorted().toList(), k.source(),
                standard, year);
    }

    private static String condition(Coefficient k) {
        List<String> parts = new ArrayList<>();
        if (!k.emissionStandards().isEmpty()) {
            parts.add("a product meeting " + String.join(" or ", k.standardsSorted()));
        }
        if (!k.years().isEmpty()) {
            parts.add("calculation year " + k.years().stream().sorted().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse(""));
        }
        if (k.purpose() != null) {
            parts.add("the purpose " + k.purpose());
        }
        return (parts.isEmpty() ? "always" : String.join(", ", parts)) + (k.source().isEmpty() ? "" : " (" + k.source() + ")");
    }

    static String vehicle(VehicleCategory c, Powertrain p) {
        return (c == null ? "this vehicle" : c.code()) + (p == null ? "" : " with powertrain " + p.code());
    }

    static Map<String, Purpose> purposesById(PointsScheme ps) {
        Map<String, Purpose> m = new LinkedHashMap<>();
        ps.purposes().forEach(p -> m.put(p.id(), p));
        return m;
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
