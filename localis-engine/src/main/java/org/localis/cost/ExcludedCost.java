package org.localis.cost;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The excluded costs the net cost method removes from total cost (SOR/2020-155 s. 1(1), "excluded costs"). */
public enum ExcludedCost {
    SALES_PROMOTION("sales-promotion", "sales promotion, marketing and after-sales service costs"),
    ROYALTIES("royalties", "royalties"),
    SHIPPING_PACKING("shipping-packing", "shipping and packing costs"),
    NON_ALLOWABLE_INTEREST("non-allowable-interest", "non-allowable interest costs");

    private final String code;
    private final String title;

    ExcludedCost(String code, String title) {
        this.code = code;
        this.title = title;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public static Optional<ExcludedCost> of(String code) {
        String c = code.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.code.equals(c)).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(ExcludedCost::code).toList());
    }
}
