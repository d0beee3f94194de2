package org.localis.fleet;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import org.localis.input.InputFiles;
import org.localis.input.XlsxTable;

/**
 * Reads a fleet list from an Excel {@code .xlsx} workbook: the sheet named {@code fleet} (any case), or else
 * the first sheet, with the columns, rules and messages of {@link FleetCsvReader}; errors name the Excel row.
 * A tires_made cell formatted as a date is read as its month.
 */
public final class FleetXlsxReader {

    static final XlsxTable.Format FORMAT = new XlsxTable.Format("fleet", "fleet list", FleetColumns.KNOWN, List.of(),
            FleetColumns.NUMERIC, FleetRows.EMPTY_HINT);

    private FleetXlsxReader() {
    }

    public static Fleet read(Path path, ServiceCategories categories) {
        return InputFiles.read(path, (in, name) -> read(in, name, categories));
    }

    /** @throws org.localis.input.InvalidInputException with every problem found */
    public static Fleet read(InputStream in, String file, ServiceCategories categories) {
        FleetRows rows = new FleetRows(categories);
        XlsxTable.read(in, file, FORMAT, FleetColumns::check, rows);
        return FleetFiles.fleet(file, rows);
    }
}
