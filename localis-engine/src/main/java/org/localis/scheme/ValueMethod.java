package org.localis.scheme;

/** How a value-share scheme turns non-originating value into a score. */
public enum ValueMethod {
    /** RVC = (TV - VNM) / TV x 100, TV = transaction value (price). */
    TRANSACTION_VALUE("transaction-value", "transactionValue"),
    /** RVC = (NC - VNM) / NC x 100, NC = net cost. */
    NET_COST("net-cost", "netCost"),
    /** RVC = VOM / AV x 100, VOM = originating materials, AV = adjusted value (price). */
    BUILD_UP("build-up", "transactionValue"),
    /** VNM / EXW x 100 must not exceed the cap; EXW = ex-works price. */
    MAX_NON_ORIGINATING("max-non-originating", "exWorksPrice");

    private final String code;
    private final String baseField;

    ValueMethod(String code, String baseField) {
        this.code = code;
        this.baseField = baseField;
    }

    public String code() {
        return code;
    }

    /** Name of the JSON field that carries the value the percent is taken of. */
    public String baseField() {
        return baseField;
    }

    public boolean lowerIsBetter() {
        return this == MAX_NON_ORIGINATING;
    }

    /** Which product figure the method needs: price or net cost. */
    public boolean usesNetCost() {
        return this == NET_COST;
    }
}
