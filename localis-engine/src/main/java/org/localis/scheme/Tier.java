package org.localis.scheme;

import java.math.BigDecimal;

/**
 * A support tier. A passing product reaches a tier when its score beats the period threshold by at
 * least {@code margin} in the scheme's favourable direction (margin 0 = just passing). Tiers are
 * listed from the lowest to the highest.
 */
public record Tier(String id, String name, String nameRu, BigDecimal margin, String support) {
    public Tier {
        nameRu = nameRu == null || nameRu.isEmpty() ? name : nameRu;
        support = support == null ? "" : support;
    }
}
