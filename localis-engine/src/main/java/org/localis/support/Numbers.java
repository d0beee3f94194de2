package org.localis.support;

import java.math.BigDecimal;

/** Number formatting for reasons and exports: plain digits, no exponent, no trailing zeros. */
final class Numbers {

    private Numbers() {
    }

    static String plain(BigDecimal d) {
        if (d == null) {
            return "";
        }
        if (d.signum() == 0) {
            return "0";
        }
        BigDecimal s = d.stripTrailingZeros();
        if (s.scale() < 0) {
            s = s.setScale(0);
        }
        return s.toPlainString();
    }
}
