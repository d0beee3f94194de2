package org.localis.cost;

import java.math.BigDecimal;
import java.util.List;

/**
 * Sets of goods (SOR/2020-155 s. 6(3)-(4)): a set originates only if the value of all its non-originating goods
 * does not exceed the cap (10 %) of the value of the set, both valued as materials and goods are (ss. 7 and 8).
 */
public final class ProductSet {

    public static final BigDecimal USMCA_CAP = BigDecimal.TEN;

    /** A good in the set, with its value and whether it is originating. */
    public record Component(String name, BigDecimal value, boolean originating) {
    }

    public record Result(BigDecimal setValue, BigDecimal nonOriginatingValue, BigDecimal share, BigDecimal cap,
                         boolean originating, String explanation) {
    }

    private ProductSet() {
    }

    /** @param setValue the value of the set (its transaction value or net cost) */
    public static Result check(BigDecimal setValue, List<Component> components, BigDecimal cap) {
        if (setValue.signum() <= 0) {
            throw new IllegalArgumentException("the value of the set must be positive");
        }
        BigDecimal non = components.stream().filter(c -> !c.originating()).map(Component::value)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal share = non.multiply(Money.HUNDRED).divide(setValue, Money.MC);
        boolean ok = share.compareTo(cap) <= 0;
        String names = String.join(", ", components.stream().filter(c -> !c.originating()).map(Component::name).toList());
        return new Result(setValue, non, share, cap, ok, "non-originating goods" + (names.isEmpty() ? "" : " (" + names + ")")
                + ": " + Money.show(non) + " ÷ " + Money.show(setValue) + " × 100 = " + Money.plain(Rvc.round(share, 2)) + "% "
                + (ok ? "≤ " : "> ") + Money.plain(cap) + "%: the set is " + (ok ? "" : "not ") + "originating");
    }
}
