package org.localis.scheme;

/** How intermediate materials are treated: absorbed when they qualify (roll-up), or traced. */
public enum OriginRule {
    ROLL_UP("roll-up"), TRACING("tracing");

    private final String code;

    OriginRule(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
