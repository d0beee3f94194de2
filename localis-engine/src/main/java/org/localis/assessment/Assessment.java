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
 */
public record Assessment(SchemeInfo scheme, String kind, int period, int thresholdYear, LocalDate date, String productName,
                         BigDecimal score, String unit, BigDecimal threshold, boolean lowerIsBetter, boolean passed,
                         List<String> failedBecause, TierResult tier, NextTier nextTier,
                         ClassificationResult classification, List<CriterionResult> criteria,
                         List<LineResult> lines, Totals totals, ValueShareResult valueShare,
                         List<String> warnings) {

    public Assessment {
        failedBecause = List.copyOf(failedBecause);
        criteria = List.copyOf(criteria);
        lines = lines instanceof LineResults ? lines : List.copyOf(lines);
        warnings = List.copyOf(warnings);
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

    /** A points-scheme criterion as scored. */
    public record CriterionResult(String code, String title, String titleRu, String type, BigDecimal points,
                                  BigDecimal earned, boolean performed, boolean mandatory,
                                  List<String> missingPrerequisites, String evidence, String explanation) {
        public CriterionResult {
            missingPrerequisites = List.copyOf(missingPrerequisites);
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
