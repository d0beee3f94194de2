package org.localis.fleet;

import java.util.Locale;
import java.util.Optional;

/**
 * The season a tire set is made for. Demand is counted per size and {@link #SUMMER} or {@link #WINTER}; an
 * {@link #ALL_SEASON} set {@link #covers} both.
 */
public enum Season {
    SUMMER, WINTER, ALL_SEASON;

    /** The seasons demand is counted for. */
    public static final java.util.List<Season> DEMAND = java.util.List.of(SUMMER, WINTER);

    /** Whether a set of this season may be used in season {@code t}: the same season, or all-season. */
    public boolean covers(Season t) {
        return this == t || this == ALL_SEASON;
    }

    /** The other of SUMMER and WINTER; ALL_SEASON has none. */
    public Optional<Season> other() {
        return switch (this) {
            case SUMMER -> Optional.of(WINTER);
            case WINTER -> Optional.of(SUMMER);
            case ALL_SEASON -> Optional.empty();
        };
    }

    /**
     * The season whose set a vehicle runs on at {@code date}: WINTER from November to March (a winter set is
     * fitted when the days stay below about +7 °C, and TR CU 018/2011 requires it from December to February),
     * SUMMER from April to October. Used to decide whether a delivered set is fitted or goes into storage.
     */
    public static Season at(java.time.LocalDate date) {
        int m = date.getMonthValue();
        return m >= 11 || m <= 3 ? WINTER : SUMMER;
    }

    /** The lower-case word used in files and messages: summer, winter, all-season. */
    public String word() {
        return this == ALL_SEASON ? "all-season" : name().toLowerCase(Locale.ROOT);
    }

    /**
     * A season from an English or Russian word, any case: summer / лето / летние / летняя; winter / зима /
     * зимние / зимняя; all-season / all season / всесезонные / всесезонная ... Empty for anything else.
     */
    public static Optional<Season> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String w = text.strip().toLowerCase(Locale.ROOT).replace('ё', 'е').replace('_', '-').replace(' ', '-');
        return switch (w) {
            case "summer", "лето", "летние", "летняя", "летний" -> Optional.of(SUMMER);
            case "winter", "зима", "зимние", "зимняя", "зимний" -> Optional.of(WINTER);
            case "all-season", "allseason", "all-seasons", "all-weather", "всесезонные", "всесезонная",
                 "всесезонный", "всесезонка", "всесезон" -> Optional.of(ALL_SEASON);
            default -> Optional.empty();
        };
    }
}
