package org.localis.cost;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a cost belongs in total cost (SOR/2020-155 s. 1(6)): the value of materials and the other product
 * costs, period costs, other costs; and exchange gains or losses related to the production of the good
 * (s. 7(22) Examples 9 and 10), which enter total cost but never the value of non-originating materials.
 */
public enum CostSection {
    MATERIAL("material", "value of materials"),
    PRODUCT("product", "other product costs"),
    PERIOD("period", "period costs"),
    OTHER("other", "other costs"),
    EXCHANGE("exchange", "exchange gains (-) and losses (+) related to the production of the good");

    private final String code;
    private final String title;

    CostSection(String code, String title) {
        this.code = code;
        this.title = title;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public static Optional<CostSection> of(String code) {
        String c = code.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.code.equals(c)).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(CostSection::code).toList());
    }
}
