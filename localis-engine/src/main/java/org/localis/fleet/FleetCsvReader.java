package org.localis.fleet;

import java.io.InputStream;
import java.nio.file.Path;

import org.localis.input.CsvTable;
import org.localis.input.ErrorCollector;
import org.localis.input.InputFiles;

/**
 * Reads a fleet list from CSV (UTF-8, comma separated, header row). Columns (any case; a Russian alias in
 * brackets): id [номер], make_model [модель], category [категория], wheel_positions [колёс],
 * full_size_spare [запаска], tire_size [размер_шин], season [сезон], tread_mm [протектор_мм],
 * tires_made [шины_изготовлены], region [регион], priority [приоритет], and optionally off_road [простой]
 * (default no). Every row is checked; the whole file is rejected with every problem, each as
 * {@code file:line: column: message}.
 */
public final class FleetCsvReader {

    private FleetCsvReader() {
    }

    public static Fleet read(Path path, ServiceCategories categories) {
        return InputFiles.read(path, (in, name) -> read(in, name, categories));
    }

    /**
     * @param file       the name used in error messages
     * @param categories the service categories a vehicle may have
     * @throws org.localis.input.InvalidInputException with every problem found
     */
    public static Fleet read(InputStream in, String file, ServiceCategories categories) {
        FleetRows rows = new FleetRows(categories);
        CsvTable.read(in, file, FleetColumns.KNOWN, java.util.List.of(), FleetRows.EMPTY_HINT, FleetColumns::check, rows);
        return FleetFiles.fleet(file, rows);
    }
}
