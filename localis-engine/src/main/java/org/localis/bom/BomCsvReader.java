package org.localis.bom;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.localis.input.InputFiles;
import org.localis.input.CsvReader;
import org.localis.input.ErrorCollector;

/**
 * Reads {@code bom.csv} as {@code shared/spec/formats.md} defines it: either a {@code parent} column
 * or an indented {@code level} column, every problem reported as {@code file:line: column: message},
 * and the whole file rejected when anything is wrong. The rules of the lines themselves are
 * {@link BomRowParser}'s, shared with {@link BomXlsxReader}.
 */
public final class BomCsvReader {

    /** The columns a BOM file may have (CSV and Excel alike). */
    public static final Set<String> COLUMNS = BomRowParser.COLUMNS;

    private BomCsvReader() {
    }

    public static Bom read(Path path) {
        return InputFiles.read(path, BomCsvReader::read);
    }

    /** Reads and validates a BOM; {@code file} is the name used in error messages. */
    public static Bom read(InputStream in, String file) {
        return Bom.of(file, readLines(in, file));
    }

    /** Reads lines, checking each field, but not the tree structure. */
    public static List<BomLine> readLines(InputStream in, String file) {
        ErrorCollector errors = new ErrorCollector(file);
        List<BomLine> lines = new ArrayList<>();
        try (CsvReader csv = new CsvReader(in)) {
            String[] head = csv.next();
            if (head == null) {
                errors.add(0, "", BomRowParser.EMPTY_FILE);
                errors.throwIfAny();
            }
            BomRowParser parser = BomRowParser.forHeader(head, csv.recordLine(), errors, errors, csv.dialect());
            if (errors.hasErrors()) {
                errors.throwIfAny();
            }
            int width = parser.width();
            String[] row;
            while ((row = csv.next()) != null) {
                int line = csv.recordLine();
                if (row.length != width) {
                    errors.add(line, "", "has " + row.length + " fields but the header has " + width);
                    if (errors.full()) {
                        break;
                    }
                    continue;
                }
                BomLine l = parser.parse(row, line);
                if (l != null) {
                    lines.add(l);
                }
                if (errors.full()) {
                    break;
                }
            }
            if (lines.isEmpty() && !errors.hasErrors()) {
                errors.add(0, "", BomRowParser.NO_LINES);
            }
        } catch (CsvReader.SyntaxException e) {
            errors.add(e.line(), "", e.getMessage());
        } catch (IOException e) {
            errors.add(0, "", "cannot be read: " + e.getMessage());
        }
        errors.throwIfAny();
        return lines;
    }
}
