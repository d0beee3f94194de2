package org.localis.bom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.localis.input.InputError;
import org.localis.input.InvalidInputException;

/**
 * An Excel BOM is checked as its CSV twin is: for random sheets with wrong quantities, missing parts, parents that
 * are not in the BOM, make/buy conflicts, repeated parts and cycles, the workbook and the same rows as CSV give the
 * same problems on the same lines (an Excel row is a CSV line), field and tree problems together, or both read.
 */
class BomXlsxOnePassProperties {

    private static final String HEADER = "part,parent,quantity,unit_cost,make_buy";

    @Property(tries = 60)
    void aWorkbookGivesTheProblemsOfItsCsvTwin(@ForAll("sheets") List<String[]> rows) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        Object[][] sheet = new Object[rows.size() + 1][];
        sheet[0] = HEADER.split(",");
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            csv.append(String.join(",", r)).append('\n');
            Object[] cells = new Object[r.length];
            for (int c = 0; c < r.length; c++) {
                cells[c] = r[c].isEmpty() ? null : r[c];
            }
            sheet[i + 1] = cells;
        }
        Outcome fromCsv = outcome(() -> BomCsvReader.read(
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "bom"));
        Outcome fromXlsx = outcome(() -> BomXlsxReader.read(new ByteArrayInputStream(BomXlsxReaderTest.xlsx(sheet)), "bom"));
        assertThat(fromXlsx).isEqualTo(fromCsv);
    }

    @Provide
    Arbitrary<List<String[]>> sheets() {
        Arbitrary<String> part = Arbitraries.of("A", "B", "C", "D", "E", "F", "");
        Arbitrary<String> parent = Arbitraries.of("", "", "A", "B", "C", "GHOST");
        Arbitrary<String> quantity = Arbitraries.of("1", "2", "0.5", "abc", "0", "-1");
        Arbitrary<String> makeBuy = Arbitraries.of("make", "buy", "make", "maybe");
        Arbitrary<String[]> row = Combinators.combine(part, parent, quantity, makeBuy)
                .as((p, pa, q, mb) -> new String[] {p, pa, q, "1", mb})
                .filter(r -> !String.join("", r).isEmpty());
        return row.list().ofMinSize(1).ofMaxSize(12);
    }

    /** The lines read, or the problems reported. */
    record Outcome(int lines, List<String> errors) {
    }

    private static Outcome outcome(java.util.function.Supplier<Bom> read) {
        try {
            return new Outcome(read.get().lines().size(), List.of());
        } catch (InvalidInputException e) {
            return new Outcome(-1, e.errors().stream().map(InputError::toString).toList());
        }
    }
}
