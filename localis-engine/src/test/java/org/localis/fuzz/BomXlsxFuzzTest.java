package org.localis.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.localis.bom.Bom;
import org.localis.bom.BomLine;
import org.localis.bom.BomXlsxReader;
import org.localis.input.ErrorCollector;
import org.localis.input.InvalidInputException;
import org.localis.input.XlsxWorkbook;

/**
 * {@code bom.xlsx} as any bytes, mutated from small workbooks (zip containers, some stored, some deflated)
 * and a zip bomb: a BOM whose every non-blank row below the header became a line, or
 * {@link InvalidInputException}; never an exception of the Excel library, never an out-of-memory error.
 * Seeds: {@code BomXlsxFuzzTestInputs/bomXlsx/}.
 */
@org.junit.jupiter.api.Tag("fuzz")
class BomXlsxFuzzTest {

    private static final String FILE = "bom.xlsx";

    /** Messages of JDK programming errors: seen in an error, they mean a bug was swallowed as "unreadable". */
    private static final List<String> LEAKED_BUGS = List.of("Cannot invoke \"", "out of bounds for length",
            "NullPointerException", "ClassCastException", "ArrayIndexOutOfBounds");

    @FuzzTest(maxDuration = "30s")
    void bomXlsx(byte[] data) {
        if (data.length > FuzzChecks.MAX_INPUT) {
            return;
        }
        Bom bom;
        try {
            bom = BomXlsxReader.read(new ByteArrayInputStream(data), FILE);
        } catch (InvalidInputException e) {
            FuzzChecks.checkRejection(e, FILE, Integer.MAX_VALUE);
            e.errors().forEach(error -> assertThat(error.message()).as("error %s", error).doesNotContain(LEAKED_BUGS));
            return;
        }
        BomChecks.checkAccepted(bom, FILE, false);
        // no partial import: every non-blank row after the header row is a line of the BOM, in order
        List<Integer> rows = new ArrayList<>();
        boolean[] header = {false};
        ErrorCollector errors = new ErrorCollector(FILE);
        XlsxWorkbook.read(new ByteArrayInputStream(data), "BOM", new XlsxWorkbook.Wording("BOM", "empty"), errors,
                (rowNum, cells) -> {
                    if (cells.isEmpty()) {
                        return;
                    }
                    if (header[0]) {
                        rows.add(rowNum);
                    }
                    header[0] = true;
                });
        assertThat(errors.errors()).as("the workbook read a second time").isEmpty();
        assertThat(bom.lines().stream().map(BomLine::line).toList()).as("rows of the BOM").isEqualTo(rows);
    }
}
