package org.localis.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The comparison rate of Schedule 9 of SOR/2020-155: the weighted average principal maturity of a payment
 * schedule (rounded to one decimal, a midpoint to the greater) and the federal government's rate for that
 * maturity, by linear interpolation between the nearest shorter and longer maturities, or the nearest one
 * when the maturity is beyond those offered (s. 2(c)).
 */
public final class ReferenceRates {

    /** A principal payment made {@code years} after the contract (or the interest rate period) began. */
    public record PrincipalPayment(BigDecimal years, BigDecimal principal) {
    }

    private ReferenceRates() {
    }

    /** Sum of the weighted principal payments (principal × years). */
    public static BigDecimal weightedPrincipal(List<PrincipalPayment> payments) {
        BigDecimal sum = BigDecimal.ZERO;
        for (PrincipalPayment p : payments) {
            sum = sum.add(p.principal().multiply(p.years()));
        }
        return sum;
    }

    /** Weighted principal ÷ the original loan (or the balance at the start of the rate period), to one decimal. */
    public static BigDecimal weightedAveragePrincipalMaturity(BigDecimal weightedPrincipal, BigDecimal principal) {
        return weightedPrincipal.divide(principal, Money.MC).setScale(1, RoundingMode.HALF_UP);
    }

    /**
     * The government rate for {@code maturity} years from the yields offered (maturity in years → percent):
     * A + ((B − A) × (E − D)) ÷ (C − D).
     */
    public static BigDecimal interpolate(Map<BigDecimal, BigDecimal> yields, BigDecimal maturity) {
        if (yields.isEmpty()) {
            throw new IllegalArgumentException("no government yields given");
        }
        NavigableMap<BigDecimal, BigDecimal> curve = new TreeMap<>(yields);
        Map.Entry<BigDecimal, BigDecimal> low = curve.floorEntry(maturity);
        Map.Entry<BigDecimal, BigDecimal> high = curve.ceilingEntry(maturity);
        if (low == null) {
            return high.getValue();
        }
        if (high == null || low.getKey().compareTo(maturity) == 0) {
            return low.getValue();
        }
        BigDecimal a = low.getValue();
        BigDecimal b = high.getValue();
        BigDecimal d = low.getKey();
        BigDecimal c = high.getKey();
        return a.add(b.subtract(a).multiply(maturity.subtract(d)).divide(c.subtract(d), Money.MC));
    }
}
