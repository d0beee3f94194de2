package org.localis.input;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.EmptyFileException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipArchiveFakeEntry;
import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the rows of one worksheet of an Excel {@code .xlsx} workbook as cells of text, for the readers
 * of the input formats (BOM, fleet list, ...). The sheet with a given name (any case) is read, or else the
 * first sheet; a row's blank cells are left out and a blank row comes as an empty list.
 *
 * <p>Cells: text is trimmed; a number becomes the decimal text Excel shows for it in full (1234.56 stays
 * 1234.56, 1E+3 becomes 1000); a formula counts with the value Excel saved with it (nothing is
 * evaluated); a date-formatted number becomes an ISO date ({@link Kind#DATE}); an Excel error value
 * ({@code #N/A}) and a formula without a saved value come as {@link Kind#ERROR} and {@link Kind#NO_VALUE},
 * for the format to report. TRUE/FALSE read as text.
 *
 * <p>The sheet is streamed (SAX), so memory grows with what the handler keeps, not with the workbook's
 * cell objects. A file that is not an {@code .xlsx} workbook (a renamed CSV, an old {@code .xls}, garbage,
 * a zip bomb) is reported as an {@link InputError} of the file, never an exception of the Excel library.
 */
public final class XlsxWorkbook {

    /** Largest uncompressed part (the sheet's XML, typically) read into memory: about 600,000 BOM lines. */
    public static final int MAX_PART_BYTES = 256 * 1024 * 1024;
    /** A part may expand to at most 100 times its compressed size (POI's default; also its zip-bomb check). */
    public static final double MIN_INFLATE_RATIO = 0.01;

    /** Parts of a workbook read from a stream larger than this are kept in a temporary file, not in memory. */
    public static final int SPILL_PART_BYTES = 4 * 1024 * 1024;

    /** Excel's last column (XFD). */
    private static final int MAX_COLUMNS = 16_384;

    static {
        // POI's limits are global. Tighten the zip-bomb checks to ours, never loosen a stricter host setting.
        ZipSecureFile.setMinInflateRatio(Math.max(ZipSecureFile.getMinInflateRatio(), MIN_INFLATE_RATIO));
        ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), MAX_PART_BYTES));
        // Workbooks read from a stream are held in memory part by part; POI's own cap is 100 MB a part.
        ZipArchiveFakeEntry.setMaxEntrySize(MAX_PART_BYTES);
        // ...every part, even ones no reader asks for: past 4 MiB a part goes to a temporary file instead, so
        // a small upload full of large (but individually ratio-compliant) parts cannot fill the heap.
        int threshold = ZipInputStreamZipEntrySource.getThresholdBytesForTempFiles();
        if (threshold < 0 || threshold > SPILL_PART_BYTES) {
            ZipInputStreamZipEntrySource.setThresholdBytesForTempFiles(SPILL_PART_BYTES);
        }
    }

    /** What a cell holds. */
    public enum Kind { TEXT, NUMBER, DATE, ERROR, NO_VALUE }

    /**
     * One non-blank cell: its 0-based column, its kind and its text (trimmed text, a plain decimal, an
     * ISO date or date-time, or the Excel error code such as {@code #N/A}; empty for {@link Kind#NO_VALUE}).
     */
    public record Cell(int column, Kind kind, String text) {
    }

    /** Receives the rows of the sheet in order; may throw {@link StopReading} to end the read early. */
    @FunctionalInterface
    public interface RowHandler {
        /**
         * @param rowNum the 1-based Excel row number
         * @param cells  the row's non-blank cells, left to right (empty for a blank row)
         */
        void row(int rowNum, List<Cell> cells);
    }

    /** Thrown by a {@link RowHandler} to stop reading (enough errors, or nothing more is needed). */
    public static final class StopReading extends RuntimeException {
        public StopReading() {
            super(null, null, false, false);
        }
    }

    /**
     * The words the file-level messages use for the format.
     *
     * @param what      the format's name in a sentence, e.g. "BOM" ("a CSV BOM needs a name ...")
     * @param emptyFile the message for a file with no content at all
     */
    public record Wording(String what, String emptyFile) {
    }

    private XlsxWorkbook() {
    }

    /**
     * Reads the sheet named {@code sheetName} (any case), or the first sheet, row by row. Problems with
     * the file as a whole are added to {@code errors}; rows are the handler's business.
     *
     * @throws InvalidInputException when the handler or a check throws one; never an Excel library exception
     */
    public static void read(InputStream in, String sheetName, Wording wording, ErrorCollector errors,
                            RowHandler handler) {
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(in);
            String notSpreadsheet = notASpreadsheet(pkg, wording);
            if (notSpreadsheet != null) {
                errors.add(0, "", notSpreadsheet);
                return;
            }
            XSSFReader reader = new XSSFReader(pkg, true);
            boolean date1904 = Workbook1904.read(reader);
            List<String> strings = SharedStringsHandler.read(pkg);
            StylesTable styles = reader.getStylesTable();
            try (InputStream sheet = sheet(reader, sheetName)) {
                if (sheet != null) {
                    parse(sheet, new SheetHandler(strings, styles, date1904, handler));
                }
            }
        } catch (InvalidInputException e) {
            throw e;
        } catch (StopReading e) {
            // the handler has seen enough
        } catch (EmptyFileException e) {
            errors.add(0, "", wording.emptyFile());
        } catch (OLE2NotOfficeXmlFileException e) {
            errors.add(0, "", "is an old Excel .xls workbook (or a password-protected one), not an Excel .xlsx"
                    + " workbook: save it as .xlsx without a password, or as CSV");
        } catch (ODFNotOfficeXmlFileException e) {
            errors.add(0, "", "is an OpenDocument spreadsheet (.ods), not an Excel .xlsx workbook: save it as .xlsx or as CSV");
        } catch (UnsupportedFileFormatException | InvalidFormatException e) {
            errors.add(0, "", notXlsx(wording));
        } catch (IOException | SAXException | ParserConfigurationException | OpenXML4JException | RuntimeException e) {
            errors.add(0, "", unreadable(e, wording));
        } finally {
            if (pkg != null) {
                pkg.revert(); // close without saving anything
            }
        }
    }

    /** The cells of a header row as names by position ("" where a cell is blank or has no value). */
    public static String[] headerRow(List<Cell> cells) {
        int width = 0;
        for (Cell c : cells) {
            width = Math.max(width, c.column() + 1);
        }
        String[] head = new String[width];
        java.util.Arrays.fill(head, "");
        for (Cell c : cells) {
            head[c.column()] = c.kind() == Kind.NO_VALUE ? "" : c.text();
        }
        return head;
    }

    /** "column 3" (the shared header check's name for an unnamed column) becomes "column C". */
    public static String excelColumnField(String field) {
        if (field.startsWith("column ")) {
            try {
                return "column " + letters(Integer.parseInt(field.substring(7)) - 1);
            } catch (NumberFormatException e) {
                return field;
            }
        }
        return field;
    }

    /** The letters of a 0-based column: 0 is A, 26 is AA. */
    public static String letters(int column) {
        return CellReference.convertNumToColString(column);
    }

    /** Why an Office Open XML package is not a spreadsheet we can read, or null when it is one. */
    private static String notASpreadsheet(OPCPackage pkg, Wording wording) throws InvalidFormatException {
        PackageRelationship core = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT).getRelationship(0);
        if (core == null) {
            core = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT).getRelationship(0);
        }
        PackagePart part = core == null ? null : pkg.getPart(core);
        if (part == null) {
            return notXlsx(wording);
        }
        String type = part.getContentType().toLowerCase(Locale.ROOT);
        if (type.contains("sheet.binary")) {
            return "is an Excel binary workbook (.xlsb), not an Excel .xlsx workbook: save it as .xlsx or as CSV";
        }
        if (!type.contains("spreadsheetml") && !type.startsWith("application/vnd.ms-excel.")) {
            return "not an Excel .xlsx workbook (it is an Office file of another kind, such as a Word document"
                    + " or a presentation)";
        }
        return null;
    }

    private static String notXlsx(Wording wording) {
        return "not an Excel .xlsx workbook (the file is not an Office Open XML spreadsheet;"
                + " a CSV " + wording.what() + " needs a name that does not end in .xlsx)";
    }

    /** A message for a file the Excel library could not read, without its stack trace or advice to programmers. */
    private static String unreadable(Exception e, Wording wording) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("Zip bomb detected") || m.contains("exceeds the max entry size")) {
            return "not read: a part of the workbook expands to more than " + (MAX_PART_BYTES >> 20)
                    + " MB or to more than " + Math.round(1 / MIN_INFLATE_RATIO) + " times its compressed size"
                    + " (a zip bomb, or a " + wording.what() + " too large for .xlsx: save it as CSV)";
        }
        if (m.contains("No valid entries or contents found") || m.contains("not a valid OOXML")
                || e instanceof java.util.zip.ZipException) {
            return notXlsx(wording);
        }
        if (e instanceof SAXException) {
            return "not a readable Excel .xlsx workbook: its XML is broken (" + firstLine(m) + ")";
        }
        if (e instanceof IOException && !(e.getCause() instanceof RuntimeException)) {
            return "not a readable Excel .xlsx workbook: the file is damaged or incomplete (" + firstLine(m) + ")";
        }
        return "not a readable Excel .xlsx workbook (" + firstLine(m) + ")";
    }

    private static String firstLine(String m) {
        int nl = m.indexOf('\n');
        String s = nl < 0 ? m : m.substring(0, nl);
        return s.length() > 200 ? s.substring(0, 200) + "..." : s.strip();
    }

    /** The sheet of that name (any case), else the first worksheet; null when the workbook has none. */
    private static InputStream sheet(XSSFReader reader, String name) throws IOException, InvalidFormatException {
        XSSFReader.SheetIterator it = reader.getSheetIterator();
        InputStream first = null;
        while (it.hasNext()) {
            InputStream s = it.next();
            if (name != null && name.equalsIgnoreCase(it.getSheetName().strip())) {
                if (first != null) {
                    first.close();
                }
                return s;
            }
            if (first == null) {
                first = s;
            } else {
                s.close();
            }
        }
        return first;
    }

    private static void parse(InputStream xml, DefaultHandler handler)
            throws IOException, SAXException, ParserConfigurationException {
        XMLReader parser = XMLHelper.newXMLReader(); // no DTDs, no external entities
        parser.setContentHandler(handler);
        parser.setErrorHandler(handler); // DefaultHandler: a fatal error throws, and nothing is logged
        parser.parse(new InputSource(xml));
    }

    /**
     * The workbook's shared strings (the text cells point into them by index), as plain strings: POI's
     * own table makes a rich-text object for every lookup, which dominates the time to read a large sheet.
     */
    private static final class SharedStringsHandler extends DefaultHandler {
        private final List<String> strings = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private boolean inItem;
        private boolean inPhonetic;
        private boolean inText;

        static List<String> read(OPCPackage pkg) throws IOException, SAXException, ParserConfigurationException {
            List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
            if (parts.isEmpty()) {
                return List.of();
            }
            SharedStringsHandler h = new SharedStringsHandler();
            try (InputStream in = parts.get(0).getInputStream()) {
                parse(in, h);
            }
            return h.strings;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            switch (localName) {
                case "si" -> {
                    inItem = true;
                    text.setLength(0);
                }
                case "rPh" -> inPhonetic = inItem;
                case "t" -> inText = inItem && !inPhonetic;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "si" -> {
                    inItem = false;
                    strings.add(decodeEscapes(text.toString()));
                }
                case "rPh" -> inPhonetic = false;
                case "t" -> inText = false;
                default -> {
                }
            }
        }
    }

    /** Excel writes characters XML cannot hold as {@code _xHHHH_} (e.g. {@code _x000D_} for a carriage return). */
    public static String decodeEscapes(String s) {
        if (s.indexOf("_x") < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (i + 7 <= s.length() && s.charAt(i) == '_' && s.charAt(i + 1) == 'x' && s.charAt(i + 6) == '_'
                    && isHex(s, i + 2, i + 6)) {
                b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 7;
            } else {
                b.append(s.charAt(i++));
            }
        }
        return b.toString();
    }

    private static boolean isHex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether the workbook counts dates from 1904 (old Mac Excel) rather than 1900. */
    private static final class Workbook1904 extends DefaultHandler {
        boolean date1904;

        static boolean read(XSSFReader reader) throws IOException, InvalidFormatException, SAXException,
                ParserConfigurationException {
            Workbook1904 h = new Workbook1904();
            try (InputStream in = reader.getWorkbookData()) {
                parse(in, h);
            } catch (Done e) {
                // workbookPr found
            }
            return h.date1904;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            if ("workbookPr".equals(localName)) {
                String v = atts.getValue("date1904");
                date1904 = "1".equals(v) || "true".equalsIgnoreCase(v);
                throw new Done();
            }
            if ("sheets".equals(localName)) {
                throw new Done(); // workbookPr comes before the sheet list, or not at all
            }
        }

        private static final class Done extends SAXException {
        }
    }

    /**
     * SAX handler of a worksheet: collects each row's non-blank cells as text with their kind and hands
     * the row to a {@link RowHandler}. Reads the values Excel saved (for formulas: the last computed result).
     */
    private static final class SheetHandler extends DefaultHandler {
        private final List<String> strings;
        private final StylesTable styles;
        private final boolean date1904;
        private final RowHandler rows;
        /** Per cell style: 0 not looked at yet, 1 a number format, 2 a date format. */
        private final byte[] dateStyles;

        private boolean inSheetData;
        private boolean inRow;
        private int rowNum;
        private int nextColumn;
        private List<Cell> cells = new ArrayList<>();

        private boolean inCell;
        private int column;
        private String type;
        private int style;
        private boolean formula;
        private boolean hasValue;
        private boolean inValue;
        private boolean inInline;
        private boolean inPhonetic;
        private boolean inInlineText;
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder inline = new StringBuilder();

        SheetHandler(List<String> strings, StylesTable styles, boolean date1904, RowHandler rows) {
            this.strings = strings;
            this.styles = styles;
            this.dateStyles = new byte[styles == null ? 0 : styles.getNumCellStyles()];
            this.date1904 = date1904;
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            switch (localName) {
                case "sheetData" -> inSheetData = true;
                case "row" -> {
                    if (inSheetData) {
                        inRow = true;
                        rowNum = positiveInt(attribute(atts, "r"), rowNum + 1);
                        nextColumn = 0;
                        cells = new ArrayList<>();
                    }
                }
                case "c" -> {
                    if (inRow) {
                        inCell = true;
                        String r = null;
                        String t = null;
                        String s = null;
                        for (int i = 0, n = atts.getLength(); i < n; i++) {
                            switch (atts.getLocalName(i)) {
                                case "r" -> r = atts.getValue(i);
                                case "t" -> t = atts.getValue(i);
                                case "s" -> s = atts.getValue(i);
                                default -> {
                                }
                            }
                        }
                        column = columnOf(r, nextColumn);
                        nextColumn = column + 1;
                        type = t == null ? "n" : t;
                        style = positiveInt(s, 0);
                        formula = false;
                        hasValue = false;
                        value.setLength(0);
                        inline.setLength(0);
                    }
                }
                case "v" -> {
                    if (inCell) {
                        inValue = true;
                        hasValue = true;
                    }
                }
                case "f" -> formula |= inCell;
                case "is" -> inInline = inCell;
                case "rPh" -> inPhonetic = inInline;
                case "t" -> inInlineText = inInline && !inPhonetic;
                default -> {
                    // other elements (formats, extensions) do not matter
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
            } else if (inInlineText) {
                inline.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v" -> inValue = false;
                case "t" -> inInlineText = false;
                case "rPh" -> inPhonetic = false;
                case "is" -> inInline = false;
                case "c" -> {
                    if (inCell) {
                        inCell = false;
                        Cell c = cell();
                        if (c != null) {
                            cells.add(c);
                        }
                    }
                }
                case "row" -> {
                    if (inRow) {
                        inRow = false;
                        rows.row(rowNum, cells);
                    }
                }
                case "sheetData" -> inSheetData = false;
                default -> {
                }
            }
        }

        /** The cell just read, or null when it is blank. */
        private Cell cell() {
            if (column >= MAX_COLUMNS) {
                return null;
            }
            if (formula && !hasValue) {
                return new Cell(column, Kind.NO_VALUE, "");
            }
            String v = value.toString();
            switch (type) {
                case "s" -> {
                    if (v.isBlank()) {
                        return null;
                    }
                    return text(sharedString(v.trim()));
                }
                case "inlineStr" -> {
                    return text(hasValue ? v : decodeEscapes(inline.toString()));
                }
                case "str" -> {
                    return text(v);
                }
                case "b" -> {
                    return v.isBlank() ? null : new Cell(column, Kind.TEXT, "1".equals(v.trim()) ? "TRUE" : "FALSE");
                }
                case "e" -> {
                    return new Cell(column, Kind.ERROR, v.isBlank() ? "#VALUE!" : v.trim());
                }
                case "d" -> {
                    return v.isBlank() ? null : new Cell(column, Kind.DATE, v.trim());
                }
                default -> {
                    return number(v.trim());
                }
            }
        }

        private Cell text(String s) {
            String t = s.strip();
            return t.isEmpty() ? null : new Cell(column, Kind.TEXT, t);
        }

        private String sharedString(String index) {
            int i;
            try {
                i = Integer.parseInt(index);
            } catch (NumberFormatException e) {
                throw new IllegalStateException("cell " + letters(column) + rowNum + " refers to shared string '"
                        + index + "', which is not a number");
            }
            if (i < 0 || i >= strings.size()) {
                throw new IllegalStateException("cell " + letters(column) + rowNum + " refers to shared string "
                        + i + ", which the workbook does not have");
            }
            return strings.get(i);
        }

        private Cell number(String v) {
            if (v.isEmpty()) {
                return null;
            }
            if (!isDateStyle(style)) {
                String fast = fastPlain(v);
                if (fast != null) {
                    return new Cell(column, Kind.NUMBER, fast);
                }
            }
            double d;
            try {
                d = Double.parseDouble(v);
            } catch (NumberFormatException e) {
                return text(v);
            }
            if (!Double.isFinite(d)) {
                return text(v);
            }
            if (isDateStyle(style) && DateUtil.isValidExcelDate(d)) {
                LocalDateTime t = DateUtil.getLocalDateTime(d, date1904);
                String iso = t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : t.toString();
                return new Cell(column, Kind.DATE, iso);
            }
            return new Cell(column, Kind.NUMBER, plain(d));
        }

        private boolean isDateStyle(int index) {
            if (index < 0 || index >= dateStyles.length) {
                return false; // no such style: General
            }
            if (dateStyles[index] == 0) {
                XSSFCellStyle st = styles.getStyleAt(index);
                boolean date = false;
                if (st != null) {
                    int fmt = st.getDataFormat();
                    String f = st.getDataFormatString();
                    if (f == null) {
                        f = BuiltinFormats.getBuiltinFormat(fmt);
                    }
                    date = f != null && DateUtil.isADateFormat(fmt, f);
                }
                dateStyles[index] = (byte) (date ? 2 : 1);
            }
            return dateStyles[index] == 2;
        }

        private static String attribute(Attributes atts, String localName) {
            for (int i = 0, n = atts.getLength(); i < n; i++) {
                if (localName.equals(atts.getLocalName(i))) {
                    return atts.getValue(i);
                }
            }
            return null;
        }

        private static int positiveInt(String s, int otherwise) {
            if (s == null) {
                return otherwise;
            }
            try {
                int v = Integer.parseInt(s.trim());
                return v > 0 ? v : otherwise;
            } catch (NumberFormatException e) {
                return otherwise;
            }
        }

        /** The 0-based column of a cell reference such as "C12"; {@code otherwise} when there is none. */
        private static int columnOf(String ref, int otherwise) {
            if (ref == null) {
                return otherwise;
            }
            int col = 0;
            int n = 0;
            for (int i = 0; i < ref.length(); i++) {
                char ch = Character.toUpperCase(ref.charAt(i));
                if (ch < 'A' || ch > 'Z') {
                    break;
                }
                col = col * 26 + (ch - 'A' + 1);
                n++;
                if (n > 3) {
                    return MAX_COLUMNS; // beyond Excel's columns: ignored
                }
            }
            return n == 0 ? otherwise : col - 1;
        }
    }

    /**
     * {@link #plain(double)} of a saved value without the trip through {@code double} when the saved text
     * is already a plain decimal of at most 15 significant digits (what Excel writes for typed numbers):
     * such a decimal survives the trip unchanged, so only its trailing zeros need to go. Null otherwise.
     */
    public static String fastPlain(String v) {
        int n = v.length();
        if (n == 0 || n > 40) {
            return null;
        }
        int i = v.charAt(0) == '-' ? 1 : 0;
        int point = -1;
        int significant = 0;
        boolean leading = true;
        if (i == n) {
            return null;
        }
        for (int k = i; k < n; k++) {
            char c = v.charAt(k);
            if (c == '.') {
                if (point >= 0 || k == i || k == n - 1) {
                    return null;
                }
                point = k;
            } else if (c >= '0' && c <= '9') {
                if (c != '0') {
                    leading = false;
                }
                if (!leading) {
                    significant++;
                }
            } else {
                return null;
            }
        }
        int intDigits = (point < 0 ? n : point) - i;
        if (significant > 15 || (intDigits > 1 && v.charAt(i) == '0')) {
            return null;
        }
        int end = n;
        if (point >= 0) {
            while (v.charAt(end - 1) == '0') {
                end--;
            }
            if (end - 1 == point) {
                end--;
            }
        }
        if (significant == 0) {
            return "0";
        }
        return end == n ? v : v.substring(0, end);
    }

    /** A number as the plain decimal text Excel shows in full: 1234.56, 1000 (not 1E+3), 0.3 (not 0.30000000000000004). */
    public static String plain(double d) {
        return new BigDecimal(NumberToTextConverter.toText(d)).toPlainString();
    }
}
