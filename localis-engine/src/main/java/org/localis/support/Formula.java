package org.localis.support;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How a program turns a certified product into a weight; the budget is shared in proportion to the
 * weights. Every formula is non-negative and never decreasing in the score, in the annual volume and
 * (for {@link TierWeights}, whose weights the program checks to rise with the tier) in the tier: that,
 * together with the allocator's rounding, is what makes "more localization never means less support"
 * hold.
 */
public sealed interface Formula {

    /** The candidate's weight, &gt;= 0, exact. Called only for eligible candidates. */
    BigDecimal weight(Candidate c);

    /** How {@link #weight} was computed for this candidate, with the numbers. */
    String explain(Candidate c);

    /** {@link #explain} as a code with its figures ({@code WEIGHT_*}), for saying it in another language. */
    ReasonPart explainPart(Candidate c);

    /** The formula in words, for the program's description. */
    String describe();

    /**
     * weight = max(0, score - threshold) x annual volume: points (or percentage points) above the
     * threshold times the products made. For lower-is-better schemes pass the margin already oriented.
     */
    record ScoreAboveThresholdTimesVolume() implements Formula {
        @Override
        public BigDecimal weight(Candidate c) {
            return margin(c).multiply(BigDecimal.valueOf(c.annualVolume()));
        }

        private static BigDecimal margin(Candidate c) {
            if (c.score() == null || c.threshold() == null) {
                throw new IllegalArgumentException("candidate " + c.productId()
                        + ": the formula needs a score and a threshold");
            }
            return c.score().subtract(c.threshold()).max(BigDecimal.ZERO);
        }

        @Override
        public String explain(Candidate c) {
            BigDecimal m = margin(c);
            String base = "(score " + Numbers.plain(c.score()) + " - threshold " + Numbers.plain(c.threshold()) + ")";
            if (m.signum() == 0) {
                base = "score " + Numbers.plain(c.score()) + " is not above threshold " + Numbers.plain(c.threshold())
                        + ": margin 0";
            }
            return base + " x annual volume " + c.annualVolume() + " = " + Numbers.plain(weight(c));
        }

        @Override
        public ReasonPart explainPart(Candidate c) {
            return ReasonPart.of(margin(c).signum() == 0 ? ReasonPart.Code.WEIGHT_NO_MARGIN : ReasonPart.Code.WEIGHT_MARGIN,
                    c.score(), c.threshold(), BigDecimal.valueOf(c.annualVolume()), weight(c));
        }

        @Override
        public String describe() {
            return "(score - threshold, at least 0) x annual volume";
        }
    }

    /** weight = max(0, score) x annual volume. */
    record ScoreTimesVolume() implements Formula {
        @Override
        public BigDecimal weight(Candidate c) {
            return score(c).multiply(BigDecimal.valueOf(c.annualVolume()));
        }

        private static BigDecimal score(Candidate c) {
            if (c.score() == null) {
                throw new IllegalArgumentException("candidate " + c.productId() + ": the formula needs a score");
            }
            return c.score().max(BigDecimal.ZERO);
        }

        @Override
        public String explain(Candidate c) {
            return "score " + Numbers.plain(score(c)) + " x annual volume " + c.annualVolume() + " = "
                    + Numbers.plain(weight(c));
        }

        @Override
        public ReasonPart explainPart(Candidate c) {
            return ReasonPart.of(ReasonPart.Code.WEIGHT_SCORE, score(c), BigDecimal.valueOf(c.annualVolume()), weight(c));
        }

        @Override
        public String describe() {
            return "score (at least 0) x annual volume";
        }
    }

    /**
     * weight = the tier's weight x annual volume. The program requires a weight for every tier from its
     * minimum tier up, never lower for a higher tier.
     */
    record TierWeights(Map<String, BigDecimal> weights) implements Formula {
        public TierWeights {
            Objects.requireNonNull(weights, "weights");
            Map<String, BigDecimal> copy = new LinkedHashMap<>();
            weights.forEach((tier, w) -> {
                Objects.requireNonNull(tier, "tier");
                Objects.requireNonNull(w, "weight of tier " + tier);
                if (w.signum() < 0) {
                    throw new IllegalArgumentException("the weight of tier " + tier + " must not be negative");
                }
                copy.put(tier, w);
            });
            weights = java.util.Collections.unmodifiableMap(copy);
        }

        private BigDecimal tierWeight(Candidate c) {
            BigDecimal w = c.tier() == null ? null : weights.get(c.tier());
            if (w == null) {
                throw new IllegalArgumentException("candidate " + c.productId() + ": no weight for tier " + c.tier());
            }
            return w;
        }

        @Override
        public BigDecimal weight(Candidate c) {
            return tierWeight(c).multiply(BigDecimal.valueOf(c.annualVolume()));
        }

        @Override
        public String explain(Candidate c) {
            return "tier " + c.tier() + " weight " + Numbers.plain(tierWeight(c)) + " x annual volume "
                    + c.annualVolume() + " = " + Numbers.plain(weight(c));
        }

        @Override
        public ReasonPart explainPart(Candidate c) {
            return ReasonPart.of(ReasonPart.Code.WEIGHT_TIER, c.tier(), tierWeight(c), BigDecimal.valueOf(c.annualVolume()),
                    weight(c));
        }

        @Override
        public String describe() {
            StringBuilder sb = new StringBuilder("tier weight x annual volume (");
            boolean first = true;
            for (Map.Entry<String, BigDecimal> e : weights.entrySet()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(e.getKey()).append(' ').append(Numbers.plain(e.getValue()));
            }
            return sb.append(')').toString();
        }
    }
}
