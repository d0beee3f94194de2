package org.localis.scheme;

import java.math.BigDecimal;

/**
 * A support tier. A passing product reaches a tier when its score beats the period threshold by at
 * least {@code margin} in the scheme's favourable direction (margin 0 = just passing). Tiers are
 * listed from the lowest to the highest.
 */
public record Tier(String id, String name, String nameRu, BigDecimal margin, String support, String supportRu) {
    public Tier {
        nameRu = nameRu == null || nameRu.isEmpty() ? name : nameRu;
        support = support == null ? "" : support;
        supportRu = supportRu == null || supportRu.isEmpty() ? support : supportRu;
    }

    /** Without a Russian support text ({@code support-ru}): the English one stands for it. */
    public Tier(String id, String name, String nameRu, BigDecimal margin, String support) {
        this(id, name, nameRu, margin, support, null);
    }
}
