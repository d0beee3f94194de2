package org.localis.bom;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.localis.input.InputFiles;
import org.localis.input.CsvReadAhead;
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

    /**
     * Reads and validates a BOM; {@code file} is the name used in error messages. Field problems and tree
     * problems (missing parents, make/buy conflicts, cycles) are reported together.
     */
    public static Bom read(InputStream in, String file) {
        ErrorCollector errors = new ErrorCollector(file);
        Set<String> unread = new HashSet<>();
        Read r = collect(in, file, errors, unread);
        if (r.lines().isEmpty() || !r.complete()) {
            errors.throwIfAny(); // without every line, the tree cannot be checked
        }
        return Bom.of(file, r.lines(), errors, unread, r.amounts());
    }

    /** Reads lines, checking each field, but not the tree structure. */
    public static List<BomLine> readLines(InputStream in, String file) {
        ErrorCollector errors = new ErrorCollector(file);
        List<BomLine> lines = collect(in, file, errors, new HashSet<>()).lines();
        errors.throwIfAny();
        return lines;
    }

    /** The lines whose fields are right; every problem goes into {@code errors}, the parts of bad lines into {@code unread}. */
    private static Read collect(InputStream in, String file, ErrorCollector errors, Set<String> unread) {
        List<BomLine> lines = new ArrayList<>();
        BomRowParser.Amounts amounts = null;
        boolean complete = false;
        try (CsvReader csv = new CsvReader(in)) {
            String[] head = csv.next();
            if (head == null) {
                errors.add(0, "", BomRowParser.EMPTY_FILE);
                errors.throwIfAny();
            }
            BomRowParser parser = BomRowParser.forHeader(head, csv.recordLine(), errors, errors, csv.dialect());
            if (errors.hasErrors()) {
                return new Read(lines, false, null);
            }
            amounts = parser.keepAmounts(1024);
            int width = parser.width();
            csv.repeatedValues(parser.repeatedColumns());
            try (CsvReadAhead rows = new CsvReadAhead(csv)) {
                complete = readRows(rows, parser, width, lines, errors, unread);
            }
        } catch (CsvReader.SyntaxException e) {
            errors.add(e.line(), "", e.getMessage());
        } catch (IOException e) {
            errors.add(0, "", "cannot be read: " + e.getMessage());
        }
        return new Read(lines, complete, amounts);
    }

    /**
     * Checks every record after the header (split and decoded a batch ahead on another thread), in file order;
     * true when the whole file was read.
     */
    private static boolean readRows(CsvReadAhead rows, BomRowParser parser, int width, List<BomLine> lines,
                                    ErrorCollector errors, Set<String> unread) throws IOException, CsvReader.SyntaxException {
        String[] row;
        while ((row = rows.next()) != null) {
            int line = rows.recordLine();
            if (row.length != width) {
                errors.add(line, "", "has " + row.length + " fields but the header has " + width);
                unread.add(parser.partOf(row));
                if (errors.full()) {
                    break;
                }
                continue;
            }
            BomLine l = parser.parse(row, line);
            if (l != null) {
                lines.add(l);
            } else {
                unread.add(parser.partOf(row));
            }
            if (errors.full()) {
                break;
            }
        }
        if (lines.isEmpty() && !errors.hasErrors()) {
            errors.add(0, "", BomRowParser.NO_LINES);
        }
        return !errors.full();
    }

    /**
     * The lines read, whether the whole file was read (no broken quoting or encoding, not too many errors), and
     * the lines' quantities and unit costs as read (null when no line was).
     */
    private record Read(List<BomLine> lines, boolean complete, BomRowParser.Amounts amounts) {
    }
}
