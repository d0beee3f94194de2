package org.localis.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
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

/** Reading records a batch ahead on another thread gives what the reader itself gives, errors included. */
class CsvReadAheadTest {

    /** Every record with its line, then what ended the reading ("end" or the error with its line). */
    private static List<String> direct(byte[] csv) throws Exception {
        List<String> out = new ArrayList<>();
        try (CsvReader r = new CsvReader(new ByteArrayInputStream(csv))) {
            try {
                String[] row;
                while ((row = r.next()) != null) {
                    out.add(r.recordLine() + ": " + List.of(row));
                }
                out.add("end");
            } catch (CsvReader.SyntaxException e) {
                out.add("error on line " + e.line() + ": " + e.getMessage());
            }
        }
        return out;
    }

    private static List<String> ahead(byte[] csv) throws Exception {
        List<String> out = new ArrayList<>();
        try (CsvReader r = new CsvReader(new ByteArrayInputStream(csv))) {
            String[] head;
            try {
                head = r.next();
            } catch (CsvReader.SyntaxException e) {
                out.add("error on line " + e.line() + ": " + e.getMessage());
                return out;
            }
            if (head == null) {
                out.add("end");
                return out;
            }
            out.add(r.recordLine() + ": " + List.of(head));
            try (CsvReadAhead a = new CsvReadAhead(r)) {
                String[] row;
                while ((row = a.next()) != null) {
                    out.add(a.recordLine() + ": " + List.of(row));
                }
                out.add("end");
            } catch (CsvReader.SyntaxException e) {
                out.add("error on line " + e.line() + ": " + e.getMessage());
            }
        }
        return out;
    }

    @Property(tries = 300)
    void sameRecordsLinesAndErrorsAsTheReader(@ForAll @Size(max = 3000) List<@StringLength(max = 6)
            @Chars({'a', '1', '"', ',', '\n', '\r', ' ', 'я'}) String> pieces, @ForAll boolean badByte) throws Exception {
        // thousands of short records (several batches), with quotes that may be broken anywhere
        byte[] text = String.join("", pieces).getBytes(StandardCharsets.UTF_8);
        byte[] csv = text;
        if (badByte && text.length > 0) {
            csv = java.util.Arrays.copyOf(text, text.length + 1);
            System.arraycopy(text, text.length / 2, csv, text.length / 2 + 1, text.length - text.length / 2);
            csv[text.length / 2] = (byte) 0xFF; // not UTF-8
        }
        assertThat(ahead(csv)).isEqualTo(direct(csv));
    }

    @Property(tries = 30)
    void manyBatchesInOrder(@ForAll @IntRange(min = 0, max = 20_000) int records) throws Exception {
        StringBuilder csv = new StringBuilder("a,b\n");
        for (int i = 0; i < records; i++) {
            csv.append(i).append(i % 7 == 0 ? ",\"x\n y\"\n" : ",z\n");
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(ahead(bytes)).isEqualTo(direct(bytes));
    }

    @Test
    void stoppingEarlyEndsTheThreadReadingAhead() throws Exception {
        StringBuilder csv = new StringBuilder("a,b\n");
        for (int i = 0; i < 200_000; i++) {
            csv.append(i).append(",z\n");
        }
        try (CsvReader r = new CsvReader(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)))) {
            r.next();
            CsvReadAhead a = new CsvReadAhead(r);
            assertThat(a.next()).containsExactly("0", "z");
            a.close(); // returns once the thread has ended
            // the reader is the caller's again: it goes on after what the thread had read
            String[] row = r.next();
            assertThat(row).isNotNull();
            assertThat(Integer.parseInt(row[0])).isGreaterThan(0);
        }
    }
}
