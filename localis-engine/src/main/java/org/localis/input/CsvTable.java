package org.localis.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;

/**
 * The common shape of the small CSV formats (operations, certificates, rates): a checked header, then
 * every row of the header's width handed to a row handler; every problem collected and thrown at the
 * end, so a file is either read whole or rejected with all its errors.
 */
public final class CsvTable {

    /** Reads one data row; reports problems into {@code errors}. */
    @FunctionalInterface
    public interface RowHandler {
        void row(String[] row, int line, CsvHeader header, ErrorCollector errors);
    }

    /** Checks the header beyond known and required columns (e.g. one of two alternative columns). */
    @FunctionalInterface
    public interface HeaderCheck {
        void check(CsvHeader header, int line, ErrorCollector errors);
    }

    private CsvTable() {
    }

    public static void read(InputStream in, String file, Set<String> known, List<String> required, String emptyHint,
                            RowHandler handler) {
        read(in, file, known, required, emptyHint, (h, line, errors) -> { }, handler);
    }

    /**
     * @param emptyHint what the header must hold, for the message about an empty file
     * @throws InvalidInputException with every problem found
     */
    public static void read(InputStream in, String file, Set<String> known, List<String> required, String emptyHint,
                            HeaderCheck headerCheck, RowHandler handler) {
        ErrorCollector errors = new ErrorCollector(file);
        try (CsvReader csv = new CsvReader(in)) {
            String[] head = csv.next();
            if (head == null) {
                errors.add(0, "", "the file is empty (" + emptyHint + ")");
                errors.throwIfAny();
            }
            CsvHeader h = CsvHeader.check(head, csv.recordLine(), known, required, errors, csv.dialect());
            headerCheck.check(h, csv.recordLine(), errors);
            errors.throwIfAny();
            String[] row;
            while ((row = csv.next()) != null) {
                int line = csv.recordLine();
                if (row.length != h.width()) {
                    errors.add(line, "", "has " + row.length + " fields but the header has " + h.width());
                } else {
                    handler.row(row, line, h, errors);
                }
                if (errors.full()) {
                    break;
                }
            }
        } catch (CsvReader.SyntaxException e) {
            errors.add(e.line(), "", e.getMessage());
        } catch (IOException e) {
            errors.add(0, "", "cannot be read: " + e.getMessage());
        }
        errors.throwIfAny();
    }
}
