package org.localis.input;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 reader for CSV as people export it: double-quote quoting (with {@code ""} for a quote
 * inside a quoted field), CRLF, LF or CR line ends. The encoding and the separator are detected from the
 * first 64 KiB ({@link CsvSniffer}): UTF-8 with or without a byte-order mark, UTF-16 with one, or windows-1251
 * (what Russian Excel saves as "CSV (разделители - точка с запятой)"); comma, semicolon or tab, whichever
 * separates the header row. Blank lines are skipped. Bytes that are not text in the detected encoding are
 * reported with the line they are on, never silently replaced; a workbook or other binary file is refused
 * saying what it is.
 *
 * <p>Built for large files: it decodes in chunks and copies unquoted fields straight out of its
 * buffer, so a million-line BOM reads in well under a second.
 */
public final class CsvReader implements Closeable {

    /** A problem that makes the rest of the file unreadable (broken quoting, bad encoding). */
    public static final class SyntaxException extends Exception {
        private final int line;

        SyntaxException(int line, String message) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private static final int CHUNK = 1 << 16;

    private InputStream in;
    private CharsetDecoder decoder;
    private CsvDialect dialect;
    private char sep = ',';
    private final ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
    private final char[] buf = new char[CHUNK * 2];
    private int pos;
    private int lim;
    private boolean inputDone;
    private boolean decoderFlushed;
    private boolean malformed;
    private boolean started;

    private int line = 1;
    private int recordLine;
    private final StringBuilder field = new StringBuilder();
    private final List<String> fields = new ArrayList<>(16);

    public CsvReader(InputStream in) {
        this.in = in;
    }

    /**
     * A reader of a later part of a file whose start was read as {@code dialect}: {@code in} starts at the beginning
     * of a line ({@code firstLine}, 1-based, in the whole file), is not sniffed, and a byte-order mark there is a
     * character of the line (as it would be when the whole file is read). Only for dialects where a line end is one
     * byte of its own (UTF-8, windows-1251): {@code in} must begin right after such a byte.
     */
    public static CsvReader continuing(InputStream in, CsvDialect dialect, int firstLine) {
        CsvReader r = new CsvReader(in);
        r.dialect = dialect;
        r.sep = dialect.separator();
        r.decoder = dialect.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        r.started = true;
        r.line = firstLine;
        return r;
    }

    /** Per column: a small cache of its recent values, or null (see {@link #repeatedValues(boolean[])}). */
    private String[][] repeated;

    /** Slots of a column's cache (a power of two): a column of a few hundred suppliers keeps them all. */
    private static final int REPEATED_SLOTS = 4096;

    /**
     * Columns whose values repeat (a parent, a unit, a country, a supplier): their unquoted values are taken from a
     * small cache of recent values of the column instead of a new string each time, when the characters are the
     * same. The values returned are equal either way; a million-line file just makes millions fewer strings.
     */
    public void repeatedValues(boolean[] columns) {
        repeated = new String[columns.length][];
        for (int c = 0; c < columns.length; c++) {
            if (columns[c]) {
                repeated[c] = new String[REPEATED_SLOTS];
            }
        }
    }

    private String repeatedValue(int start, int len) {
        int col = fields.size();
        String[] slots = col < repeated.length ? repeated[col] : null;
        if (slots == null || len > 64) {
            return new String(buf, start, len);
        }
        int h = 0;
        for (int k = start; k < start + len; k++) {
            h = 31 * h + buf[k];
        }
        int slot = (h ^ (h >>> 16)) & (slots.length - 1);
        String s = slots[slot];
        if (s != null && s.length() == len && sameChars(s, start, len)) {
            return s;
        }
        s = new String(buf, start, len);
        slots[slot] = s;
        return s;
    }

    /** Whether {@code s} (of length {@code len}) has the characters of the buffer from {@code start}. */
    private boolean sameChars(String s, int start, int len) {
        for (int k = 0; k < len; k++) {
            if (s.charAt(k) != buf[start + k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The encoding and separator detected (reads the start of the file when nothing was read yet).
     *
     * @throws SyntaxException when the file is not text (a workbook, a binary file)
     */
    public CsvDialect dialect() throws IOException, SyntaxException {
        if (dialect == null) {
            CsvSniffer.Sniffed sniffed = CsvSniffer.sniff(in);
            dialect = sniffed.dialect();
            in = sniffed.stream();
            sep = dialect.separator();
            decoder = dialect.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
        }
        return dialect;
    }

    /** The 1-based line on which the record last returned by {@link #next()} starts. */
    public int recordLine() {
        return recordLine;
    }

    /**
     * The next record, or {@code null} at the end of the file.
     *
     * @throws SyntaxException on broken quoting or bytes that are not UTF-8
     */
    public String[] next() throws IOException, SyntaxException {
        return readRecord() ? fields.toArray(new String[0]) : null;
    }

    /** Reads the next record into {@link #fields}; false at the end of the file. */
    private boolean readRecord() throws IOException, SyntaxException {
        if (!started) {
            dialect();
            started = true;
            if (ensure() && buf[pos] == '\uFEFF') {
                pos++;
            }
        }
        // skip blank lines
        while (true) {
            if (!ensure()) {
                return false;
            }
            char c = buf[pos];
            if (c == '\n') {
                pos++;
                line++;
            } else if (c == '\r') {
                pos++;
                if (ensure() && buf[pos] == '\n') {
                    pos++;
                }
                line++;
            } else {
                break;
            }
        }
        recordLine = line;
        fields.clear();
        while (true) {
            boolean endOfRecord = readField();
            if (endOfRecord) {
                return true;
            }
        }
    }

    /**
     * The next record into {@code row} when it has exactly {@code row.length} fields, so that a caller reading a
     * large file needs no new array per record; returns the record's number of fields (-1 at the end of the file).
     * When that is not {@code row.length}, {@code row} is left as it was (read the file with {@link #next()} to see
     * such a record).
     *
     * @throws SyntaxException on broken quoting or bytes that are not UTF-8
     */
    public int next(String[] row) throws IOException, SyntaxException {
        if (!readRecord()) {
            return -1;
        }
        int n = fields.size();
        if (n == row.length) {
            for (int i = 0; i < n; i++) {
                row[i] = fields.get(i);
            }
        }
        return n;
    }

    /** Reads one field into {@link #fields}; returns true when it ended the record. */
    private boolean readField() throws IOException, SyntaxException {
        if (!ensure()) {
            fields.add("");
            return true;
        }
        if (buf[pos] == '"') {
            return readQuoted();
        }
        // unquoted: fast path inside the buffer
        int start = pos;
        while (true) {
            int i = pos;
            int end = lim;
            while (i < end) {
                char c = buf[i];
                if (c == sep || c == '\n' || c == '\r') {
                    break;
                }
                if (c == '"') {
                    throw new SyntaxException(line, "a double quote inside an unquoted field (quote the whole field and write \"\" for a quote)");
                }
                i++;
            }
            if (i < end) {
                String value;
                if (field.length() == 0) {
                    // an empty field is the one shared "": a million-line file has millions of them
                    int len = i - start;
                    value = len == 0 ? "" : repeated != null ? repeatedValue(start, len) : new String(buf, start, len);
                } else {
                    field.append(buf, start, i - start);
                    value = field.toString();
                    field.setLength(0);
                }
                fields.add(value);
                pos = i;
                return consumeSeparator();
            }
            // ran out of buffer in the middle of the field
            field.append(buf, start, i - start);
            pos = i;
            if (!ensure()) {
                fields.add(field.toString());
                field.setLength(0);
                return true;
            }
            start = pos;
        }
    }

    private boolean readQuoted() throws IOException, SyntaxException {
        int startLine = line;
        pos++; // opening quote
        field.setLength(0);
        while (true) {
            if (!ensure()) {
                throw new SyntaxException(startLine, "a quoted field is not closed before the end of the file");
            }
            char c = buf[pos++];
            if (c == '"') {
                if (ensure() && buf[pos] == '"') {
                    field.append('"');
                    pos++;
                } else {
                    break;
                }
            } else {
                if (c == '\n') {
                    line++;
                } else if (c == '\r') {
                    if (!(ensure() && buf[pos] == '\n')) {
                        line++;
                    }
                }
                field.append(c);
            }
        }
        fields.add(field.toString());
        field.setLength(0);
        if (!ensure()) {
            return true;
        }
        char c = buf[pos];
        if (c != sep && c != '\n' && c != '\r') {
            throw new SyntaxException(line, "unexpected character '" + c + "' after a closing quote");
        }
        return consumeSeparator();
    }

    /** At a separator or line end: consume it and say whether the record ended. */
    private boolean consumeSeparator() throws IOException, SyntaxException {
        if (!ensure()) {
            return true;
        }
        char c = buf[pos++];
        if (c == sep) {
            if (!ensure()) {
                fields.add("");
                return true;
            }
            return false;
        }
        if (c == '\r' && ensure() && buf[pos] == '\n') {
            pos++;
        }
        line++;
        return true;
    }

    /** Makes at least one char available; false at the end of input. */
    private boolean ensure() throws IOException, SyntaxException {
        if (pos < lim) {
            return true;
        }
        if (malformed) {
            throw new SyntaxException(line, notText());
        }
        return fill();
    }

    private boolean fill() throws IOException, SyntaxException {
        pos = 0;
        lim = 0;
        CharBuffer out = CharBuffer.wrap(buf);
        while (lim == 0) {
            if (decoderFlushed) {
                return false;
            }
            if (!inputDone && bytes.hasRemaining()) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    inputDone = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
            }
            bytes.flip();
            CoderResult r = decoder.decode(bytes, out, inputDone);
            bytes.compact();
            if (r.isError()) {
                malformed = true;
            } else if (inputDone && bytes.position() == 0) {
                decoder.flush(out);
                decoderFlushed = true;
            }
            lim = out.position();
            if (malformed) {
                if (lim == 0) {
                    throw new SyntaxException(line, notText());
                }
                return true;
            }
        }
        return true;
    }

    private String notText() {
        return "the file is not valid " + dialect.charset().name() + " text here (its start was read as "
                + dialect.describe() + "); save the whole file as CSV UTF-8";
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
