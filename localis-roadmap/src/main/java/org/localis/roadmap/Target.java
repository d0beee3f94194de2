package org.localis.roadmap;

import java.math.BigDecimal;

/** What a planning year must reach: a support tier of the scheme, or a score. */
public sealed interface Target permits Target.Tier, Target.Score {

    /** Pass the period (threshold and, for points schemes, mandatory criteria) at this tier or higher. */
    record Tier(String id) implements Target {
        @Override
        public String describe() {
            return "tier " + id;
        }
    }

    /**
     * Reach this score (points or percent, in the scheme's direction: for a cap on non-originating content,
     * at most it), as the engine reports it to two decimals. Mandatory criteria are not implied.
     */
    record Score(BigDecimal value) implements Target {
        @Override
        public String describe() {
            return "score " + value.stripTrailingZeros().toPlainString();
        }
    }

    String describe();

    /** "base", "tier:base" -&gt; a tier; "3500" or "score:80.5" -&gt; a score. */
    static Target parse(String text) {
        String t = text.trim();
        if (t.startsWith("tier:")) {
            return new Tier(t.substring(5));
        }
        if (t.startsWith("score:")) {
            String v = t.substring(6).trim();
            if (!org.localis.input.Values.isPlainDecimal(v)) {
                throw new org.localis.input.InvalidInputException(org.localis.input.InputError.of("target", 0, "target",
                        "'" + text + "' is not a score (write score:80.5 or a tier id)"));
            }
            return new Score(new BigDecimal(v));
        }
        if (org.localis.input.Values.isPlainDecimal(t)) {
            return new Score(new BigDecimal(t));
        }
        return new Tier(t);
    }
}
