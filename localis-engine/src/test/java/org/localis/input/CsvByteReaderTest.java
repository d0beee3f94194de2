package org.localis.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * The byte reader gives what {@link CsvReader#continuing} gives on the same bytes: every record, field and line number;
 * where that reader fails, the byte reader fails too (its caller then reads the file with {@link CsvReader}).
 */
class CsvByteReaderTest {

    private static final Charset CP1251 = Charset.forName("windows-1251");

    /** Every record with its line, then "end", or "failed" when the reader threw a syntax error. */
    private static List<String> byChars(byte[] csv, CsvDialect dialect, int firstLine, int width) throws Exception {
        List<String> out = new ArrayList<>();
        try (CsvReader r = CsvReader.continuing(new ByteArrayInputStream(csv), dialect, firstLine)) {
            r.repeatedValues(columns(width));
            String[] row;
            while ((row = r.next()) != null) {
                out.add(r.recordLine() + ": " + List.of(row));
            }
            out.add("end");
        } catch (CsvReader.SyntaxException e) {
            out.add("failed");
        }
        return out;
    }

    private static List<String> byBytes(InputStream in, CsvDialect dialect, int firstLine, int width) throws Exception {
        List<String> out = new ArrayList<>();
        CsvByteReader r = CsvByteReader.continuing(in, dialect, firstLine);
        r.repeatedValues(columns(width));
        String[] row = new String[width];
        try {
            int n;
            while ((n = r.next(row)) >= 0) {
                String[] fields = r.fields();
                if (n == width) {
                    assertThat(row).containsExactly(fields); // the row is filled when the record fits it
                }
                out.add(r.recordLine() + ": " + List.of(fields));
            }
            out.add("end");
        } catch (CsvReader.SyntaxException e) {
            out.add("failed");
        }
        return out;
    }

    private static boolean[] columns(int width) {
        boolean[] c = new boolean[width];
        for (int i = 0; i < width; i += 2) {
            c[i] = true;
        }
        return c;
    }

    /** Where the character reader fails the byte reader must fail too, though perhaps on an earlier record. */
    private static void assertSame(List<String> bytes, List<String> chars) {
        if (chars.get(chars.size() - 1).equals("failed")) {
            assertThat(bytes).last().isEqualTo("failed");
        } else {
            assertThat(bytes).isEqualTo(chars);
        }
    }

    @Property(tries = 400)
    void sameRecordsAndLinesAsTheCharacterReader(@ForAll @Size(max = 2000) List<@StringLength(max = 6)
            @Chars({'a', '1', '"', ',', ';', '\n', '\r', ' ', 'я', '€', '\uFEFF'}) String> pieces,
                                                 @ForAll boolean semicolons, @ForAll boolean cp1251,
                                                 @ForAll @IntRange(min = -1, max = 3) int badByte,
                                                 @ForAll @IntRange(min = 1, max = 5) int width,
                                                 @ForAll @IntRange(min = 1, max = 900) int firstLine) throws Exception {
        String text = String.join("", pieces);
        Charset cs = cp1251 ? CP1251 : StandardCharsets.UTF_8;
        byte[] csv = cp1251 ? text.replace('€', 'ж').replace('\uFEFF', 'ё').getBytes(cs) : text.getBytes(cs);
        if (badByte >= 0 && csv.length > 0) { // a byte that is not UTF-8 (0xFF) or not windows-1251 (0x98)
            csv[csv.length * badByte / 4] = cp1251 ? (byte) 0x98 : (byte) 0xFF;
        }
        CsvDialect dialect = new CsvDialect(cs, semicolons ? ';' : ',', false);
        assertSame(byBytes(new ByteArrayInputStream(csv), dialect, firstLine, width), byChars(csv, dialect, firstLine, width));
    }

    @Property(tries = 300)
    void wellFormedFilesReadTheSame(@ForAll @Size(max = 3000) List<@StringLength(max = 5)
            @Chars({'a', 'Z', '1', '.', '"', ' ', 'я', '\n', '\r', '\uFEFF'}) String> values,
                                    @ForAll @Size(max = 3000) List<@IntRange(min = 0, max = 9) Integer> after,
                                    @ForAll boolean cp1251, @ForAll @IntRange(min = 1, max = 5) int width) throws Exception {
        // valid CSV: a value with a quote or a line end is quoted (quotes doubled), others at random; between values a
        // separator or a line end of any kind, now and then blank lines
        Charset cs = cp1251 ? CP1251 : StandardCharsets.UTF_8;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            int a = i < after.size() ? after.get(i) : 0;
            boolean quote = v.contains("\"") || v.contains("\n") || v.contains("\r") || a == 9;
            sb.append(quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
            sb.append(switch (a) {
                case 0, 1, 2, 3 -> ",";
                case 4 -> "\n";
                case 5 -> "\r\n";
                case 6 -> "\r";
                case 7 -> "\n\n\r\n";
                default -> i % 2 == 0 ? "," : "\n";
            });
        }
        byte[] csv = sb.toString().replace('\uFEFF', cp1251 ? 'ё' : '\uFEFF').getBytes(cs);
        CsvDialect dialect = new CsvDialect(cs, ',', false);
        List<String> chars = byChars(csv, dialect, 1, width);
        assertThat(chars).last().isEqualTo("end");
        assertThat(byBytes(new ByteArrayInputStream(csv), dialect, 1, width)).isEqualTo(chars);
    }

    @Property(tries = 300)
    void trimmedValuesAndNumbersReadFromTheBytes(@ForAll @Size(max = 2000) List<@StringLength(max = 7)
            @Chars({'1', '0', '.', ' ', '\t', 'x', '"', 'я', '-'}) String> values,
                                                 @ForAll boolean cp1251) throws Exception {
        // two columns, the second one of numbers; values with spaces, quotes, signs, several points, letters
        Charset cs = cp1251 ? CP1251 : StandardCharsets.UTF_8;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            boolean quote = v.contains("\"") || i % 7 == 3;
            sb.append(quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v).append(i % 2 == 0 ? "," : "\n");
        }
        byte[] csv = sb.toString().getBytes(cs);
        CsvDialect dialect = new CsvDialect(cs, ',', false);
        List<String> expected = new ArrayList<>();
        try (CsvReader r = CsvReader.continuing(new java.io.ByteArrayInputStream(csv), dialect, 1)) {
            String[] row;
            while ((row = r.next()) != null) {
                String[] t = new String[row.length];
                for (int k = 0; k < row.length; k++) {
                    t[k] = CsvHeader.at(row, k);
                }
                long p = t.length > 1 ? Values.packedDecimal(t[1]) : -1;
                // quoted numbers stay text; the character reader does not say which were quoted, so compare numbers
                expected.add(r.recordLine() + ": " + t[0] + " | " + (p >= 0 ? "=" + p : t.length > 1 ? t[1] : "-"));
            }
        }
        List<String> actual = new ArrayList<>();
        CsvByteReader r = CsvByteReader.continuing(new java.io.ByteArrayInputStream(csv), dialect, 1).trimmed()
                .decimalColumns(new boolean[] {false, true});
        String[] row = new String[2];
        int n;
        while ((n = r.next(row)) >= 0) {
            String[] f = r.fields();
            long p = r.packed(1);
            if (n > 1 && p < 0 && f[1] != null && Values.packedDecimal(f[1]) >= 0) {
                p = Values.packedDecimal(f[1]); // a quoted number: text here, the same number
            }
            if (n > 1 && r.packed(1) >= 0) {
                assertThat(f[1]).as("a number read from the bytes is not a string too").isNull();
            }
            actual.add(r.recordLine() + ": " + f[0] + " | " + (p >= 0 ? "=" + p : n > 1 ? f[1] : "-"));
        }
        assertThat(actual).isEqualTo(expected);
    }

    @Property(tries = 40)
    void recordsAcrossTheBufferAndLongFields(@ForAll @IntRange(min = 0, max = 30_000) int records,
                                             @ForAll @IntRange(min = 1, max = 7) int chunk) throws Exception {
        // records cut anywhere by a stream that gives a few bytes at a time, and fields longer than the buffer
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < records; i++) {
            sb.append("P").append(i).append(i % 5 == 0 ? ",\"x\r\n y\"\"z\"" : ",z").append(i % 3 == 0 ? "\r\n" : "\n");
        }
        sb.append("long,").append("q".repeat(300_000)).append(",\"").append("w\n".repeat(100_000)).append("\"");
        byte[] csv = sb.toString().getBytes(StandardCharsets.UTF_8);
        InputStream trickle = new ByteArrayInputStream(csv) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk * 4099));
            }
        };
        assertSame(byBytes(trickle, CsvDialect.STANDARD, 2, 2), byChars(csv, CsvDialect.STANDARD, 2, 2));
    }

    @Test
    void asciiValuesOfARepeatedColumnAreOneString() throws Exception {
        byte[] csv = "RU,a\nRU,b\nКЗ,c\nКЗ,d\n".getBytes(StandardCharsets.UTF_8);
        CsvByteReader r = CsvByteReader.continuing(new ByteArrayInputStream(csv), CsvDialect.STANDARD, 1);
        r.repeatedValues(new boolean[] {true, false});
        String[] a = new String[2];
        String[] b = new String[2];
        r.next(a);
        r.next(b);
        assertThat(b[0]).isSameAs(a[0]);
        r.next(a);
        r.next(b);
        assertThat(b[0]).isEqualTo("КЗ").isEqualTo(a[0]);
        assertThat(r.next(a)).isEqualTo(-1);
    }

    @Test
    void otherEncodingsAreNotReadFromTheBytes() {
        assertThat(CsvByteReader.readsBytesOf(new CsvDialect(StandardCharsets.UTF_16LE, ',', true))).isFalse();
        assertThat(CsvByteReader.readsBytesOf(new CsvDialect(CP1251, ';', false))).isTrue();
        assertThat(CsvByteReader.readsBytesOf(new CsvDialect(StandardCharsets.UTF_8, '\t', true))).isTrue();
    }
}
