package org.localis.fleet;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.localis.input.InputError;
import org.localis.input.InputFiles;
import org.localis.input.InvalidInputException;

/**
 * Reads a fleet list in whichever format its file is: Excel ({@link FleetXlsxReader}) for a name ending in
 * {@code .xlsx}, {@code .xlsm} or {@code .xls} (the last gets a clear "save it as .xlsx" error) or for content
 * that starts like a zip or OLE2 container; otherwise CSV ({@link FleetCsvReader}).
 */
public final class FleetFiles {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private FleetFiles() {
    }

    /** Reads a fleet with the {@link ServiceCategories#demo() demo} service categories. */
    public static Fleet read(Path path) {
        return read(path, ServiceCategories.demo());
    }

    public static Fleet read(Path path, ServiceCategories categories) {
        return InputFiles.read(path, (in, name) -> read(in, name, categories));
    }

    /**
     * @param fileName picks the format and names the file in error messages
     * @throws InvalidInputException with every problem found
     */
    public static Fleet read(InputStream in, String fileName, ServiceCategories categories) {
        if (isExcel(fileName)) {
            return FleetXlsxReader.read(in, fileName, categories);
        }
        PushbackInputStream peek = new PushbackInputStream(in, 4);
        byte[] head = new byte[4];
        int n;
        try {
            n = peek.readNBytes(head, 0, 4);
            peek.unread(head, 0, n);
        } catch (IOException e) {
            throw new InvalidInputException(InputError.ofFile(fileName, "cannot be read: " + e.getMessage()));
        }
        if (n == 4 && (Arrays.equals(head, ZIP) || Arrays.equals(head, OLE2))) {
            return FleetXlsxReader.read(peek, fileName, categories);
        }
        return FleetCsvReader.read(peek, fileName, categories);
    }

    /** Whether a file of this name is read as an Excel workbook. */
    public static boolean isExcel(String fileName) {
        String n = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        return n.endsWith(".xlsx") || n.endsWith(".xlsm") || n.endsWith(".xls");
    }

    /** The fleet of rows read without errors; an error when there are none. */
    static Fleet fleet(String file, FleetRows rows) {
        if (rows.vehicles().isEmpty()) {
            throw new InvalidInputException(InputError.ofFile(file, FleetRows.NO_VEHICLES));
        }
        return new Fleet(rows.vehicles());
    }
}
