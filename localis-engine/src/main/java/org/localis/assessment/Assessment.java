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
 */
public record Assessment(SchemeInfo scheme, String kind, int period, int thresholdYear, LocalDate date, String productName,
                         BigDecimal score, String unit, BigDecimal threshold, boolean lowerIsBetter, boolean passed,
                         List<String> failedBecause, TierResult tier, NextTier nextTier,
                         ClassificationResult classification, List<CriterionResult> criteria,
                         List<LineResult> lines, Totals totals, ValueShareResult valueShare,
                         List<String> warnings, VehicleResult vehicle, List<PurposeResult> purposes,
                         List<CoefficientResult> coefficients) {

    public Assessment {
        failedBecause = List.copyOf(failedBecause);
        criteria = List.copyOf(criteria);
        lines = lines instanceof LineResults ? lines : List.copyOf(lines);
        warnings = List.copyOf(warnings);
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
     */
    public record NextTier(String id, String name, String nameRu, BigDecimal required, BigDecimal gap,
                           BigDecimal moneyGap, List<String> advice) {
        public NextTier {
            advice = List.copyOf(advice);
        }
    }

    /** The production depth and which operations decided it. */
    public record ClassificationResult(Classification classification, String reason) {
    }

    /**
     * A points-scheme criterion as scored.
     *
     * @param points      the points for this vehicle (category and powertrain resolved), before ratio and coefficient
     * @param group       the decree's heading, or ""
     * @param carriedFrom the certificate whose points were carried in, or ""
     * @param source      the clause and amendment of the official text, or ""
     */
    public record CriterionResult(String code, String title, String titleRu, String type, BigDecimal points,
                                  BigDecimal earned, boolean performed, boolean mandatory,
                                  List<String> missingPrerequisites, String evidence, String explanation,
                                  String group, String carriedFrom, String source) {
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
                    explanation, "", "", "");
        }
    }

    /**
     * A BOM line valued for one unit of the product (summed over every place it is used).
     *
     * @param basis why the line counts as it does (origin, certificate, roll-up, tracing)
     */
    public record LineResult(int line, String part, String parent, String description, BigDecimal quantity,
                             String makeBuy, String origin, String certificate, BigDecimal value,
                             BigDecimal originatingValue, BigDecimal nonOriginatingValue, String basis) {
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
