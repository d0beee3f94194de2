package org.localis.bom;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.localis.input.ErrorCollector;
import org.localis.input.InputError;
import org.localis.input.InputFiles;
import org.localis.input.XlsxWorkbook;

/**
 * Reads a BOM from an Excel {@code .xlsx} workbook with the columns, rules and messages of
 * {@link BomCsvReader} (both use {@link BomRowParser}). The sheet named {@code BOM} (any case) is read,
 * or else the first sheet; its first non-empty row is the header; empty rows are skipped. Errors name
 * the Excel row: {@code file:ROW: column: message}.
 *
 * <p>Cells are read by {@link XlsxWorkbook}: text is trimmed; a number becomes the decimal text Excel
 * shows for it in full; a formula counts with the value Excel saved with it (nothing is evaluated); a date
 * where a number belongs, an Excel error value ({@code #N/A}) and a formula without a saved value are
 * errors. TRUE/FALSE read as text.
 *
 * <p>The sheet is streamed (SAX), so memory grows with the BOM's lines, not with the workbook's cell
 * objects. A file that is not an {@code .xlsx} workbook (a renamed CSV, an old {@code .xls}, garbage,
 * a zip bomb) is rejected with an {@link InputError}, never an exception of the Excel library.
 */
public final class BomXlsxReader {

    private static final XlsxWorkbook.Wording WORDING = new XlsxWorkbook.Wording("BOM", BomRowParser.EMPTY_FILE);

    private BomXlsxReader() {
    }

    public static Bom read(Path path) {
        return InputFiles.read(path, BomXlsxReader::read);
    }

    /** Reads and validates a BOM workbook; {@code file} is the name used in error messages. */
    public static Bom read(InputStream in, String file) {
        return Bom.of(file, readLines(in, file));
    }

    /** Reads lines, checking each field, but not the tree structure. */
    public static List<BomLine> readLines(InputStream in, String file) {
        ErrorCollector errors = new ErrorCollector(file);
        Rows rows = new Rows(errors);
        XlsxWorkbook.read(in, "BOM", WORDING, errors, rows);
        if (!errors.hasErrors()) {
            if (!rows.sawHeader()) {
                errors.add(0, "", BomRowParser.EMPTY_FILE);
            } else if (rows.lines.isEmpty()) {
                errors.add(0, "", BomRowParser.NO_LINES);
            }
        }
        errors.throwIfAny();
        return rows.lines;
    }

    /** Excel's escapes decoded: see {@link XlsxWorkbook#decodeEscapes(String)}. */
    static String decodeEscapes(String s) {
        return XlsxWorkbook.decodeEscapes(s);
    }

    /** See {@link XlsxWorkbook#fastPlain(String)}. */
    static String fastPlain(String v) {
        return XlsxWorkbook.fastPlain(v);
    }

    /** See {@link XlsxWorkbook#plain(double)}. */
    static String plain(double d) {
        return XlsxWorkbook.plain(d);
    }

    /** The rows of the sheet, in order: the first is the header, the others BOM lines. */
    private static final class Rows implements XlsxWorkbook.RowHandler {
        final ErrorCollector errors;
        final List<BomLine> lines = new ArrayList<>();
        BomRowParser parser;
        String[] columnNames;
        boolean[] numeric;

        Rows(ErrorCollector errors) {
            this.errors = errors;
        }

        boolean sawHeader() {
            return parser != null;
        }

        @Override
        public void row(int rowNum, List<XlsxWorkbook.Cell> cells) {
            if (cells.isEmpty()) {
                return; // a blank row
            }
            if (parser == null) {
                header(rowNum, cells);
            } else {
                line(rowNum, cells);
            }
            if (errors.full()) {
                throw new XlsxWorkbook.StopReading();
            }
        }

        private void header(int rowNum, List<XlsxWorkbook.Cell> cells) {
            String[] head = XlsxWorkbook.headerRow(cells);
            int width = head.length;
            // the shared header check numbers columns from 1 ("column 3"); Excel users know them as letters
            ErrorCollector headerErrors = new ErrorCollector(errors.file());
            parser = BomRowParser.forHeader(head, rowNum, headerErrors, errors);
            for (InputError e : headerErrors.errors()) {
                errors.add(InputError.of(e.file(), e.line(), XlsxWorkbook.excelColumnField(e.field()), e.message()));
            }
            columnNames = new String[width];
            numeric = new boolean[width];
            for (int i = 0; i < width; i++) {
                columnNames[i] = head[i].trim().toLowerCase(Locale.ROOT);
                numeric[i] = BomRowParser.NUMERIC_COLUMNS.contains(columnNames[i]);
            }
            if (errors.hasErrors()) {
                throw new XlsxWorkbook.StopReading();
            }
        }

        private void line(int rowNum, List<XlsxWorkbook.Cell> cells) {
            int width = parser.width();
            for (XlsxWorkbook.Cell c : cells) {
                if (c.column() >= width) {
                    errors.add(rowNum, "", "has a value in column " + XlsxWorkbook.letters(c.column()) + " but the header has "
                            + width + " columns (" + XlsxWorkbook.letters(0) + " to " + XlsxWorkbook.letters(width - 1) + ")");
                    return;
                }
            }
            String[] row = new String[width];
            Arrays.fill(row, "");
            boolean[] reported = null;
            for (XlsxWorkbook.Cell c : cells) {
                int i = c.column();
                String problem = switch (c.kind()) {
                    case TEXT, NUMBER -> null;
                    case DATE -> numeric[i] ? "'" + c.text() + "' is a date in Excel, not a number"
                            + " (format the cell as a number)" : null;
                    case ERROR -> "the cell holds the Excel error " + c.text() + " (fix the formula or the value)";
                    case NO_VALUE -> "the formula has no saved value (open the file in Excel and save it again)";
                };
                if (problem != null) {
                    errors.add(rowNum, columnNames[i].isEmpty() ? "column " + XlsxWorkbook.letters(i) : columnNames[i], problem);
                    if (reported == null) {
                        reported = new boolean[width];
                    }
                    reported[i] = true;
                } else {
                    row[i] = c.text();
                }
            }
            BomLine l = parser.parse(row, rowNum, reported);
            if (l != null) {
                lines.add(l);
            }
        }
    }

}
