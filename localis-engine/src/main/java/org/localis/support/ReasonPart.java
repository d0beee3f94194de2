package org.localis.support;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One clause of an allocation line's reason or of a program note, as a code with its figures, so that it can be
 * said in any language; the English sentence ({@link AllocationLine#reason}, {@link Allocation#notes}) says the same.
 * Each figure is a {@link BigDecimal} (a number), a {@link String} (a tier id, a company name or a currency code) or a
 * {@code List<String>} (tier ids), in the order the code's description gives.
 */
public record ReasonPart(Code code, List<Object> figures) {

    /** What a clause says; the figures in brackets. */
    public enum Code {
        /** Not eligible: no tier (no figures); the amount is 0. */
        NOT_CERTIFIED,
        /** Not eligible: [tier, the program's tiers (list)]; the amount is 0. */
        TIER_NOT_IN_PROGRAM,
        /** Not eligible: [tier, minimum tier]; the amount is 0. */
        BELOW_MINIMUM,
        /** Eligible: [tier, minimum tier]. */
        ELIGIBLE,
        /** Weight = (score - threshold) x volume: [score, threshold, volume, weight]. */
        WEIGHT_MARGIN,
        /** Weight 0 as the score is not above the threshold: [score, threshold, volume, weight]. */
        WEIGHT_NO_MARGIN,
        /** Weight = score x volume: [score, volume, weight]. */
        WEIGHT_SCORE,
        /** Weight = the tier's weight x volume: [tier, tier weight, volume, weight]. */
        WEIGHT_TIER,
        /** A weight of 0 gets no share; the amount is 0 (no figures). */
        ZERO_WEIGHT,
        /** The company is held at the cap: [company, cap, its claim, weight, company weight]. */
        CAPPED_SHARE,
        /** Share by weight: [weight, weight of the companies sharing, pool]. */
        SHARE,
        /** Share by weight of what is left after the capped companies: [weight, weight of the others, pool]. */
        SHARE_AFTER_CAPS,
        /** The exact amount: [exact]. */
        EXACT,
        /** The exact amount is whole: [amount, currency]. */
        WHOLE,
        /** Rounded down, plus 1 by largest remainder: [floor, amount, currency]. */
        ROUNDED_UP,
        /** Rounded down: [amount, currency]. */
        ROUNDED_DOWN,
        /** Note: the budget's fraction of a unit stays unallocated: [fraction, currency]. */
        NOTE_BUDGET_FRACTION,
        /** Note: the cap allows at most a whole number: [cap, whole cap]. */
        NOTE_CAP_FRACTION,
        /** Note: no product is eligible, the whole budget stays unallocated (no figures). */
        NOTE_NONE_ELIGIBLE,
        /** Note: no eligible product has a positive weight, the whole budget stays unallocated (no figures). */
        NOTE_NO_WEIGHT,
        /** Note: every company with a claim is at the cap: [cap, unallocated, currency]. */
        NOTE_ALL_CAPPED,
        /** Note: some companies are held at the cap: [how many, cap]. */
        NOTE_CAPPED
    }

    public ReasonPart {
        Objects.requireNonNull(code, "code");
        figures = List.copyOf(figures);
    }

    static ReasonPart of(Code code, Object... figures) {
        return new ReasonPart(code, List.of(figures));
    }
}
