package org.localis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localis.cli.LocalisCliTest.Run;
import org.localis.testing.Fixtures;

/** A BOM given as an Excel .xlsx workbook is read wherever a BOM CSV is: --bom, and a manifest's bom:. */
class XlsxBomCliTest {

    private static final Set<String> NUMERIC = Set.of("quantity", "unit_cost");

    private static Path sedan(String file) {
        return Fixtures.example("roll-up-sedan").resolve(file);
    }

    /** The sedan's bom.csv as a workbook (numbers as numeric cells, as Excel would store them). */
    private static Path sedanWorkbook(Path dir) throws IOException {
        return workbook(dir.resolve("bom.xlsx"), Files.readAllLines(sedan("bom.csv")).stream()
                .map(l -> l.split(",", -1)).toList());
    }

    private static Path workbook(Path file, List<String[]> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = wb.createSheet("BOM");
            String[] header = rows.get(0);
            for (int r = 0; r < rows.size(); r++) {
                XSSFRow row = sheet.createRow(r);
                String[] values = rows.get(r);
                for (int c = 0; c < values.length; c++) {
                    if (values[c].isEmpty()) {
                        continue;
                    }
                    if (r > 0 && NUMERIC.contains(header[c]) && values[c].matches("-?[0-9.]+")) {
                        row.createCell(c).setCellValue(Double.parseDouble(values[c]));
                    } else {
                        row.createCell(c).setCellValue(values[c]);
                    }
                }
            }
            wb.write(out);
        }
        return file;
    }

    @Test
    void validateAcceptsAnXlsxBom(@TempDir Path dir) throws IOException {
        Path book = sedanWorkbook(dir);
        Run r = LocalisCliTest.run("validate", "--bom", book.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("OK, 10 lines");
    }

    @Test
    void validateReportsFieldAndTreeProblemsOfAnXlsxBomInOnePass(@TempDir Path dir) throws IOException {
        Path book = workbook(dir.resolve("bad.xlsx"), List.of(
                new String[] {"part", "parent", "quantity", "unit_cost", "make_buy"},
                new String[] {"CAR", "", "1", "1", "make"},
                new String[] {"BOLT", "CAR", "abc", "1", "buy"},
                new String[] {"WHEEL", "GHOST", "1", "1", "buy"},
                new String[] {"A", "B", "1", "1", "make"},
                new String[] {"B", "A", "1", "1", "make"}));
        Run r = LocalisCliTest.run("validate", "--bom", book.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines().toList()).containsExactly(
                book + ":3: quantity: 'abc' is not a number (use digits with '.' as the decimal point, e.g. 1234.56)",
                book + ":4: parent: parent GHOST of part WHEEL is not a part of this BOM",
                book + ":5: parent: cycle in the BOM: A -> B -> A");
    }

    @Test
    void validateNamesExcelRowsAndColumns(@TempDir Path dir) throws IOException {
        Path book = workbook(dir.resolve("bad.xlsx"), List.of(
                new String[] {"part", "parent", "quantity", "unit_cost"},
                new String[] {"A", "", "0", "1"},
                new String[] {"", "", "", ""},
                new String[] {"B", "", "1", "x"}));
        Run r = LocalisCliTest.run("validate", "--bom", book.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines().toList()).containsExactly(
                book + ":2: quantity: must be greater than 0 (was 0)",
                book + ":4: unit_cost: 'x' is not a number (use digits with '.' as the decimal point, e.g. 1234.56)");
    }

    @Test
    void aCsvNamedXlsxIsRejectedCleanly(@TempDir Path dir) throws IOException {
        Path renamed = Files.copy(sedan("bom.csv"), dir.resolve("bom.xlsx"));
        Run r = LocalisCliTest.run("validate", "--bom", renamed.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith(renamed + ": not an Excel .xlsx workbook").doesNotContain("Exception");
    }

    @Test
    void scoreAcceptsAnXlsxBomWithTheSameResultAsTheCsv(@TempDir Path dir) throws Exception {
        Path book = sedanWorkbook(dir);
        String[] common = {"--operations", sedan("operations.csv").toString(), "--certificates",
                sedan("certificates.csv").toString(), "--rates", sedan("rates.csv").toString(), "--net-cost", "25000",
                "--currency", "USD", "--date", "2025-06-01", "--period", "2024", "--format", "json"};
        Run fromXlsx = LocalisCliTest.run(concat(new String[] {"score", "--scheme", "usmca-passenger-car", "--bom", book.toString()}, common));
        Run fromCsv = LocalisCliTest.run(concat(new String[] {"score", "--scheme", "usmca-passenger-car", "--bom",
                sedan("bom.csv").toString()}, common));
        assertThat(fromXlsx.err()).isEmpty();
        assertThat(fromXlsx.code()).isZero();
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(fromXlsx.out()).get("score").decimalValue()).isEqualByComparingTo("83.40");
        assertThat(json.readTree(fromXlsx.out()).get("lines")).isEqualTo(json.readTree(fromCsv.out()).get("lines"));
    }

    @Test
    void scoreReadsAManifestWhoseBomIsAWorkbook(@TempDir Path dir) throws IOException {
        sedanWorkbook(dir);
        for (String f : new String[] {"operations.csv", "certificates.csv", "rates.csv"}) {
            Files.copy(sedan(f), dir.resolve(f));
        }
        Path manifest = dir.resolve("product.yaml");
        Files.writeString(manifest, Files.readString(sedan("product.yaml")).replace("bom: bom.csv", "bom: bom.xlsx"));
        Run r = LocalisCliTest.run("score", "--scheme", "usmca-passenger-car", "--product", manifest.toString(),
                "--period", "2024", "--date", "2025-06-01");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Score:          83.40%").contains("PASSED");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
