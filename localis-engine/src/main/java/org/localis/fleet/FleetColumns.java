package org.localis.fleet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.localis.input.CsvHeader;
import org.localis.input.ErrorCollector;
import org.localis.input.NamedColumns;

/**
 * The columns of a fleet file (CSV or Excel) and their Russian aliases. Names are case-insensitive; each
 * column may be given under one of its names only.
 */
final class FleetColumns {

    static final String ID = "id";
    static final String MAKE_MODEL = "make_model";
    static final String CATEGORY = "category";
    static final String WHEEL_POSITIONS = "wheel_positions";
    static final String FULL_SIZE_SPARE = "full_size_spare";
    static final String TIRE_SIZE = "tire_size";
    static final String SEASON = "season";
    static final String TREAD_MM = "tread_mm";
    static final String TIRES_MADE = "tires_made";
    static final String REGION = "region";
    static final String PRIORITY = "priority";
    static final String OFF_ROAD = "off_road";
    static final String AXLES = "axles";
    static final String STORED_SEASON = "stored_season";
    static final String STORED_SIZE = "stored_size";
    static final String STORED_TREAD_MM = "stored_tread_mm";
    static final String STORED_TIRES_MADE = "stored_tires_made";

    /** Every column that must be present (under one of its names). */
    static final List<String> REQUIRED = List.of(ID, MAKE_MODEL, CATEGORY, WHEEL_POSITIONS, FULL_SIZE_SPARE, TIRE_SIZE,
            SEASON, TREAD_MM, TIRES_MADE, REGION, PRIORITY);

    /** Each column with its names, the English one first, and which are required. */
    static final NamedColumns COLUMNS = new NamedColumns(names(), REQUIRED);

    /** Every name a header may use. */
    static final Set<String> KNOWN = COLUMNS.known();

    /** Names of the columns read as numbers (an Excel date there is an error). */
    static final Set<String> NUMERIC = COLUMNS.namesOf(List.of(WHEEL_POSITIONS, TREAD_MM, PRIORITY, STORED_TREAD_MM));

    private FleetColumns() {
    }

    private static Map<String, List<String>> names() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put(ID, List.of(ID, "номер"));
        m.put(MAKE_MODEL, List.of(MAKE_MODEL, "модель"));
        m.put(CATEGORY, List.of(CATEGORY, "категория"));
        m.put(WHEEL_POSITIONS, List.of(WHEEL_POSITIONS, "колёс", "колес"));
        m.put(FULL_SIZE_SPARE, List.of(FULL_SIZE_SPARE, "запаска"));
        m.put(TIRE_SIZE, List.of(TIRE_SIZE, "размер_шин"));
        m.put(SEASON, List.of(SEASON, "сезон"));
        m.put(TREAD_MM, List.of(TREAD_MM, "протектор_мм"));
        m.put(TIRES_MADE, List.of(TIRES_MADE, "шины_изготовлены"));
        m.put(REGION, List.of(REGION, "регион"));
        m.put(PRIORITY, List.of(PRIORITY, "приоритет"));
        m.put(OFF_ROAD, List.of(OFF_ROAD, "простой"));
        m.put(AXLES, List.of(AXLES, "оси"));
        m.put(STORED_SEASON, List.of(STORED_SEASON, "сезон_хранение"));
        m.put(STORED_SIZE, List.of(STORED_SIZE, "размер_хранение"));
        m.put(STORED_TREAD_MM, List.of(STORED_TREAD_MM, "протектор_хранение_мм"));
        m.put(STORED_TIRES_MADE, List.of(STORED_TIRES_MADE, "изготовлены_хранение"));
        return m;
    }

    /**
     * Reports required columns missing under all their names, and columns given under two names; the wheel
     * positions may be left out when the axles column is given.
     */
    static void check(CsvHeader header, int line, ErrorCollector errors) {
        COLUMNS.check(header, line, errors, column -> !column.equals(WHEEL_POSITIONS)
                ? "required column is missing"
                : COLUMNS.present(header, AXLES) ? null
                : "required column is missing (or give the axles column: single or twin wheels on each axle, e.g."
                        + " single,twin)");
    }
}
