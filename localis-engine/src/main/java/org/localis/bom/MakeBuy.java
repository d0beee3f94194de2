package org.localis.bom;

/** Whether a BOM line is produced in-house (and has child lines) or purchased. */
public enum MakeBuy {
    MAKE, BUY;

    // made once: the JSON and text of a million-line result ask for it on every line
    private final String code = name().toLowerCase(java.util.Locale.ROOT);

    public String code() {
        return code;
    }
}
