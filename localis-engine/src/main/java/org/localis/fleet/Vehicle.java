package org.localis.fleet;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;

/**
 * A vehicle of a fleet with the tire set it runs on now.
 *
 * @param id             plate or fleet number, unique in a fleet
 * @param makeModel      e.g. "GAZelle Next ambulance" (may be empty)
 * @param category       a {@link ServiceCategory} code, lower case
 * @param wheelPositions the wheel positions, 2..22: the sum over {@code axles} (2 per single, 4 per twin axle)
 * @param fullSizeSpare  whether the vehicle carries a full-size spare of the same tire (one more tire per set)
 * @param tireSize       the size of the vehicle's tire placard; with a twin axle it must carry a dual load index
 * @param fittedSeason   the season of the set fitted now
 * @param treadMm        remaining tread depth of the fitted set (the worst tire), 0..30 mm, at most one decimal
 * @param tiresMade      month the fitted tires were made (their DOT date), for the age rule
 * @param region         where the vehicle serves (may be empty)
 * @param priority       the fleet's own priority, 1 (highest) .. 5
 * @param offRoad        the vehicle is off the road now (out of service, e.g. waiting for tires)
 * @param axles          single or twin wheels on each axle, front to back
 * @param stored         the vehicle's other set, kept in storage; null when it has none
 */
public record Vehicle(String id, String makeModel, String category, int wheelPositions, boolean fullSizeSpare,
                      TireSize tireSize, Season fittedSeason, BigDecimal treadMm, YearMonth tiresMade, String region,
                      int priority, boolean offRoad, Axles axles, StoredSet stored) {

    /** The largest tread depth accepted, in mm. */
    public static final BigDecimal MAX_TREAD_MM = BigDecimal.valueOf(30);
    /** Longest texts a fleet file may give, the lengths the application's database stores (vehicle table). */
    public static final int MAX_ID_LENGTH = 40;
    public static final int MAX_MAKE_MODEL_LENGTH = 120;
    public static final int MAX_REGION_LENGTH = 100;
    public static final int MAX_AXLES_LENGTH = 100;
    public static final int MAX_TIRE_SIZE_LENGTH = 120;

    /** @throws IllegalArgumentException when a field is out of its range */
    public Vehicle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(tireSize, "tireSize");
        Objects.requireNonNull(fittedSeason, "fittedSeason");
        Objects.requireNonNull(treadMm, "treadMm");
        Objects.requireNonNull(tiresMade, "tiresMade");
        Objects.requireNonNull(axles, "axles");
        id = id.strip();
        makeModel = makeModel == null ? "" : makeModel.strip();
        category = category.strip().toLowerCase(Locale.ROOT);
        region = region == null ? "" : region.strip();
        if (id.isEmpty()) {
            throw new IllegalArgumentException("a vehicle needs an id");
        }
        if (category.isEmpty()) {
            throw new IllegalArgumentException("vehicle " + id + " needs a service category");
        }
        if (wheelPositions < Axles.MIN_POSITIONS || wheelPositions > Axles.MAX_POSITIONS) {
            throw new IllegalArgumentException("vehicle " + id + ": wheel positions must be " + Axles.MIN_POSITIONS
                    + ".." + Axles.MAX_POSITIONS + ", not " + wheelPositions);
        }
        if (wheelPositions != axles.wheelPositions()) {
            throw new IllegalArgumentException("vehicle " + id + ": " + positionsMismatch(wheelPositions, axles));
        }
        if (axles.hasTwin() && !tireSize.hasDualLoadIndex()) {
            throw new IllegalArgumentException("vehicle " + id + ": " + twinNeedsDual(tireSize));
        }
        if (treadMm.signum() < 0 || treadMm.compareTo(MAX_TREAD_MM) > 0) {
            throw new IllegalArgumentException("vehicle " + id + ": tread depth " + treadMm.toPlainString()
                    + " mm is outside 0..30 mm");
        }
        if (treadMm.stripTrailingZeros().scale() > 1) {
            throw new IllegalArgumentException("vehicle " + id + ": tread depth " + treadMm.toPlainString()
                    + " mm has more than one decimal");
        }
        if (priority < 1 || priority > 5) {
            throw new IllegalArgumentException("vehicle " + id + ": priority must be 1..5, not " + priority);
        }
    }

    /** A vehicle without a stored set. */
    public Vehicle(String id, String makeModel, String category, int wheelPositions, boolean fullSizeSpare,
                   TireSize tireSize, Season fittedSeason, BigDecimal treadMm, YearMonth tiresMade, String region,
                   int priority, boolean offRoad, Axles axles) {
        this(id, makeModel, category, wheelPositions, fullSizeSpare, tireSize, fittedSeason, treadMm, tiresMade,
                region, priority, offRoad, axles, null);
    }

    /** This vehicle with another stored set (null: none). */
    public Vehicle withStored(StoredSet set) {
        return new Vehicle(id, makeModel, category, wheelPositions, fullSizeSpare, tireSize, fittedSeason, treadMm,
                tiresMade, region, priority, offRoad, axles, set);
    }

    /** This vehicle under another id (e.g. a database id), everything else the same. */
    public Vehicle withId(String newId) {
        return new Vehicle(newId, makeModel, category, wheelPositions, fullSizeSpare, tireSize, fittedSeason, treadMm,
                tiresMade, region, priority, offRoad, axles, stored);
    }

    /** The stored set, if the vehicle has one. */
    public java.util.Optional<StoredSet> storedSet() {
        return java.util.Optional.ofNullable(stored);
    }

    /**
     * A vehicle stored without its axles (by callers that keep only the wheel positions): the axles are
     * {@linkplain Axles#likely(int, boolean) the likely ones} for the positions and the tire.
     *
     * @throws IllegalArgumentException for an odd number of positions or one outside 2..22
     */
    public Vehicle(String id, String makeModel, String category, int wheelPositions, boolean fullSizeSpare,
                   TireSize tireSize, Season fittedSeason, BigDecimal treadMm, YearMonth tiresMade, String region,
                   int priority, boolean offRoad) {
        this(id, makeModel, category, wheelPositions, fullSizeSpare, tireSize, fittedSeason, treadMm, tiresMade,
                region, priority, offRoad, Axles.likely(wheelPositions, tireSize.hasDualLoadIndex()));
    }

    /** The message for wheel positions that differ from the axles' count. */
    static String positionsMismatch(int positions, Axles axles) {
        return positions + " wheel positions do not match the axles " + axles.text() + " (" + axles.wheelPositions()
                + " positions: 2 per single axle, 4 per twin axle)";
    }

    /** The message for a vehicle with twin wheels whose tire has no dual load index. */
    static String twinNeedsDual(TireSize size) {
        return "twin wheels need a tire with a dual load index, e.g. 195/75 R16 C 107/105 R or 315/80 R22.5 156/150 L;"
                + " " + size.canonical() + " has none";
    }

    /** Tires in one set: the wheel positions, plus one for a full-size spare. */
    public int tiresPerSet() {
        return wheelPositions + (fullSizeSpare ? 1 : 0);
    }
}
