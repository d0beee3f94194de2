package org.localis.app.shared;

import java.math.BigDecimal;

/** Limits on figures people type, declared once and enforced where a request comes in. */
public final class Limits {

    private Limits() {
    }

    /** The largest price, net cost or budget accepted (the database keeps 18 digits with 2 decimals): ten trillion. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000000000");

    /** Assessment and planning dates: from 1990 to 2100. */
    public static final int FIRST_YEAR = 1990;
    public static final int LAST_YEAR = 2100;
}
