package org.localis.bom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.localis.input.InputError;
import org.localis.input.InvalidInputException;

/**
 * A BOM file read in parts at once ({@link BomCsvReader#readInParts}) is the BOM read in one piece: the same lines
 * with the same line numbers, the same amounts and the same tree; a file with any problem is left to the reading in
 * one piece, so its errors are the same too.
 */
class BomCsvPartsTest {

    private static byte[] generated(int lines, long seed) throws IOException {
        StringWriter w = new StringWriter();
        BomGenerator.write(w, lines, seed);
        return w.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Path file(byte[] bytes) throws IOException {
        Path f = Files.createTempFile("localis-parts-", ".csv");
        Files.write(f, bytes);
        f.toFile().deleteOnExit();
        return f;
    }

    /** What reading gives: every line, amount and tree link, or the errors. */
    private static List<String> outcome(Bom bom) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < bom.size(); i++) {
            out.add(bom.line(i) + " q=" + bom.quantities().get(i) + " c=" + bom.unitCosts().get(i)
                    + " part=" + bom.partOf(i) + " parent=" + bom.parentOf(i));
        }
        out.add("parts " + bom.partCount() + " order " + Arrays.toString(bom.bottomUpOrder()));
        return out;
    }

    private static List<String> inOnePiece(byte[] bytes) {
        try {
            return outcome(BomCsvReader.read(new ByteArrayInputStream(bytes), "bom.csv"));
        } catch (InvalidInputException e) {
            return e.errors().stream().map(InputError::toString).toList();
        }
    }

    /** Through the file API with every file cut into {@code parts} (the parts when it reads them, else in one piece). */
    private static List<String> throughTheFile(Path f, int parts) {
        try {
            Bom bom = BomCsvReader.readInParts(f, "bom.csv", 0, parts);
            if (bom == null) {
                bom = BomCsvReader.read(f, "bom.csv");
            }
            return outcome(bom);
        } catch (InvalidInputException e) {
            return e.errors().stream().map(InputError::toString).toList();
        }
    }

    @Property(tries = 20)
    void aGeneratedBomReadsTheSameInParts(@ForAll @IntRange(min = 1, max = 3000) int lines,
                                          @ForAll @IntRange(min = 2, max = 6) int parts, @ForAll long seed) throws IOException {
        byte[] bytes = generated(lines, seed);
        Path f = file(bytes);
        if (lines >= parts * 3) { // cuts fall between lines: the file is read in parts
            assertThat(BomCsvReader.readInParts(f, "bom.csv", 0, parts)).isNotNull();
        }
        assertThat(throughTheFile(f, parts)).isEqualTo(inOnePiece(bytes));
    }

    @Test
    void aLargeFileIsReadInPartsWithTheFilesLineNumbers() throws IOException {
        // CRLF line ends, blank lines and a byte-order mark: line numbers count them all
        String text = new String(generated(30_000, 7), StandardCharsets.UTF_8).replace("\n", "\r\n")
                .replace(",buy,\r\nP0010", ",buy,\r\n\r\n\n\rP0010");
        byte[] bytes = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).isGreaterThan((int) BomCsvReader.PARTS_FROM_BYTES);
        Path f = file(bytes);
        Bom parts = BomCsvReader.readInParts(f, "bom.csv", BomCsvReader.PARTS_FROM_BYTES, 2);
        assertThat(parts).isNotNull();
        assertThat(outcome(parts)).isEqualTo(inOnePiece(bytes));
        assertThat(parts.line(parts.size() - 1).line()).isGreaterThan(30_001); // blank lines counted
        assertThat(outcome(BomFiles.read(f, "bom.csv"))).isEqualTo(inOnePiece(bytes));
    }

    /**
     * Broken files: a wrong field, a quoted field with line ends (possibly cut), bytes that are not UTF-8, a record
     * with a field too many, an indented BOM, a byte-order mark at the start of a line: whether or not the parts are
     * used, the result and every error (file, line, field, message) are those of the reading in one piece.
     */
    @Property(tries = 60)
    void aBrokenFileGivesTheErrorsOfTheReadingInOnePiece(@ForAll @IntRange(min = 2, max = 800) int lines,
                                                        @ForAll @IntRange(min = 2, max = 5) int parts,
                                                        @ForAll @IntRange(min = 0, max = 8) int kind, @ForAll long seed)
            throws IOException {
        Random r = new Random(seed);
        List<String> rows = new ArrayList<>(List.of(new String(generated(lines, seed), StandardCharsets.UTF_8).split("\n")));
        int at = 1 + r.nextInt(rows.size() - 1);
        String row = rows.get(at);
        switch (kind) {
            case 0 -> rows.set(at, row.replaceFirst(",EA,[0-9.]+,", ",EA,-3,"));
            case 1 -> rows.set(at, row.replaceFirst(",Part ", ",\"Part\nwith a line end ").replaceFirst(",Assembly ", ",\"Assembly\n\n")
                    .replaceFirst(",([0-9]+),EA,", "\",$1,EA,"));
            case 2 -> rows.set(at, row + ",extra");
            case 3 -> rows.set(at, "\uFEFF" + row);
            case 4 -> rows.set(at, row.replaceFirst(",,", ",,\"quoted\"").replace(",,\"quoted\"", ",\"quo\"\"ted\","));
            case 5 -> rows.set(at, row.replaceFirst(",1,EA,", ",x,EA,"));
            case 8 -> { // not broken: spaces around values, a capital Buy, a quoted cost (values are trimmed)
                for (int k = 0; k < Math.min(rows.size() - 1, 40); k++) {
                    int i = 1 + r.nextInt(rows.size() - 1);
                    rows.set(i, rows.get(i).replaceFirst(",EA,([0-9.]+),", k % 3 == 0 ? ", EA ,\" $1\"," : ",EA, $1 ,")
                            .replaceFirst(",buy,", ", Buy ,").replaceFirst(",([0-9]),EA", ",\t$1 ,EA"));
                }
            }
            default -> {
                for (int k = 0; k < 3; k++) {
                    int i = 1 + r.nextInt(rows.size() - 1);
                    rows.set(i, rows.get(i).replaceFirst(",buy,", ",maybe,"));
                }
            }
        }
        byte[] bytes = (String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
        if (kind == 7) { // a byte that is not UTF-8 somewhere after the header
            int i = rows.get(0).length() + 1 + r.nextInt(bytes.length - rows.get(0).length() - 1);
            bytes[i] = (byte) 0xFF;
        }
        Path f = file(bytes);
        if (kind == 8 && lines >= parts * 3) {
            assertThat(BomCsvReader.readInParts(f, "bom.csv", 0, parts)).as("read in parts").isNotNull();
        }
        assertThat(throughTheFile(f, parts)).isEqualTo(inOnePiece(bytes));
    }

    /** Line ends as {@link org.localis.input.CsvReader} counts them: LF, CRLF and a lone CR, one each. */
    private static int naiveLineEnds(byte[] b, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (b[i] == '\n' || (b[i] == '\r' && (i + 1 >= to || b[i + 1] != '\n'))) {
                count++;
            }
        }
        return count;
    }

    @Property(tries = 200)
    void lineEndsAreCountedEightBytesAtATimeAsOneByOne(@ForAll @IntRange(min = 0, max = 3000) int size,
                                                       @ForAll long seed) throws IOException {
        Random r = new Random(seed);
        byte[] b = new byte[size];
        boolean crs = r.nextInt(3) == 0;
        for (int i = 0; i < size; i++) { // line feeds side by side, bytes one above and below them, and any byte
            int k = r.nextInt(10);
            b[i] = (byte) (k < 3 ? '\n' : k == 3 && crs ? '\r' : k == 4 ? 0x0B : k == 5 ? 0x09 : k == 6 ? 0x8A : r.nextInt(256));
        }
        Path f = file(b);
        int from = size == 0 ? 0 : r.nextInt(size);
        int to = from + (size == from ? 0 : r.nextInt(size - from + 1));
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(f)) {
            assertThat(BomCsvReader.lineEnds(ch, from, to)).isEqualTo(naiveLineEnds(b, from, to));
        }
    }

    @Property(tries = 1000)
    void zeroBytesMarksExactlyTheZeroBytes(@ForAll long x, @ForAll @IntRange(min = 0, max = 255) int zeros) {
        long w = x;
        for (int k = 0; k < 8; k++) { // make some bytes zero
            if ((zeros >> k & 1) != 0) {
                w &= ~(0xFFL << (8 * k));
            }
        }
        long expected = 0;
        for (int k = 0; k < 8; k++) {
            if ((w >>> (8 * k) & 0xFF) == 0) {
                expected |= 0x80L << (8 * k);
            }
        }
        assertThat(BomCsvReader.zeroBytes(w)).isEqualTo(expected);
    }

    @Test
    void anIndentedBomIsReadInOnePiece() throws IOException {
        StringBuilder csv = new StringBuilder("part,level,quantity,unit_cost,make_buy\n");
        for (int i = 0; i < 2_000; i++) {
            csv.append(i % 10 == 0 ? "A" + i + ",1,1,1,make\n" : "B" + i + ",2,1,1.5,buy\n");
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        Path f = file(bytes);
        assertThat(BomCsvReader.readInParts(f, "bom.csv", 0, 2)).isNull();
        assertThat(outcome(BomCsvReader.read(f, "bom.csv"))).isEqualTo(inOnePiece(bytes));
    }

    @Test
    void aFileWithAWrongFieldInALaterPartIsReportedAsEver() throws IOException {
        String text = new String(generated(5_000, 3), StandardCharsets.UTF_8);
        int last = text.lastIndexOf(",buy,");
        byte[] bytes = (text.substring(0, last) + ",buy-ish," + text.substring(last + 5)).getBytes(StandardCharsets.UTF_8);
        Path f = file(bytes);
        assertThat(BomCsvReader.readInParts(f, "bom.csv", 0, 2)).isNull();
        assertThat(throughTheFile(f, 2)).singleElement().asString().contains("make_buy").contains(":5001:");
        assertThat(throughTheFile(f, 2)).isEqualTo(inOnePiece(bytes));
    }
}
