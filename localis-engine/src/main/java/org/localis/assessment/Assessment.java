package org.localis.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.localis.scheme.Classification;
import org.localis.scheme.SchemeInfo;

/**
 * The explained result of scoring one product under one scheme and period. Amounts are in the
 * product currency rounded to the cent, percentages to two decimals (half-up, at the end only).
 *
 * @param period      the assessment period (year) asked for
 * @param thresholdYear the year the scheme's threshold in force in that period was set
 * @param score       points, or percent (RVC; for a cap scheme, the non-originating share)
 * @param tier        the support tier reached, or null when the product does not pass
 * @param nextTier    what the next tier up needs, or null at the top tier
 * @param valueShare  the value-share computation, or null for points schemes
 * @param vehicle     the vehicle facts the scheme used, or null for a scheme without a vehicle category
 * @param purposes    for a scheme whose thresholds have purposes: the score and threshold of each
 * @param coefficients every coefficient of the scheme: whether it applied, why, and what it added
 * @param warningsWhy each of {@code warnings} as a code ({@code WARN_*}) with its figures, in the same order; a stored
 *                    document has only {@code warnings}, which {@link Warnings#read} turns back into these
 */
public record Assessment(SchemeInfo scheme, String kind, int period, int thresholdYear, LocalDate date, String productName,
                         BigDecimal score, String unit, BigDecimal threshold, boolean lowerIsBetter, boolean passed,
                         List<String> failedBecause, TierResult tier, NextTier nextTier,
                         ClassificationResult classification, List<CriterionResult> criteria,
                         List<LineResult> lines, Totals totals, ValueShareResult valueShare,
                         List<String> warnings, VehicleResult vehicle, List<PurposeResult> purposes,
                         List<CoefficientResult> coefficients, List<Reason> failedBecauseWhy, List<Reason> warningsWhy) {

    public Assessment {
        failedBecause = List.copyOf(failedBecause);
        failedBecauseWhy = failedBecauseWhy == null ? List.of() : List.copyOf(failedBecauseWhy);
        criteria = List.copyOf(criteria);
        lines = lines instanceof LineResults ? lines : List.copyOf(lines);
        warnings = List.copyOf(warnings);
        warningsWhy = warningsWhy == null ? List.of() : List.copyOf(warningsWhy);
        purposes = purposes == null ? List.of() : List.copyOf(purposes);
        coefficients = coefficients == null ? List.of() : List.copyOf(coefficients);
    }

    /** The vehicle a vehicle scheme scored: category, powertrain and emission standard (or null). */
    public record VehicleResult(String category, String powertrain, String emissionStandard) {
    }

    /**
     * One purpose's verdict.
     *
     * @param thresholdYear the year the threshold in force was set, or null when none is in force yet
     * @param threshold     the threshold in force, or null
     * @param score         the score for this purpose (purpose-only coefficients included)
     * @param met           score reaches the threshold and every mandatory criterion is met
     */
    public record PurposeResult(String id, String title, String titleRu, Integer thresholdYear, BigDecimal threshold,
                                BigDecimal score, boolean met, String note) {
    }

    /**
     * @param applied     whether it applied (for a purpose-only coefficient: in that purpose's score)
     * @param reason      why it applied or not
     * @param addedPoints points it added (0 when not applied)
     */
    public record CoefficientResult(String id, String title, BigDecimal factor, String appliesTo, String purpose,
                                    boolean applied, String reason, BigDecimal addedPoints, String titleRu, CoefficientWhy why) {
    }

    /** Which of the four answers {@link CoefficientResult#reason} gives, so that it can be said in any language. */
    public enum WhyCode {
        /** It multiplied its criteria's points. */
        APPLIED,
        /** It counts in one purpose's score only. */
        APPLIED_IN_PURPOSE,
        /** A larger general coefficient covers the same criteria. */
        LARGER_APPLIES,
        /** The product or the calculation year does not meet its condition. */
        CONDITION_NOT_MET
    }

    /**
     * The figures behind a coefficient's reason: the points of the criteria it covers, its condition (emission
     * standards, calculation years, purpose, the clause it comes from) and what the product had (its emission
     * standard, or null when it gives none; the calculation year).
     */
    public record CoefficientWhy(WhyCode code, BigDecimal basePoints, List<String> standards, List<Integer> years,
                                 String source, String productStandard, int year) {
        public CoefficientWhy {
            standards = List.copyOf(standards);
            years = List.copyOf(years);
        }
    }

    /** A support tier reached. */
    public record TierResult(String id, String name, String nameRu, BigDecimal margin, String support) {
    }

    /**
     * What it takes to reach the next tier.
     *
     * @param required score the tier needs in this period
     * @param gap      points or percentage points still missing
     * @param moneyGap for value-share schemes: non-originating value to replace by originating, in the product currency
     * @param advice   plain-language next steps
     * @param adviceWhy each step of {@code advice} as a code and its figures, in the same order
     */
    public record NextTier(String id, String name, String nameRu, BigDecimal required, BigDecimal gap,
                           BigDecimal moneyGap, List<String> advice, List<Reason> adviceWhy) {
        public NextTier {
            advice = List.copyOf(advice);
            adviceWhy = adviceWhy == null ? List.of() : List.copyOf(adviceWhy);
        }
    }

    /** The production depth and which operations decided it ({@code why}: the reason as a code and its figures). */
    public record ClassificationResult(Classification classification, String reason, Reason why) {
    }

    /**
     * Which sentence an explanation is (classification reason, failed requirement, next-tier advice), so that it
     * can be said in any language. The arguments each code takes are listed beside it, in order; {@code parts} are
     * nested reasons the sentence is made of.
     */
    public enum ReasonCode {
        /** No arguments. */
        CLASS_NO_RULES,
        /** Parts: the reasons joined by "; ". */
        CLASS_REACHED,
        /** Operation codes performed in the country. */
        CLASS_REQUIRES,
        /** Further operation codes performed. */
        CLASS_ALSO,
        /** Domestic share, the share needed (percent). */
        CLASS_BY_SHARE,
        /** The deeper class code; parts: what it needs, joined by ", ". */
        CLASS_DEEPER,
        /** Operation codes not performed. */
        CLASS_NEED_OPS,
        /** Operation codes, one of which is needed. */
        CLASS_NEED_ONE_OF,
        /** Operation codes, one of which is needed; the share that would also do; the share now. */
        CLASS_NEED_ONE_OF_OR_SHARE,
        /** Operation codes of which none is performed; the class they are needed for. */
        CLASS_NONE_ANY_OF,
        /** Operation codes not performed; the class they are needed for. */
        CLASS_NONE_MISSING,
        /** Score, cap (percent), year. */
        FAIL_ABOVE_CAP,
        /** Score, threshold (percent), year. */
        FAIL_BELOW_PERCENT,
        /** Score, threshold (points), year. */
        FAIL_BELOW_POINTS,
        /** Criterion code, title, Russian title, the criterion's explanation (English); parts: that explanation's reason. */
        FAIL_MANDATORY,
        /** Criterion code, title, Russian title, year. */
        ADVICE_PERFORM,
        /** Criterion code, title, Russian title, year, missing prerequisites. */
        ADVICE_PERFORM_WITH,
        /** Points missing, unearned criteria with their points ("" for none), how many more are unearned. */
        ADVICE_MORE_POINTS,
        /** Money, currency, percentage points. */
        ADVICE_REPLACE,
        /** Money, currency, percentage points. */
        ADVICE_RAISE,
        /** Parts: the failed requirements. */
        ADVICE_MEET_FAILED,
        /** A criterion's explanation. Parts: the steps, joined by "; ". */
        CRIT_EXPLAINED,
        /** Vehicle category code ("" when none), powertrain code ("" when none). */
        CRIT_NOT_FOR_VEHICLE,
        /** Year. */
        CRIT_NO_POINTS_IN_YEAR,
        /** Valid from ("" when open), valid to ("" when open), the assessment date. */
        CRIT_NOT_ON_DATE,
        /** Missing prerequisite operation codes. */
        CRIT_PREREQ_MISSING,
        /** Certificate number, points carried in, own points ("" when none). */
        CRIT_CARRIED,
        /** Item kind counted. */
        CRIT_RATIO_NOT_DECLARED,
        /** Criterion code, item kind. */
        CRIT_RATIO_NEEDS_COUNT,
        /** Item kind. */
        CRIT_RATIO_NO_COUNT,
        /** Items meeting, items in all, item kind, points, exact share of points, "down" or "nearest", points rounded. */
        CRIT_RATIO,
        /** Product input name. */
        CRIT_NO_INPUT,
        /** Input name, its value, the step reached, points, year. */
        CRIT_LADDER,
        /** Input name, its value, year. */
        CRIT_LADDER_NONE,
        /** Input name, its value, whole steps, step size, points per step, points. */
        CRIT_PER_UNIT,
        /** Certificate number, the scheme it is certified under. */
        CRIT_CERTIFIED,
        /** Evidence ("" when none). */
        CRIT_DECLARED_PERFORMED,
        /** The scheme a certificate is needed under. */
        CRIT_NO_CERT,
        /** Evidence ("" when none). */
        CRIT_PERFORMED,
        /** No arguments. */
        CRIT_DECLARED_NOT_PERFORMED,
        /** No arguments. */
        CRIT_NOT_DECLARED,
        /** Coefficient factor, its id, points after it. */
        CRIT_COEFFICIENT,
        /** One-of group, the criterion that counts, its points. */
        CRIT_NOT_BEST,
        /** A BOM line's basis: origin (country code) in the territory. */
        BASIS_IN_TERRITORY,
        /** Origin (country code) outside the territory. */
        BASIS_FOREIGN,
        /** No arguments: no origin given, counted as non-originating. */
        BASIS_UNKNOWN_ORIGIN,
        /** Certificate id: it says originating, the line is wholly originating (roll-up). */
        BASIS_CERT_ORIGINATING,
        /** Certificate id: it says not originating. */
        BASIS_CERT_NON_ORIGINATING,
        /** Certificate id, its domestic share (percent): the rest is non-originating (tracing). */
        BASIS_CERT_TRACED,
        /** The sub-assembly's own regional value content, the threshold (percent): it rolls up. */
        BASIS_ROLLED_UP_RVC,
        /** The sub-assembly's own non-originating content, the cap (percent): it rolls up. */
        BASIS_ROLLED_UP_NOM,
        /** No arguments: a sub-assembly made in the country, its lines' non-originating content counts. */
        BASIS_TRACED,
        /** Origin (country code) of a sub-assembly made abroad: wholly non-originating. */
        BASIS_MADE_ABROAD,
        /** A warning: the scheme id; it is not confirmed in full against the official text. */
        WARN_NOT_OFFICIAL,
        /** A warning: how many BOM lines have no origin; parts: the first of them ({@link #WARN_LINE}). */
        WARN_NO_ORIGIN,
        /** A BOM line named in a warning: part, line number. */
        WARN_LINE,
        /** A warning: part, line number, certificate id not found. */
        WARN_CERT_NOT_FOUND,
        /** A warning: part, line number, certificate id, its validity ("expired", "not yet valid"...), date, valid from, valid to. */
        WARN_CERT_NOT_VALID,
        /** A warning: part, line number, certificate id, the part the certificate covers. */
        WARN_CERT_OTHER_PART,
        /** A warning without arguments: no powertrain given, an internal combustion engine is assumed. */
        WARN_POWERTRAIN_ASSUMED,
        /** A warning: component certificate number, its scheme id, its validity ("expired"...), date. */
        WARN_COMPONENT_NOT_VALID,
        /** A warning: component certificate number, the criterion code it reports, the scheme id that lacks it. */
        WARN_COMPONENT_UNKNOWN_CRITERION,
        /** A warning: the exact score (six decimals) that decides pass or fail across the rounded one. */
        WARN_EXACT_SCORE
    }

    /** An explanation as a code, its figures and ids (as the English sentence writes them) and nested parts. */
    public record Reason(ReasonCode code, List<String> args, List<Reason> parts) {
        public Reason {
            args = List.copyOf(args);
            parts = parts == null ? List.of() : List.copyOf(parts);
        }

        public static Reason of(ReasonCode code, String... args) {
            return new Reason(code, List.of(args), List.of());
        }
    }

    /**
     * A points-scheme criterion as scored.
     *
     * @param points      the points for this vehicle (category and powertrain resolved), before ratio and coefficient
     * @param group       the decree's heading, or ""
     * @param carriedFrom the certificate whose points were carried in, or ""
     * @param source      the clause and amendment of the official text, or ""
     * @param why         the explanation as a code and its figures ({@link ReasonCode#CRIT_EXPLAINED}), or null
     */
    public record CriterionResult(String code, String title, String titleRu, String type, BigDecimal points,
                                  BigDecimal earned, boolean performed, boolean mandatory,
                                  List<String> missingPrerequisites, String evidence, String explanation,
                                  String group, String carriedFrom, String source, Reason why) {
        public CriterionResult {
            missingPrerequisites = List.copyOf(missingPrerequisites);
            group = group == null ? "" : group;
            carriedFrom = carriedFrom == null ? "" : carriedFrom;
            source = source == null ? "" : source;
        }

        public CriterionResult(String code, String title, String titleRu, String type, BigDecimal points,
                               BigDecimal earned, boolean performed, boolean mandatory,
                               List<String> missingPrerequisites, String evidence, String explanation) {
            this(code, title, titleRu, type, points, earned, performed, mandatory, missingPrerequisites, evidence,
                    explanation, "", "", "", null);
        }
    }

    /**
     * A BOM line valued for one unit of the product (summed over every place it is used).
     *
     * @param basis    why the line counts as it does (origin, certificate, roll-up, tracing), in English
     * @param basisWhy the same as a code with its figures (one of the {@code BASIS_*} codes), or null; a stored
     *                 document has only {@code basis}, which {@link LineBasis#read} turns back into this
     */
    public record LineResult(int line, String part, String parent, String description, BigDecimal quantity,
                             String makeBuy, String origin, String certificate, BigDecimal value,
                             BigDecimal originatingValue, BigDecimal nonOriginatingValue, String basis, Reason basisWhy) {
    }

    /**
     * Material totals for one product unit.
     *
     * @param domesticShare originating share of the material value, percent
     */
    public record Totals(String currency, BigDecimal materialValue, BigDecimal originatingValue,
                         BigDecimal nonOriginatingValue, BigDecimal domesticShare, BigDecimal price,
                         BigDecimal netCost, BigDecimal domesticValueAdded, BigDecimal domesticValueAddedShare) {
    }

    /**
     * @param method   transaction-value, net-cost, build-up or max-non-originating
     * @param baseField JSON name of the base: transactionValue, netCost or exWorksPrice
     * @param base     the value the percent is taken of
     * @param formula  the formula with its numbers filled in
     */
    public record ValueShareResult(String method, String originRule, String baseField, BigDecimal base,
                                   BigDecimal nonOriginatingValue, BigDecimal originatingMaterialValue,
                                   String formula) {
    }
}
