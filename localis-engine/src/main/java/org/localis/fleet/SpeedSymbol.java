package org.localis.fleet;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The speed symbol of a tire's service description: the highest speed at which the tire may carry the load
 * of its load index. Declared in order of speed, so {@link #compareTo} orders by km/h and not by letter:
 * {@code H} (210 km/h) comes between {@code U} (200) and {@code V} (240).
 *
 * <p>J and K (100, 110 km/h) are included besides the L..Y of passenger and light-truck tires, because
 * some commercial tires carry them.
 */
public enum SpeedSymbol {
    J(100), K(110), L(120), M(130), N(140), P(150), Q(160), R(170), S(180), T(190), U(200), H(210), V(240),
    W(270), Y(300);

    private final int kmh;

    SpeedSymbol(int kmh) {
        this.kmh = kmh;
    }

    /** The speed in km/h. */
    public int kmh() {
        return kmh;
    }

    /** Whether a tire of this symbol may replace one of {@code required} (it is at least as fast). */
    public boolean atLeast(SpeedSymbol required) {
        return kmh >= required.kmh;
    }

    /** The faster of two symbols. */
    public static SpeedSymbol max(SpeedSymbol a, SpeedSymbol b) {
        return a.kmh >= b.kmh ? a : b;
    }

    /** The symbol of a letter (any case), or empty. */
    public static Optional<SpeedSymbol> of(String letter) {
        if (letter == null || letter.length() != 1) {
            return Optional.empty();
        }
        String l = letter.toUpperCase(Locale.ROOT);
        for (SpeedSymbol s : values()) {
            if (s.name().equals(l)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The known letters in order of speed, for messages: "J K L M ... Y". */
    public static String known() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(" "));
    }
}
