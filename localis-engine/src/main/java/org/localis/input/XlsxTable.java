package org.localis.input;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The Excel twin of {@link CsvTable}: the first non-empty row of a worksheet is the header, checked as a
 * CSV header is (columns named "column C" rather than "column 3"), and every other non-empty row is handed
 * to the same {@link CsvTable.RowHandler} as {@code String[]} with its Excel row number, so that a format
 * reads CSV and {@code .xlsx} with one set of rules and messages.
 *
 * <p>Cells the row handler cannot read are reported here and the row is not handed on: an Excel error value
 * ({@code #N/A}), a formula without a saved value, a date in a numeric column, a value right of the
 * header's last column. A date in another column is handed on as an ISO date ({@code 2021-03-01}).
 */
public final class XlsxTable {

    /**
     * Where and how to read.
     *
     * @param sheetName      the sheet to read (any case); the first sheet when the workbook has none of that name
     * @param what           the format's name for file-level messages, e.g. "fleet list"
     * @param known          the columns the format knows (lower case)
     * @param required       the columns that must be present
     * @param numericColumns the columns where an Excel date is an error rather than a value
     * @param emptyHint      what the header must hold, for the message about an empty file
     */
    public record Format(String sheetName, String what, Set<String> known, List<String> required,
                         Set<String> numericColumns, String emptyHint) {
        public Format {
            known = Set.copyOf(known);
            required = List.copyOf(required);
            numericColumns = Set.copyOf(numericColumns);
        }
    }

    private XlsxTable() {
    }

    /** @throws InvalidInputException with every problem found */
    public static void read(InputStream in, String file, Format format, CsvTable.HeaderCheck headerCheck,
                            CsvTable.RowHandler handler) {
        ErrorCollector errors = new ErrorCollector(file);
        String emptyFile = "the file is empty (" + format.emptyHint() + ")";
        Rows rows = new Rows(format, headerCheck, handler, errors);
        XlsxWorkbook.read(in, format.sheetName(), new XlsxWorkbook.Wording(format.what(), emptyFile), errors, rows);
        if (!errors.hasErrors() && rows.header == null) {
            errors.add(0, "", emptyFile);
        }
        errors.throwIfAny();
    }

    private static final class Rows implements XlsxWorkbook.RowHandler {
        private final Format format;
        private final CsvTable.HeaderCheck headerCheck;
        private final CsvTable.RowHandler handler;
        private final ErrorCollector errors;
        CsvHeader header;
        private String[] columnNames;

        Rows(Format format, CsvTable.HeaderCheck headerCheck, CsvTable.RowHandler handler, ErrorCollector errors) {
            this.format = format;
            this.headerCheck = headerCheck;
            this.handler = handler;
            this.errors = errors;
        }

        @Override
        public void row(int rowNum, List<XlsxWorkbook.Cell> cells) {
            if (cells.isEmpty()) {
                return; // a blank row
            }
            if (header == null) {
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
            ErrorCollector headerErrors = new ErrorCollector(errors.file());
            header = CsvHeader.check(head, rowNum, format.known(), format.required(), headerErrors);
            headerCheck.check(header, rowNum, headerErrors);
            for (InputError e : headerErrors.errors()) {
                errors.add(InputError.of(e.file(), e.line(), XlsxWorkbook.excelColumnField(e.field()), e.message()));
            }
            columnNames = new String[head.length];
            for (int i = 0; i < head.length; i++) {
                columnNames[i] = head[i].trim().toLowerCase(Locale.ROOT);
            }
            if (errors.hasErrors()) {
                throw new XlsxWorkbook.StopReading();
            }
        }

        private void line(int rowNum, List<XlsxWorkbook.Cell> cells) {
            int width = header.width();
            String[] row = new String[width];
            Arrays.fill(row, "");
            for (XlsxWorkbook.Cell c : cells) {
                if (c.column() >= width) {
                    errors.add(rowNum, "", "has a value in column " + XlsxWorkbook.letters(c.column())
                            + " but the header has " + width + " columns (A to " + XlsxWorkbook.letters(width - 1) + ")");
                    return;
                }
            }
            boolean ok = true;
            for (XlsxWorkbook.Cell c : cells) {
                int i = c.column();
                String problem = switch (c.kind()) {
                    case TEXT, NUMBER -> null;
                    case DATE -> format.numericColumns().contains(columnNames[i])
                            ? "'" + c.text() + "' is a date in Excel, not a number (format the cell as a number)" : null;
                    case ERROR -> "the cell holds the Excel error " + c.text() + " (fix the formula or the value)";
                    case NO_VALUE -> "the formula has no saved value (open the file in Excel and save it again)";
                };
                if (problem != null) {
                    errors.add(rowNum, columnNames[i].isEmpty() ? "column " + XlsxWorkbook.letters(i) : columnNames[i],
                            problem);
                    ok = false;
                } else {
                    row[i] = c.text();
                }
            }
            if (ok) {
                handler.row(row, rowNum, header, errors);
            }
        }
    }
}
