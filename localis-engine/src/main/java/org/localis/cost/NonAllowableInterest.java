package org.localis.cost;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Non-allowable interest costs (SOR/2020-155 s. 1(1) and s. 7(14)): interest on the producer's debt obligations
 * above the federal government's rate for comparable maturities plus 700 basis points. Localis removes the part
 * of the interest that the rate above the allowed rate accounts for:
 * {@code interest × (contract rate − (reference rate + margin)) ÷ contract rate}, in cents, half-up; nothing
 * when the contract rate is within the margin.
 */
public final class NonAllowableInterest {

    /** 700 basis points, in percent. */
    public static final BigDecimal USMCA_MARGIN = new BigDecimal("7.00");

    /** The non-allowable part of one debt's interest and the sentence that shows it. */
    public record Part(DebtLine debt, BigDecimal allowedRate, BigDecimal amount, String explanation) {
    }

    private NonAllowableInterest() {
    }

    public static Part of(DebtLine d, BigDecimal margin) {
        BigDecimal allowed = d.referenceRate().add(margin);
        String name = d.debt().isEmpty() ? "debt" : d.debt();
        if (d.contractRate().compareTo(allowed) <= 0) {
            return new Part(d, allowed, BigDecimal.ZERO.setScale(2), name + ": rate " + Money.plain(d.contractRate())
                    + "% is within " + Money.plain(d.referenceRate()) + "% + " + Money.plain(margin) + " = "
                    + Money.plain(allowed) + "%: no non-allowable interest");
        }
        BigDecimal excess = d.contractRate().subtract(allowed);
        BigDecimal amount = Money.cents(d.interest().multiply(excess).divide(d.contractRate(), Money.MC));
        return new Part(d, allowed, amount, name + ": rate " + Money.plain(d.contractRate()) + "% is above "
                + Money.plain(d.referenceRate()) + "% + " + Money.plain(margin) + " = " + Money.plain(allowed)
                + "%: non-allowable interest = " + Money.show(d.interest()) + " × (" + Money.plain(d.contractRate())
                + " − " + Money.plain(allowed) + ") ÷ " + Money.plain(d.contractRate()) + " = " + Money.show(amount));
    }

    public static List<Part> of(List<DebtLine> debts, BigDecimal margin) {
        List<Part> parts = new ArrayList<>();
        for (DebtLine d : debts) {
            parts.add(of(d, margin));
        }
        return parts;
    }
}
