package org.localis.fleet;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The speed symbol of a tire's service description: the highest speed at which the tire may carry the load
 * of its load index (UN Regulations 30 and 54, ETRTO). Declared in order of speed, so {@link #compareTo} orders
 * by km/h and not by letter: {@code H} (210 km/h) comes between {@code U} (200) and {@code V} (240).
 *
 * <p>The full table: A1 to A8 (5 to 40 km/h, special and industrial tires), B 50, C 60, D 65, E 70, F 80,
 * G 90, J 100, K 110, L 120, M 130, N 140, P 150, Q 160, R 170, S 180, T 190, U 200, H 210, V 240, W 270,
 * Y 300, and {@code (Y)}: a {@code ZR} tire whose service description is in parentheses with Y, e.g.
 * {@code 275/35 ZR19 (100Y)}, is rated above 300 km/h ({@link #Y_ABOVE}, written {@code (Y)}).
 */
public enum SpeedSymbol {
    A1("A1", 5), A2("A2", 10), A3("A3", 15), A4("A4", 20), A5("A5", 25), A6("A6", 30), A7("A7", 35), A8("A8", 40),
    B("B", 50), C("C", 60), D("D", 65), E("E", 70), F("F", 80), G("G", 90), J("J", 100), K("K", 110), L("L", 120),
    M("M", 130), N("N", 140), P("P", 150), Q("Q", 160), R("R", 170), S("S", 180), T("T", 190), U("U", 200),
    H("H", 210), V("V", 240), W("W", 270), Y("Y", 300),
    /** {@code (Y)}: above 300 km/h (ZR tires with the service description in parentheses). */
    Y_ABOVE("(Y)", 300);

    private final String code;
    private final int kmh;

    SpeedSymbol(String code, int kmh) {
        this.code = code;
        this.kmh = kmh;
    }

    /** The speed in km/h; for {@code (Y)} the 300 km/h it is rated above. */
    public int kmh() {
        return kmh;
    }

    /** The symbol as marked: {@code V}, {@code A8}, {@code (Y)}. */
    public String code() {
        return code;
    }

    /** Whether a tire of this symbol may replace one of {@code required} (it is at least as fast). */
    public boolean atLeast(SpeedSymbol required) {
        return compareTo(required) >= 0;
    }

    /** The faster of two symbols. */
    public static SpeedSymbol max(SpeedSymbol a, SpeedSymbol b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** The symbol of a code (any case: {@code v}, {@code A3}, {@code (Y)}), or empty. */
    public static Optional<SpeedSymbol> of(String code) {
        if (code == null || code.isEmpty() || code.length() > 3) {
            return Optional.empty();
        }
        String c = code.toUpperCase(Locale.ROOT);
        for (SpeedSymbol s : values()) {
            if (s.code.equals(c)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The known codes in order of speed, for messages: "A1 ... A8 B C ... Y (Y)". */
    public static String known() {
        return Arrays.stream(values()).map(SpeedSymbol::code).collect(Collectors.joining(" "));
    }
}
