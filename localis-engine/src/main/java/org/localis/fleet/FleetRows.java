package org.localis.fleet;

import static org.localis.fleet.FleetColumns.AXLES;
import static org.localis.fleet.FleetColumns.CATEGORY;
import static org.localis.fleet.FleetColumns.FULL_SIZE_SPARE;
import static org.localis.fleet.FleetColumns.ID;
import static org.localis.fleet.FleetColumns.MAKE_MODEL;
import static org.localis.fleet.FleetColumns.OFF_ROAD;
import static org.localis.fleet.FleetColumns.PRIORITY;
import static org.localis.fleet.FleetColumns.REGION;
import static org.localis.fleet.FleetColumns.SEASON;
import static org.localis.fleet.FleetColumns.STORED_SEASON;
import static org.localis.fleet.FleetColumns.STORED_SIZE;
import static org.localis.fleet.FleetColumns.STORED_TIRES_MADE;
import static org.localis.fleet.FleetColumns.STORED_TREAD_MM;
import static org.localis.fleet.FleetColumns.TIRES_MADE;
import static org.localis.fleet.FleetColumns.TIRE_SIZE;
import static org.localis.fleet.FleetColumns.TREAD_MM;
import static org.localis.fleet.FleetColumns.WHEEL_POSITIONS;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.localis.input.CsvHeader;
import org.localis.input.CsvTable;
import org.localis.input.ErrorCollector;
import org.localis.input.NamedColumns;
import org.localis.input.Values;

/**
 * The rules of a fleet file's rows, shared by the CSV and Excel readers: every field checked, every problem
 * reported with its line and column, the vehicles of the good rows kept in order.
 */
final class FleetRows implements CsvTable.RowHandler {

    static final String EMPTY_HINT = "a header row with the columns " + String.join(", ", FleetColumns.REQUIRED)
            + " and one row per vehicle are required";
    static final String NO_VEHICLES = "the fleet file has a header but no vehicles";

    private static final int MIN_YEAR = 1990;
    private static final int MAX_YEAR = 2100;

    private final ServiceCategories categories;
    private final List<Vehicle> vehicles = new ArrayList<>();
    private final Map<String, Integer> idLines = new HashMap<>();
    private NamedColumns.Positions cols;

    FleetRows(ServiceCategories categories) {
        this.categories = categories;
    }

    List<Vehicle> vehicles() {
        return vehicles;
    }

    @Override
    public void row(String[] row, int line, CsvHeader header, ErrorCollector errors) {
        if (cols == null) {
            cols = FleetColumns.COLUMNS.positions(header);
        }
        boolean ok = true;
        String id = cols.get(row, ID);
        if (id.isEmpty()) {
            errors.add(line, cols.field(ID), "a vehicle id (plate or fleet number) is required");
            ok = false;
        } else {
            String key = id.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
            Integer first = idLines.putIfAbsent(key, line);
            if (first != null) {
                errors.add(line, cols.field(ID), "vehicle " + id + " already appears on line " + first);
                ok = false;
            }
        }
        ok &= fits(id, Vehicle.MAX_ID_LENGTH, ID, errors, line);
        ok &= fits(cols.get(row, MAKE_MODEL), Vehicle.MAX_MAKE_MODEL_LENGTH, MAKE_MODEL, errors, line);
        ok &= fits(cols.get(row, REGION), Vehicle.MAX_REGION_LENGTH, REGION, errors, line);
        ok &= fits(cols.get(row, AXLES), Vehicle.MAX_AXLES_LENGTH, AXLES, errors, line);
        ok &= fits(cols.get(row, TIRE_SIZE), Vehicle.MAX_TIRE_SIZE_LENGTH, TIRE_SIZE, errors, line);
        String category = category(cols.get(row, CATEGORY), errors, line);
        Axles axles = axles(cols.get(row, WHEEL_POSITIONS), cols.get(row, AXLES), errors, line);
        Boolean spare = yesNo(cols.get(row, FULL_SIZE_SPARE), errors, line, cols.field(FULL_SIZE_SPARE), null);
        TireSize size = tireSize(cols.get(row, TIRE_SIZE), errors, line);
        if (size != null && axles != null && axles.hasTwin() && !size.hasDualLoadIndex()) {
            errors.add(line, cols.field(TIRE_SIZE), Vehicle.twinNeedsDual(size));
            ok = false;
        }
        Season season = season(cols.get(row, SEASON), errors, line);
        BigDecimal tread = tread(cols.get(row, TREAD_MM), errors, line, TREAD_MM);
        YearMonth made = made(cols.get(row, TIRES_MADE), errors, line, TIRES_MADE);
        Optional<StoredSet> stored = stored(row, size, errors, line);
        Integer priority = priority(cols.get(row, PRIORITY), errors, line);
        Boolean offRoad = yesNo(cols.get(row, OFF_ROAD), errors, line, cols.field(OFF_ROAD), Boolean.FALSE);
        if (!ok || category == null || axles == null || spare == null || size == null || season == null
                || tread == null || made == null || priority == null || offRoad == null || stored == null) {
            return;
        }
        try {
            vehicles.add(new Vehicle(id, cols.get(row, MAKE_MODEL), category, axles.wheelPositions(), spare, size,
                    season, tread, made, cols.get(row, REGION), priority, offRoad, axles, stored.orElse(null)));
        } catch (IllegalArgumentException e) {
            errors.add(line, "", e.getMessage()); // every rule of Vehicle is checked above; kept as a safety net
        }
    }

    /** A text within the length its column stores; otherwise an error naming the line and the field. */
    private boolean fits(String text, int max, String column, ErrorCollector errors, int line) {
        if (text.length() <= max) {
            return true;
        }
        errors.add(line, cols.field(column), "at most " + max + " characters (this one has " + text.length() + ")");
        return false;
    }

    private String category(String text, ErrorCollector errors, int line) {
        if (text.isEmpty()) {
            errors.add(line, cols.field(CATEGORY), "a service category is required (one of "
                    + String.join(", ", categories.codes()) + ")");
            return null;
        }
        Optional<ServiceCategory> c = categories.find(text);
        if (c.isEmpty()) {
            errors.add(line, cols.field(CATEGORY), "'" + text + "' is not a known service category (known: "
                    + String.join(", ", categories.codes()) + ")");
            return null;
        }
        return c.get().code();
    }

    /**
     * The axles from the wheel positions and the axles column: either alone, or both when they agree. Wheel
     * positions alone: 4 (single rear wheels) or 6 (twin rear wheels), as before the axles column existed.
     */
    private Axles axles(String positionsText, String axlesText, ErrorCollector errors, int line) {
        String field = cols.field(WHEEL_POSITIONS);
        Integer positions = null;
        if (!positionsText.isEmpty()) {
            if (positionsText.length() > 2 || !positionsText.chars().allMatch(Character::isDigit)
                    || Integer.parseInt(positionsText) < Axles.MIN_POSITIONS
                    || Integer.parseInt(positionsText) > Axles.MAX_POSITIONS) {
                errors.add(line, field, "'" + positionsText + "' is not a number of wheel positions "
                        + Axles.MIN_POSITIONS + ".." + Axles.MAX_POSITIONS);
                return null;
            }
            positions = Integer.parseInt(positionsText);
        }
        if (axlesText.isEmpty()) {
            if (positions == null) {
                errors.add(line, field, "the number of wheel positions is required: 4 (single rear wheels) or 6"
                        + " (twin rear), or the axles column (e.g. single,single,single for a 6x6 truck on singles)");
                return null;
            }
            Integer p = positions;
            return Axles.fromPositions(p).orElseGet(() -> {
                errors.add(line, field, p + " wheel positions: give the axles column too (single or twin wheels on"
                        + " each axle, e.g. single,twin,twin), since only 4 and 6 are understood alone");
                return null;
            });
        }
        Axles axles;
        try {
            axles = Axles.parse(axlesText);
        } catch (IllegalArgumentException e) {
            errors.add(line, cols.field(AXLES), e.getMessage());
            return null;
        }
        if (axles.wheelPositions() > Axles.MAX_POSITIONS) {
            errors.add(line, cols.field(AXLES), "the axles " + axles.text() + " have " + axles.wheelPositions()
                    + " wheel positions; at most " + Axles.MAX_POSITIONS + " are accepted");
            return null;
        }
        if (positions != null && positions != axles.wheelPositions()) {
            errors.add(line, field, Vehicle.positionsMismatch(positions, axles));
            return null;
        }
        return axles;
    }

    private TireSize tireSize(String text, ErrorCollector errors, int line) {
        String field = cols.field(TIRE_SIZE);
        if (text.isEmpty()) {
            errors.add(line, field, "a tire size is required, e.g. 185/75 R16 C 104/102 Q");
            return null;
        }
        try {
            return TireSize.parse(text);
        } catch (IllegalArgumentException e) {
            errors.add(line, field, e.getMessage());
            return null;
        }
    }

    private Season season(String text, ErrorCollector errors, int line) {
        Optional<Season> s = Season.parse(text);
        if (s.isEmpty()) {
            errors.add(line, cols.field(SEASON), (text.isEmpty() ? "the season of the fitted set is required"
                    : "'" + text + "' is not a season") + " (summer, winter or all-season; летние, зимние, всесезонные)");
            return null;
        }
        return s.get();
    }

    /**
     * The stored set from the optional stored_* columns: none when they are all empty; with a stored season, its
     * tread and production month are required and its size defaults to the vehicle's. Null after an error.
     */
    private Optional<StoredSet> stored(String[] row, TireSize placard, ErrorCollector errors, int line) {
        String seasonText = cols.get(row, STORED_SEASON);
        String sizeText = cols.get(row, STORED_SIZE);
        String treadText = cols.get(row, STORED_TREAD_MM);
        String madeText = cols.get(row, STORED_TIRES_MADE);
        if (seasonText.isEmpty()) {
            if (!sizeText.isEmpty() || !treadText.isEmpty() || !madeText.isEmpty()) {
                errors.add(line, cols.field(STORED_SEASON), "the season of the stored set is required when its size,"
                        + " tread or production month is given (summer, winter or all-season)");
                return null;
            }
            return Optional.empty();
        }
        Optional<Season> season = Season.parse(seasonText);
        if (season.isEmpty()) {
            errors.add(line, cols.field(STORED_SEASON), "'" + seasonText + "' is not a season (summer, winter or"
                    + " all-season; летние, зимние, всесезонные)");
        }
        TireSize size = placard;
        if (!sizeText.isEmpty()) {
            try {
                size = TireSize.parse(sizeText);
            } catch (IllegalArgumentException e) {
                errors.add(line, cols.field(STORED_SIZE), e.getMessage());
                size = null;
            }
        }
        BigDecimal tread = tread(treadText, errors, line, STORED_TREAD_MM);
        YearMonth made = made(madeText, errors, line, STORED_TIRES_MADE);
        if (season.isEmpty() || size == null || tread == null || made == null) {
            return null;
        }
        return Optional.of(new StoredSet(season.get(), size, tread, made));
    }

    private BigDecimal tread(String text, ErrorCollector errors, int line, String column) {
        String field = cols.field(column);
        if (text.isEmpty()) {
            errors.add(line, field, "the remaining tread depth in mm is required"
                    + (column.equals(TREAD_MM) ? "" : " for the stored set") + ", e.g. 5.5");
            return null;
        }
        String t = text.replace(',', '.');
        if (!Values.isPlainDecimal(t) || t.startsWith("+")) {
            errors.add(line, field, "'" + text + "' is not a depth in mm (a number such as 5.5)");
            return null;
        }
        BigDecimal mm = new BigDecimal(t);
        if (mm.signum() < 0 || mm.compareTo(Vehicle.MAX_TREAD_MM) > 0) {
            errors.add(line, field, "tread depth " + text + " mm is outside 0..30 mm");
            return null;
        }
        if (mm.stripTrailingZeros().scale() > 1) {
            errors.add(line, field, "tread depth " + text + " mm has more than one decimal (measure to 0.1 mm)");
            return null;
        }
        return mm;
    }

    private YearMonth made(String text, ErrorCollector errors, int line, String column) {
        String field = cols.field(column);
        if (text.isEmpty()) {
            errors.add(line, field, "the month the " + (column.equals(TIRES_MADE) ? "fitted" : "stored")
                    + " tires were made is required (YYYY-MM, e.g. 2021-03)");
            return null;
        }
        YearMonth ym;
        try {
            ym = text.length() == 7 ? YearMonth.parse(text) : YearMonth.from(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            errors.add(line, field, "'" + text + "' is not a month in the form YYYY-MM (e.g. 2021-03)");
            return null;
        }
        if (ym.getYear() < MIN_YEAR || ym.getYear() > MAX_YEAR) {
            errors.add(line, field, "'" + text + "' is not a plausible production month (" + MIN_YEAR + " or later)");
            return null;
        }
        return ym;
    }

    private Integer priority(String text, ErrorCollector errors, int line) {
        String field = cols.field(PRIORITY);
        if (text.length() == 1 && text.charAt(0) >= '1' && text.charAt(0) <= '5') {
            return text.charAt(0) - '0';
        }
        errors.add(line, field, text.isEmpty() ? "a priority 1 (highest) .. 5 is required"
                : "'" + text + "' is not a priority 1 (highest) .. 5");
        return null;
    }

    /** yes/no, true/false, y/n, 1/0, да/нет; {@code ifEmpty} for an empty value (null: required). */
    static Boolean yesNo(String text, ErrorCollector errors, int line, String field, Boolean ifEmpty) {
        if (text.isEmpty() && ifEmpty != null) {
            return ifEmpty;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "да", "д" -> Boolean.TRUE;
            case "нет", "н" -> Boolean.FALSE;
            default -> Values.yesNo(text, errors, line, field);
        };
    }
}
