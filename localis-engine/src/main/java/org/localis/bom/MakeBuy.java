package org.localis.bom;

/** Whether a BOM line is produced in-house (and has child lines) or purchased. */
public enum MakeBuy {
    MAKE, BUY;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
