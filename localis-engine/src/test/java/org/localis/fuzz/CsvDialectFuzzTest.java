package org.localis.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.localis.fleet.Fleet;
import org.localis.fleet.FleetCsvReader;
import org.localis.fleet.ServiceCategories;
import org.localis.input.CsvDialect;
import org.localis.input.CsvReader;
import org.localis.input.InvalidInputException;

/**
 * CSV as any bytes, through the encoding and separator detection: the reader either returns records or
 * refuses with {@link CsvReader.SyntaxException} on a line of the file; the dialect it detects agrees with a
 * reading made without it (a file that decodes as UTF-8 is UTF-8; the separator is the most frequent of
 * {@code , ; tab} on a first line without quotes). The fleet reader, which goes through it, either reads a
 * fleet or rejects the file with every error on a line of the file. Seeds: {@code CsvDialectFuzzTestInputs/}.
 */
@org.junit.jupiter.api.Tag("fuzz")
class CsvDialectFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void csvDialect(byte[] data) throws Exception {
        if (data.length > FuzzChecks.MAX_INPUT) {
            return;
        }
        int lines = FuzzChecks.lineCount(data);
        CsvDialect dialect;
        int records = 0;
        try (CsvReader csv = new CsvReader(new ByteArrayInputStream(data))) {
            dialect = csv.dialect();
            String[] r;
            while ((r = csv.next()) != null) {
                records++;
                assertThat(r).isNotEmpty();
                assertThat(csv.recordLine()).isBetween(1, lines);
            }
        } catch (CsvReader.SyntaxException e) {
            assertThat(e.line()).isBetween(1, Math.max(1, lines));
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        assertThat(records).isLessThanOrEqualTo(lines);
        boolean bom = data.length >= 2 && ((data[0] & 0xFF) == 0xEF || (data[0] & 0xFF) == 0xFF
                || (data[0] & 0xFF) == 0xFE);
        if (!bom && isUtf8(data)) {
            assertThat(dialect.charset()).isEqualTo(StandardCharsets.UTF_8);
        }
        if (!bom && isAscii(data)) {
            String first = firstLine(new String(data, StandardCharsets.US_ASCII));
            if (!first.contains("\"")) {
                long commas = first.chars().filter(c -> c == ',').count();
                long semis = first.chars().filter(c -> c == ';').count();
                long tabs = first.chars().filter(c -> c == '\t').count();
                long chosen = first.chars().filter(c -> c == dialect.separator()).count();
                assertThat(chosen).as("separator %s of '%s'", (int) dialect.separator(), first)
                        .isGreaterThanOrEqualTo(Math.max(commas, Math.max(semis, tabs)));
            }
        }
        try {
            Fleet fleet = FleetCsvReader.read(new ByteArrayInputStream(data), "fleet.csv", ServiceCategories.demo());
            assertThat(fleet.size()).isPositive().isLessThanOrEqualTo(records);
        } catch (InvalidInputException e) {
            FuzzChecks.checkRejection(e, "fleet.csv", lines);
        }
    }

    private static boolean isUtf8(byte[] data) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(data));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    private static boolean isAscii(byte[] data) {
        for (byte b : data) {
            if (b < 0 || b == 0) {
                return false;
            }
        }
        return true;
    }

    /** The first line that is not blank. */
    private static String firstLine(String text) {
        for (String l : text.split("\r\n|\r|\n")) {
            if (!l.isEmpty()) {
                return l;
            }
        }
        return "";
    }
}
