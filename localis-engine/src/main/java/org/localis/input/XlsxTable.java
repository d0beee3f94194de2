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

    /**
     * A sheet read as a table, for formats with their own header and row parsing (the BOM reader): the
     * header row as text, then each row as text cells with the cells already reported marked.
     */
    public interface Sheet {
        /**
         * Checks the header; problems go to {@code headerErrors} (columns numbered from 1, renamed to
         * Excel letters here). Returns the number of columns rows may use.
         */
        int header(String[] head, int rowNum, ErrorCollector headerErrors);

        /**
         * One non-empty row, {@code ""} for empty cells. {@code reported} is null, or marks the cells whose
         * value could not be read (already reported): parse the others to report their problems too.
         */
        void row(String[] row, int rowNum, boolean[] reported);

        /** Whether a header row was seen. */
        boolean sawHeader();

        /**
         * A row that was reported and not handed on because it has a value right of the header's last column;
         * its cells within the header, {@code ""} for empty ones (a BOM reader notes its part number as unread).
         */
        default void skipped(String[] row, int rowNum) {
        }
    }

    private XlsxTable() {
    }

    /** @throws InvalidInputException with every problem found */
    public static void read(InputStream in, String file, Format format, CsvTable.HeaderCheck headerCheck,
                            CsvTable.RowHandler handler) {
        ErrorCollector errors = new ErrorCollector(file);
        String emptyFile = "the file is empty (" + format.emptyHint() + ")";
        Sheet table = new Sheet() {
            CsvHeader header;

            @Override
            public int header(String[] head, int rowNum, ErrorCollector headerErrors) {
                header = CsvHeader.check(head, rowNum, format.known(), format.required(), headerErrors);
                headerCheck.check(header, rowNum, headerErrors);
                return header.width();
            }

            @Override
            public void row(String[] row, int rowNum, boolean[] reported) {
                if (reported == null) {
                    handler.row(row, rowNum, header, errors);
                }
            }

            @Override
            public boolean sawHeader() {
                return header != null;
            }
        };
        read(in, format.sheetName(), new XlsxWorkbook.Wording(format.what(), emptyFile), format.numericColumns(), errors, table);
        if (!errors.hasErrors() && !table.sawHeader()) {
            errors.add(0, "", emptyFile);
        }
        errors.throwIfAny();
    }

    /**
     * Streams the sheet into {@code sheet}; problems go to {@code errors} (not thrown here). Cells that cannot
     * be read as text are reported: an Excel error value, a formula without a saved value, a date in one of
     * {@code numericColumns}, a value right of the header's last column (the row is then skipped).
     */
    public static void read(InputStream in, String sheetName, XlsxWorkbook.Wording wording, Set<String> numericColumns,
                            ErrorCollector errors, Sheet sheet) {
        XlsxWorkbook.read(in, sheetName, wording, errors, new Rows(sheet, numericColumns, errors));
    }

    private static final class Rows implements XlsxWorkbook.RowHandler {
        private final Sheet sheet;
        private final Set<String> numericColumns;
        private final ErrorCollector errors;
        private boolean headerSeen;
        private int width;
        private String[] columnNames;
        private boolean[] numeric;

        Rows(Sheet sheet, Set<String> numericColumns, ErrorCollector errors) {
            this.sheet = sheet;
            this.numericColumns = numericColumns;
            this.errors = errors;
        }

        @Override
        public void row(int rowNum, List<XlsxWorkbook.Cell> cells) {
            if (cells.isEmpty()) {
                return; // a blank row
            }
            if (!headerSeen) {
                header(rowNum, cells);
            } else {
                line(rowNum, cells);
            }
            if (errors.full()) {
                throw new XlsxWorkbook.StopReading();
            }
        }

        private void header(int rowNum, List<XlsxWorkbook.Cell> cells) {
            headerSeen = true;
            String[] head = XlsxWorkbook.headerRow(cells);
            // the shared header checks number columns from 1 ("column 3"); Excel users know them as letters
            ErrorCollector headerErrors = new ErrorCollector(errors.file());
            width = sheet.header(head, rowNum, headerErrors);
            for (InputError e : headerErrors.errors()) {
                errors.add(InputError.of(e.file(), e.line(), XlsxWorkbook.excelColumnField(e.field()), e.message()));
            }
            columnNames = new String[head.length];
            numeric = new boolean[head.length];
            for (int i = 0; i < head.length; i++) {
                columnNames[i] = head[i].trim().toLowerCase(Locale.ROOT);
                numeric[i] = numericColumns.contains(columnNames[i]);
            }
            if (errors.hasErrors()) {
                throw new XlsxWorkbook.StopReading();
            }
        }

        private void line(int rowNum, List<XlsxWorkbook.Cell> cells) {
            for (XlsxWorkbook.Cell c : cells) {
                if (c.column() >= width) {
                    errors.add(rowNum, "", "has a value in column " + XlsxWorkbook.letters(c.column())
                            + " but the header has " + width + " columns (A to " + XlsxWorkbook.letters(width - 1) + ")");
                    String[] within = new String[width];
                    Arrays.fill(within, "");
                    for (XlsxWorkbook.Cell k : cells) {
                        if (k.column() < width && (k.kind() == XlsxWorkbook.Kind.TEXT
                                || k.kind() == XlsxWorkbook.Kind.NUMBER)) {
                            within[k.column()] = k.text();
                        }
                    }
                    sheet.skipped(within, rowNum);
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
                    case DATE -> i < numeric.length && numeric[i]
                            ? "'" + c.text() + "' is a date in Excel, not a number (format the cell as a number)" : null;
                    case ERROR -> "the cell holds the Excel error " + c.text() + " (fix the formula or the value)";
                    case NO_VALUE -> "the formula has no saved value (open the file in Excel and save it again)";
                };
                if (problem != null) {
                    String name = i < columnNames.length ? columnNames[i] : "";
                    errors.add(rowNum, name.isEmpty() ? "column " + XlsxWorkbook.letters(i) : name, problem);
                    if (reported == null) {
                        reported = new boolean[width];
                    }
                    reported[i] = true;
                } else {
                    row[i] = c.text();
                }
            }
            sheet.row(row, rowNum, reported);
        }
    }
}
