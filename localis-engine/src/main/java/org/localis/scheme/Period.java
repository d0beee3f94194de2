package org.localis.scheme;

import java.math.BigDecimal;

/**
 * An assessment period (a year) with its threshold: minimum points or percent, or for a
 * lower-is-better scheme the maximum percent. A period applies from its year until the next one.
 */
public record Period(int year, BigDecimal threshold, String note) {
    public Period {
        note = note == null ? "" : note;
    }
}
