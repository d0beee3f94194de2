package org.localis.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the records of a later part of a CSV file, as {@link CsvReader#continuing} reads them, from the bytes: for
 * the encodings in which every line end, quote and separator is a byte of its own that no other character contains
 * (UTF-8 and windows-1251), a record can be split on the bytes and only its fields decoded, and a field of ASCII
 * characters (nearly all of a BOM's) becomes a string by a plain copy. {@link CsvReader} decodes every byte into a
 * character first and builds each string from characters again, which is most of the time a large file takes.
 *
 * <p>The same records, fields and line numbers as {@link CsvReader#continuing} on the same bytes (LF, CRLF and lone
 * CR line ends, blank lines skipped, double-quote quoting with {@code ""}, a byte-order mark kept as a character);
 * where that reader fails (broken quoting, bytes that are not text in the encoding), this one fails too, with a
 * {@link CsvReader.SyntaxException}, though not always at the same record: its caller reads the whole file again
 * with {@link CsvReader} to report the problem.
 */
public final class CsvByteReader {

    private static final int NEED_MORE = -2;
    private static final int END = -1;

    private final InputStream in;
    private final byte sep;
    private final CharsetDecoder decoder;
    private byte[] buf = new byte[1 << 17];
    private int pos;
    private int lim;
    private boolean eof;
    private int line;
    private int recordLine;
    private String[] fields = new String[16];
    private int count;
    private byte[] quoted = new byte[256];

    /** Whether values are trimmed as {@link String#trim()} trims them (see {@link #trimmed()}). */
    private boolean trim;
    /** Columns whose plain decimals are read as numbers (see {@link #decimalColumns}), or null. */
    private boolean[] decimal;
    /** The packed decimal of each decimal column of the record last read, or -1. */
    private long[] packed = new long[0];

    /** Per column, a small cache of recent ASCII values (their bytes and strings), or null. */
    private byte[][][] cachedBytes;
    private String[][] cachedStrings;
    /** Per column, the slot of the value it had last (looked at first: a unit or a parent repeats line after line). */
    private int[] lastSlot;
    private static final int CACHE_SLOTS = 4096;

    private CsvByteReader(InputStream in, CsvDialect dialect, int firstLine) {
        this.in = in;
        this.sep = (byte) dialect.separator();
        this.decoder = dialect.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.line = firstLine;
    }

    /**
     * A reader of {@code in}, which starts at the beginning of line {@code firstLine} (1-based, in the whole file) of a
     * file whose start was read as {@code dialect}.
     *
     * @throws IllegalArgumentException for a dialect it cannot read from the bytes (other than UTF-8 and windows-1251)
     */
    public static CsvByteReader continuing(InputStream in, CsvDialect dialect, int firstLine) {
        if (!readsBytesOf(dialect)) {
            throw new IllegalArgumentException(dialect.describe() + " cannot be split on its bytes");
        }
        return new CsvByteReader(in, dialect, firstLine);
    }

    /** Whether a file in {@code dialect} can be read by this reader (every line end, quote and separator one byte). */
    public static boolean readsBytesOf(CsvDialect dialect) {
        String cs = dialect.charset().name();
        char s = dialect.separator();
        return (cs.equals(StandardCharsets.UTF_8.name()) || cs.equals("windows-1251")) && s > 0 && s < 0x80
                && s != '"' && s != '\n' && s != '\r';
    }

    /** As {@link CsvReader#repeatedValues}: unquoted ASCII values of these columns come from a cache of recent ones. */
    public void repeatedValues(boolean[] columns) {
        cachedBytes = new byte[columns.length][][];
        cachedStrings = new String[columns.length][];
        lastSlot = new int[columns.length];
        for (int c = 0; c < columns.length; c++) {
            if (columns[c]) {
                cachedBytes[c] = new byte[CACHE_SLOTS][];
                cachedStrings[c] = new String[CACHE_SLOTS];
            }
        }
    }

    /**
     * From now on, every value is given trimmed, as {@link String#trim()} would trim it (what {@link CsvHeader#at}
     * does to each value it reads), so that the caller need not look at each value's ends again.
     */
    public CsvByteReader trimmed() {
        trim = true;
        return this;
    }

    /**
     * Columns of numbers: an unquoted value there that {@link Values#packedDecimal} reads (after trimming, when the
     * values are {@link #trimmed()}) is read from the bytes and given by {@link #packed(int)}, and its place in the
     * row is left null (no string is made for it); any other value there is a string as ever and {@code packed} is -1.
     */
    public CsvByteReader decimalColumns(boolean[] columns) {
        decimal = columns.clone();
        packed = new long[columns.length];
        return this;
    }

    /**
     * The {@link Values#packedDecimal} of the value in {@code column} of the record last read, when it is one of the
     * {@link #decimalColumns} and its value is a plain decimal (then null in the row); else -1.
     */
    public long packed(int column) {
        return column >= 0 && column < packed.length ? packed[column] : -1;
    }

    /** The 1-based line on which the record last returned starts. */
    public int recordLine() {
        return recordLine;
    }

    /**
     * As {@link CsvReader#next(String[])}: the next record into {@code row} when it has exactly {@code row.length}
     * fields; returns its number of fields, or -1 at the end of the input.
     */
    public int next(String[] row) throws IOException, CsvReader.SyntaxException {
        int n;
        while ((n = record()) == NEED_MORE) {
            more();
        }
        if (n == row.length) {
            System.arraycopy(fields, 0, row, 0, n);
        }
        return n;
    }

    /** The fields of the record last read (a copy). */
    public String[] fields() {
        return Arrays.copyOf(fields, count);
    }

    /** Keeps the bytes from {@link #pos} and reads more after them (a larger buffer when they fill it). */
    private void more() throws IOException {
        int keep = lim - pos;
        if (keep == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        } else if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, keep);
        }
        pos = 0;
        lim = keep;
        int n = in.read(buf, lim, buf.length - lim);
        if (n < 0) {
            eof = true;
        } else {
            lim += n;
        }
    }

    /**
     * One record from {@link #pos}: its number of fields, {@link #END} at the end of the input, or {@link #NEED_MORE}
     * when the buffer ends before the record does (nothing is consumed then: the record is read again from its start
     * once there are more bytes).
     */
    private int record() throws CsvReader.SyntaxException {
        final byte[] b = buf;
        final int end = lim;
        int p = pos;
        int ln = line;
        while (true) { // blank lines
            if (p >= end) {
                if (!eof) {
                    return NEED_MORE;
                }
                pos = p;
                line = ln;
                return END;
            }
            byte c = b[p];
            if (c == '\n') {
                p++;
                ln++;
            } else if (c == '\r') {
                p++;
                if (p >= end && !eof) {
                    return NEED_MORE;
                }
                if (p < end && b[p] == '\n') {
                    p++;
                }
                ln++;
            } else {
                break;
            }
        }
        int recLine = ln;
        count = 0;
        java.util.Arrays.fill(packed, -1);
        while (true) {
            // a field starts at p, p < end
            if (b[p] == '"') {
                int q = p + 1;
                int startLine = ln;
                int len = 0;
                boolean ascii = true;
                while (true) {
                    if (q >= end) {
                        if (!eof) {
                            return NEED_MORE;
                        }
                        throw new CsvReader.SyntaxException(startLine, "a quoted field is not closed before the end of the file");
                    }
                    byte c = b[q++];
                    if (c == '"') {
                        if (q >= end && !eof) {
                            return NEED_MORE;
                        }
                        if (q < end && b[q] == '"') {
                            q++;
                        } else {
                            break;
                        }
                    } else if (c == '\n') {
                        ln++;
                    } else if (c == '\r') {
                        if (q >= end && !eof) {
                            return NEED_MORE;
                        }
                        if (!(q < end && b[q] == '\n')) {
                            ln++;
                        }
                    }
                    if (len == quoted.length) {
                        quoted = Arrays.copyOf(quoted, len * 2);
                    }
                    quoted[len++] = c;
                    ascii &= c >= 0;
                }
                String v = ascii ? new String(quoted, 0, len, StandardCharsets.ISO_8859_1) : decode(quoted, 0, len, ln);
                add(trim ? v.trim() : v);
                p = q;
                if (p >= end) {
                    if (!eof) {
                        return NEED_MORE;
                    }
                    break; // the record ends with the input
                }
                byte c = b[p];
                if (c != sep && c != '\n' && c != '\r') {
                    throw new CsvReader.SyntaxException(ln, "unexpected character after a closing quote");
                }
            } else {
                int s = p;
                int high = 0;
                byte c;
                while (p < end && (c = b[p]) != sep && c != '\n' && c != '\r') {
                    if (c == '"') {
                        throw new CsvReader.SyntaxException(ln, "a double quote inside an unquoted field");
                    }
                    high |= c;
                    p++;
                }
                if (p >= end && !eof) {
                    return NEED_MORE;
                }
                add(unquoted(b, s, p - s, high < 0, ln));
                if (p >= end) {
                    break;
                }
            }
            // at a separator or a line end
            byte c = b[p++];
            if (c == sep) {
                if (p >= end) {
                    if (!eof) {
                        return NEED_MORE;
                    }
                    add("");
                    break;
                }
                continue;
            }
            if (c == '\r') {
                if (p >= end && !eof) {
                    return NEED_MORE;
                }
                if (p < end && b[p] == '\n') {
                    p++;
                }
            }
            ln++;
            break;
        }
        pos = p;
        line = ln;
        recordLine = recLine;
        return count;
    }

    private void add(String value) {
        if (count == fields.length) {
            fields = Arrays.copyOf(fields, count * 2);
        }
        fields[count++] = value;
    }

    /** An unquoted value ({@code high}: with bytes outside ASCII), trimmed when asked; a number in a decimal column. */
    private String unquoted(byte[] b, int s, int len, boolean high, int atLine) throws CsvReader.SyntaxException {
        if (high) {
            String v = decode(b, s, len, atLine);
            return trim ? v.trim() : v;
        }
        if (trim) {
            while (len > 0 && b[s] <= ' ') { // ASCII here: no byte is negative
                s++;
                len--;
            }
            while (len > 0 && b[s + len - 1] <= ' ') {
                len--;
            }
        }
        if (len == 0) {
            return "";
        }
        int col = count;
        if (decimal != null && col < decimal.length && decimal[col]) {
            long p = Values.packedDecimal(b, s, len);
            if (p >= 0) {
                packed[col] = p;
                return null;
            }
        }
        return ascii(b, s, len);
    }

    /** An unquoted ASCII value: from the column's cache when its bytes are there, else a new string (kept there). */
    private String ascii(byte[] b, int s, int len) {
        int col = count;
        byte[][] slots = cachedBytes != null && col < cachedBytes.length ? cachedBytes[col] : null;
        if (slots == null || len > 64) {
            return new String(b, s, len, StandardCharsets.ISO_8859_1);
        }
        int last = lastSlot[col];
        byte[] have = slots[last];
        if (have != null && same(have, b, s, len)) {
            return cachedStrings[col][last];
        }
        int h = 0;
        for (int k = s; k < s + len; k++) {
            h = 31 * h + b[k];
        }
        int slot = (h ^ (h >>> 16)) & (CACHE_SLOTS - 1);
        lastSlot[col] = slot;
        have = slots[slot];
        if (have != null && same(have, b, s, len)) {
            return cachedStrings[col][slot];
        }
        String v = new String(b, s, len, StandardCharsets.ISO_8859_1);
        slots[slot] = Arrays.copyOfRange(b, s, s + len);
        cachedStrings[col][slot] = v;
        return v;
    }

    /** Whether {@code have} is the {@code len} bytes of {@code b} from {@code s} (a loop: values are short). */
    private static boolean same(byte[] have, byte[] b, int s, int len) {
        if (have.length != len) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (have[k] != b[s + k]) {
                return false;
            }
        }
        return true;
    }

    /** A value with bytes outside ASCII, decoded strictly in the file's encoding. */
    private String decode(byte[] b, int s, int len, int atLine) throws CsvReader.SyntaxException {
        try {
            return decoder.decode(ByteBuffer.wrap(b, s, len)).toString();
        } catch (CharacterCodingException e) {
            throw new CsvReader.SyntaxException(atLine, "the bytes are not text in the file's encoding");
        }
    }
}
