package org.localis.bom;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.localis.input.ErrorCollector;
import org.localis.input.InputError;
import org.localis.input.InputFiles;
import org.localis.input.XlsxTable;
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

    /**
     * Reads and validates a BOM workbook; {@code file} is the name used in error messages. As with
     * {@link BomCsvReader#read(InputStream, String)}, field problems and tree problems (missing parents, make/buy
     * conflicts, cycles with the parts named) are reported together, each with its Excel row, so that a sheet is
     * fixed in one go. The tree is checked only when every row was read: not after a header or file problem, nor
     * when the error limit stopped the reading.
     */
    public static Bom read(InputStream in, String file) {
        ErrorCollector errors = new ErrorCollector(file);
        Lines lines = collect(in, errors);
        if (lines.lines.isEmpty() || !lines.sawHeader() || errors.full()) {
            errors.throwIfAny(); // without every row, the tree cannot be checked
        }
        return Bom.of(file, lines.lines, errors, lines.unread);
    }

    /** Reads lines, checking each field, but not the tree structure. */
    public static List<BomLine> readLines(InputStream in, String file) {
        ErrorCollector errors = new ErrorCollector(file);
        Lines lines = collect(in, errors);
        errors.throwIfAny();
        return lines.lines;
    }

    /** The rows whose fields are right; every problem goes into {@code errors}, the parts of wrong rows into unread. */
    private static Lines collect(InputStream in, ErrorCollector errors) {
        Lines lines = new Lines(errors);
        XlsxTable.read(in, "BOM", WORDING, BomRowParser.NUMERIC_COLUMNS, errors, lines);
        if (!errors.hasErrors()) {
            if (!lines.sawHeader()) {
                errors.add(0, "", BomRowParser.EMPTY_FILE);
            } else if (lines.lines.isEmpty()) {
                errors.add(0, "", BomRowParser.NO_LINES);
            }
        }
        return lines;
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

    /** The sheet's header and BOM lines, parsed by the CSV reader's {@link BomRowParser}. */
    private static final class Lines implements XlsxTable.Sheet {
        final ErrorCollector errors;
        final List<BomLine> lines = new ArrayList<>();
        /** Part numbers of rows that were not read: a line under one of them is not "missing its parent". */
        final Set<String> unread = new HashSet<>();
        BomRowParser parser;

        Lines(ErrorCollector errors) {
            this.errors = errors;
        }

        @Override
        public boolean sawHeader() {
            return parser != null;
        }

        @Override
        public int header(String[] head, int rowNum, ErrorCollector headerErrors) {
            parser = BomRowParser.forHeader(head, rowNum, headerErrors, errors);
            return parser.width();
        }

        @Override
        public void skipped(String[] row, int rowNum) {
            unread.add(parser.partOf(row));
        }

        @Override
        public void row(String[] row, int rowNum, boolean[] reported) {
            BomLine l = parser.parse(row, rowNum, reported);
            if (l != null) {
                lines.add(l);
            } else {
                unread.add(parser.partOf(row));
            }
        }
    }
}
