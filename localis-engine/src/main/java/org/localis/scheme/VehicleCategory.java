package org.localis.scheme;

import java.util.Arrays;
import java.util.Optional;

/**
 * Vehicle categories of TR CU 018/2011 as Decree 719 groups them in its annex, section II: M1 (with
 * M1G, passenger cars), N1 (with N1G, light commercial), N2/N3 (with N2G/N3G, trucks), M2/M3 (with
 * M2G/M3G, buses). Each includes ambulances (OKPD2 29.10.59.160) built on it.
 */
public enum VehicleCategory {
    M1("M1"), N1("N1"), N2N3("N2N3"), M2M3("M2M3");

    private final String code;

    VehicleCategory(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<VehicleCategory> fromCode(String s) {
        return Arrays.stream(values()).filter(v -> v.code.equalsIgnoreCase(s)).findFirst();
    }

    public static String codes() {
        return "M1, N1, N2N3, M2M3";
    }
}
