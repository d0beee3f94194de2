package org.localis.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The regional value content formulas of SOR/2020-155 s. 7(2) and 7(3), exact; rounding is named by the caller. */
public final class Rvc {

    private Rvc() {
    }

    /** (NC − VNM) ÷ NC × 100. */
    public static BigDecimal netCost(BigDecimal netCost, BigDecimal vnm) {
        if (netCost.signum() <= 0) {
            throw new IllegalArgumentException("net cost must be positive");
        }
        return netCost.subtract(vnm).multiply(Money.HUNDRED).divide(netCost, Money.MC);
    }

    /** (TV − VNM) ÷ TV × 100. */
    public static BigDecimal transactionValue(BigDecimal tv, BigDecimal vnm) {
        return netCost(tv, vnm);
    }

    /** Half-up to {@code decimals} places (the regulations' examples state RVC to one decimal: 54.5 %). */
    public static BigDecimal round(BigDecimal rvc, int decimals) {
        return rvc.setScale(decimals, RoundingMode.HALF_UP);
    }
}
