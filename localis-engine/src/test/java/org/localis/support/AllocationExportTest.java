package org.localis.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.localis.input.CsvReader;

/** The CSV reads back with the engine's own reader and the XLSX opens with POI, with the same numbers. */
class AllocationExportTest {

    private static Allocation allocation() {
        SupportProgram p = new SupportProgram("cars-2027", "Легковые, 2027", new BigDecimal("1000000.50"), "RUB",
                "silver", List.of("bronze", "silver", "gold"), new Formula.ScoreAboveThresholdTimesVolume(),
                new BigDecimal("600000"));
        return Allocator.allocate(p, List.of(
                new Candidate("A1", "Sedan \"Volga\", 1.6 l", "Volga Motors", "gold", new BigDecimal("80.5"),
                        new BigDecimal("50"), 1000, "RU-2027-0001"),
                new Candidate("A2", "Hatch\nline two", "Volga Motors", "silver", new BigDecimal("60"),
                        new BigDecimal("50"), 2000, "RU-2027-0002"),
                new Candidate("B1", "Урал Next", "Ural Auto", "silver", new BigDecimal("55"), new BigDecimal("50"),
                        3000, "RU-2027-0003"),
                new Candidate("C1", "=SUM(A1:A9)", "Kit Assembly, LLC", null, new BigDecimal("20"),
                        new BigDecimal("50"), 9000, null)));
    }

    private static List<String[]> readCsv(byte[] bytes) throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (CsvReader reader = new CsvReader(new ByteArrayInputStream(bytes))) {
            String[] r;
            while ((r = reader.next()) != null) {
                rows.add(r);
            }
        }
        return rows;
    }

    @Test
    void csvReadsBackWithTheSameValues() throws Exception {
        Allocation a = allocation();
        StringWriter w = new StringWriter();
        AllocationCsv.write(a, w);
        String text = w.toString();
        assertThat(text).startsWith(String.join(",", AllocationCsv.HEADER) + "\r\n");

        List<String[]> rows = readCsv(text.getBytes(StandardCharsets.UTF_8));
        assertThat(rows).hasSize(1 + a.lines().size());
        assertThat(rows.get(0)).containsExactlyElementsOf(AllocationCsv.HEADER);
        int amountCol = AllocationCsv.HEADER.indexOf("amount");
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < a.lines().size(); i++) {
            AllocationLine l = a.lines().get(i);
            String[] row = rows.get(i + 1);
            assertThat(row).hasSize(AllocationCsv.HEADER.size());
            assertThat(row[0]).isEqualTo(l.productId());
            assertThat(row[1]).isEqualTo(AllocationCsv.text(l.candidate().productName()));
            assertThat(row[1]).doesNotStartWith("=");
            assertThat(row[2]).isEqualTo(l.company());
            assertThat(new BigDecimal(row[amountCol])).isEqualByComparingTo(l.amount());
            assertThat(row[amountCol]).doesNotContain(".").doesNotContain("E");
            assertThat(new BigDecimal(row[AllocationCsv.HEADER.indexOf("weight")])).isEqualByComparingTo(l.weight());
            assertThat(new BigDecimal(row[AllocationCsv.HEADER.indexOf("share")])).isEqualByComparingTo(l.share());
            assertThat(row[AllocationCsv.HEADER.indexOf("reason")]).isEqualTo(l.reason());
            assertThat(row[AllocationCsv.HEADER.indexOf("eligible")]).isEqualTo(Boolean.toString(l.eligible()));
            sum = sum.add(new BigDecimal(row[amountCol]));
        }
        assertThat(sum).isEqualByComparingTo(a.allocated());
        assertThat(a.allocated()).isEqualByComparingTo("1000000");
        assertThat(a.unallocated()).isEqualByComparingTo("0.50");
    }

    @Test
    void csvQuotesOnlyWhatNeedsIt() {
        assertThat(AllocationCsv.text("=SUM(A1:A9)")).isEqualTo("'=SUM(A1:A9)");
        assertThat(AllocationCsv.text("@cmd")).isEqualTo("'@cmd");
        assertThat(AllocationCsv.text("Volga Motors")).isEqualTo("Volga Motors");
        assertThat(AllocationCsv.quote("plain")).isEqualTo("plain");
        assertThat(AllocationCsv.quote("a,b")).isEqualTo("\"a,b\"");
        assertThat(AllocationCsv.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(AllocationCsv.quote("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(AllocationCsv.quote("")).isEmpty();
    }

    @Test
    void xlsxOpensWithTheSameNumbers() throws Exception {
        Allocation a = allocation();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AllocationXlsx.write(a, out);

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = wb.getSheet("Allocation");
            Row header = sheet.getRow(0);
            for (int i = 0; i < AllocationCsv.HEADER.size(); i++) {
                Cell cell = header.getCell(i);
                assertThat(cell.getStringCellValue()).isEqualTo(AllocationCsv.HEADER.get(i));
                assertThat(wb.getFontAt(cell.getCellStyle().getFontIndex()).getBold()).isTrue();
            }
            assertThat(sheet.getLastRowNum()).isEqualTo(a.lines().size());
            int amountCol = AllocationCsv.HEADER.indexOf("amount");
            int reasonCol = AllocationCsv.HEADER.indexOf("reason");
            for (int i = 0; i < a.lines().size(); i++) {
                AllocationLine l = a.lines().get(i);
                Row row = sheet.getRow(i + 1);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(l.productId());
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(l.candidate().productName());
                Cell amount = row.getCell(amountCol);
                assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(BigDecimal.valueOf(amount.getNumericCellValue())).isEqualByComparingTo(l.amount());
                assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
                assertThat(row.getCell(AllocationCsv.HEADER.indexOf("eligible")).getBooleanCellValue())
                        .isEqualTo(l.eligible());
                assertThat(row.getCell(reasonCol).getStringCellValue()).isEqualTo(l.reason());
            }
            // text that looks like a formula stays text
            Row c1 = sheet.getRow(a.lines().size());
            assertThat(c1.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(c1.getCell(1).getStringCellValue()).isEqualTo("=SUM(A1:A9)");
            // widths follow the content: the reason column is wider than the id column
            assertThat(sheet.getColumnWidth(reasonCol)).isGreaterThan(sheet.getColumnWidth(0));
            assertThat(sheet.getColumnWidth(0)).isGreaterThanOrEqualTo(("product_id".length() + 2) * 256);

            Sheet companies = wb.getSheet("Companies");
            assertThat(companies.getLastRowNum()).isEqualTo(a.companies().size());
            for (int i = 0; i < a.companies().size(); i++) {
                Row row = companies.getRow(i + 1);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(a.companies().get(i).company());
                assertThat(BigDecimal.valueOf(row.getCell(3).getNumericCellValue()))
                        .isEqualByComparingTo(a.companies().get(i).amount());
            }

            Sheet summary = wb.getSheet("Summary");
            assertThat(value(summary, "budget")).isEqualByComparingTo("1000000.5");
            assertThat(value(summary, "allocated")).isEqualByComparingTo(a.allocated());
            assertThat(value(summary, "unallocated")).isEqualByComparingTo("0.5");
            assertThat(value(summary, "per-company cap")).isEqualByComparingTo("600000");
        }
    }

    private static BigDecimal value(Sheet sheet, String item) {
        for (Row row : sheet) {
            if (row.getCell(0).getStringCellValue().equals(item)) {
                return BigDecimal.valueOf(row.getCell(1).getNumericCellValue());
            }
        }
        throw new AssertionError("no row " + item);
    }
}
