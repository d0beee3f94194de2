package org.localis.fleet;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.localis.input.CsvHeader;
import org.localis.input.ErrorCollector;

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

    /** Each column with its names, the English one first. */
    static final Map<String, List<String>> NAMES = names();

    /** Every column that must be present (under one of its names). */
    static final List<String> REQUIRED = List.of(ID, MAKE_MODEL, CATEGORY, WHEEL_POSITIONS, FULL_SIZE_SPARE, TIRE_SIZE,
            SEASON, TREAD_MM, TIRES_MADE, REGION, PRIORITY);

    /** Every name a header may use. */
    static final Set<String> KNOWN = known();

    /** Names of the columns read as numbers (an Excel date there is an error). */
    static final Set<String> NUMERIC = numeric();

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
        return java.util.Collections.unmodifiableMap(m);
    }

    private static Set<String> known() {
        Set<String> s = new LinkedHashSet<>();
        NAMES.values().forEach(s::addAll);
        return java.util.Collections.unmodifiableSet(s);
    }

    private static Set<String> numeric() {
        Set<String> s = new LinkedHashSet<>();
        for (String c : List.of(WHEEL_POSITIONS, TREAD_MM, PRIORITY, STORED_TREAD_MM)) {
            s.addAll(NAMES.get(c));
        }
        return java.util.Collections.unmodifiableSet(s);
    }

    /** Reports required columns missing under all their names, and columns given under two names. */
    static void check(CsvHeader header, int line, ErrorCollector errors) {
        for (Map.Entry<String, List<String>> e : NAMES.entrySet()) {
            List<String> present = e.getValue().stream().filter(header::has).toList();
            if (present.size() > 1) {
                errors.add(line, present.get(1), "the same column as " + present.get(0) + "; give only one of them");
            } else if (present.isEmpty() && e.getKey().equals(WHEEL_POSITIONS)) {
                if (NAMES.get(AXLES).stream().noneMatch(header::has)) {
                    errors.add(line, e.getKey(), "required column is missing (or give the axles column: single or"
                            + " twin wheels on each axle, e.g. single,twin)");
                }
            } else if (present.isEmpty() && REQUIRED.contains(e.getKey())) {
                errors.add(line, e.getKey(), "required column is missing");
            }
        }
    }

    /** Where each column is in a checked header, and the name it has there (for messages). */
    static final class Positions {
        private final Map<String, Integer> index = new LinkedHashMap<>();
        private final Map<String, String> name = new LinkedHashMap<>();

        Positions(CsvHeader header) {
            for (Map.Entry<String, List<String>> e : NAMES.entrySet()) {
                for (String n : e.getValue()) {
                    if (header.has(n)) {
                        index.put(e.getKey(), header.index(n));
                        name.put(e.getKey(), n);
                        break;
                    }
                }
            }
        }

        /** The trimmed value of a column; "" when the column is absent. */
        String get(String[] row, String column) {
            return CsvHeader.at(row, index.getOrDefault(column, -1)).strip();
        }

        /** The column's name as the header has it, for error messages. */
        String field(String column) {
            return name.getOrDefault(column, column);
        }
    }
}
