package org.localis.fleet;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The tire load index table (ISO 4000 / ETRTO; the same in the US TRA tables): the load in kilograms one tire
 * may carry at its reference pressure, for indices 0 to 279.
 *
 * <p>Note: the project spec ({@code payments-and-tires.md} §4.1) gives 120 = 1380 kg; the standard table
 * gives 120 = 1400 kg (119 = 1360, 121 = 1450), and this class follows the standard.
 */
public final class LoadIndex {

    /** The lowest index of the table. */
    public static final int MIN = 0;
    /** The highest index of the table. */
    public static final int MAX = 279;

    /**
     * Kilograms for indices 80..159, one "decade" of the table in tenths of a kilogram where the standard has
     * a half (462.5 is printed 462 at index 81, but 4625 at index 161). Indices 0..79 are a tenth of 80..159
     * (kept to one decimal below 100 kg and whole kilograms from 100 kg up, as the standard prints them),
     * indices 160..279 ten and a hundred times.
     */
    private static final int[] DECADE_TENTHS = {
        4500, 4625, 4750, 4875, 5000, 5150, 5300, 5450, 5600, 5800,       // 80..89
        6000, 6150, 6300, 6500, 6700, 6900, 7100, 7300, 7500, 7750,       // 90..99
        8000, 8250, 8500, 8750, 9000, 9250, 9500, 9750, 10000, 10300,     // 100..109
        10600, 10900, 11200, 11500, 11800, 12150, 12500, 12850, 13200, 13600, // 110..119
        14000, 14500, 15000, 15500, 16000, 16500, 17000, 17500, 18000, 18500, // 120..129
        19000, 19500, 20000, 20600, 21200, 21800, 22400, 23000, 23600, 24300, // 130..139
        25000, 25750, 26500, 27250, 28000, 29000, 30000, 30750, 31500, 32500, // 140..149
        33500, 34500, 35500, 36500, 37500, 38750, 40000, 41250, 42500, 43750, // 150..159
    };

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal[] KG = new BigDecimal[MAX + 1];

    static {
        for (int i = MIN; i <= MAX; i++) {
            KG[i] = compute(i);
        }
    }

    private LoadIndex() {
    }

    private static BigDecimal compute(int index) {
        if (index < 80) {
            // a hundredth of the decade's tenths: 4625 -> 46.25 -> 46.2; 12150 -> 121.50 -> 121
            BigDecimal kg = BigDecimal.valueOf(DECADE_TENTHS[index], 2);
            kg = kg.setScale(kg.compareTo(HUNDRED) < 0 ? 1 : 0, RoundingMode.DOWN).stripTrailingZeros();
            return kg.scale() < 0 ? kg.setScale(0) : kg;
        }
        if (index < 160) {
            // whole kilograms as printed: 462.5 -> 462
            return BigDecimal.valueOf(DECADE_TENTHS[index - 80] / 10);
        }
        if (index < 240) {
            return BigDecimal.valueOf(DECADE_TENTHS[index - 160]);
        }
        return BigDecimal.valueOf(DECADE_TENTHS[index - 240] * 10L);
    }

    /** Whether the index is in the table (0..279). */
    public static boolean isValid(int index) {
        return index >= MIN && index <= MAX;
    }

    /**
     * The load per tire, in kilograms (exact; fractional only below index 28, e.g. 1 = 46.2).
     *
     * @throws IllegalArgumentException for an index outside 0..279
     */
    public static BigDecimal kilograms(int index) {
        if (!isValid(index)) {
            throw new IllegalArgumentException("load index " + index + " is outside the table (" + MIN + ".." + MAX + ")");
        }
        return KG[index];
    }
}
