package org.localis.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.localis.bom.Bom;
import org.localis.bom.BomCsvReader;
import org.localis.bom.BomLine;
import org.localis.input.CsvReader;
import org.localis.input.InvalidInputException;

/**
 * {@code bom.csv} as any bytes: a BOM whose every record became a line, or {@link InvalidInputException}.
 * Seeds: {@code BomCsvFuzzTestInputs/bomCsv/}.
 */
@org.junit.jupiter.api.Tag("fuzz")
class BomCsvFuzzTest {

    private static final String FILE = "bom.csv";

    @FuzzTest(maxDuration = "30s")
    void bomCsv(byte[] data) throws Exception {
        if (data.length > FuzzChecks.MAX_INPUT) {
            return;
        }
        Bom bom;
        try {
            bom = BomCsvReader.read(new ByteArrayInputStream(data), FILE);
        } catch (InvalidInputException e) {
            FuzzChecks.checkRejection(e, FILE, FuzzChecks.lineCount(data));
            return;
        }
        BomChecks.checkAccepted(bom, FILE, true);
        // no partial import: every record after the header is a line of the BOM, in order
        List<Integer> records = new ArrayList<>();
        try (CsvReader csv = new CsvReader(new ByteArrayInputStream(data))) {
            csv.next(); // the header
            while (csv.next() != null) {
                records.add(csv.recordLine());
            }
        }
        assertThat(bom.lines().stream().map(BomLine::line).toList()).as("lines of the BOM").isEqualTo(records);
    }
}
