package org.localis.bom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.localis.input.InputError;
import org.localis.input.InvalidInputException;
import org.localis.testing.Fixtures;

class BomXlsxReaderTest {

    /** A cell whose formula is kept but whose saved (cached) value is given: the reader must use the value. */
    record Formula(String formula, Object cached) {
    }

    /** A cell holding an Excel error value. */
    record Error(FormulaError error) {
    }

    /** Builds a workbook: null = no cell, String = text, Number = numeric, LocalDate = date-formatted. */
    static byte[] xlsx(Object[]... rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            fill(wb, wb.createSheet("Sheet1"), rows);
            return bytes(wb);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void fill(XSSFWorkbook wb, XSSFSheet sheet, Object[]... rows) {
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        for (int r = 0; r < rows.length; r++) {
            if (rows[r] == null) {
                continue; // a row that does not exist at all
            }
            XSSFRow row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                Object v = rows[r][c];
                if (v == null) {
                    continue;
                }
                XSSFCell cell = row.createCell(c);
                if (v instanceof String s) {
                    cell.setCellValue(s);
                } else if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (v instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(date);
                } else if (v instanceof Boolean b) {
                    cell.setCellValue(b);
                } else if (v instanceof Error e) {
                    cell.setCellErrorValue(e.error());
                } else if (v instanceof Formula f) {
                    cell.setCellFormula(f.formula());
                    if (f.cached() instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (f.cached() instanceof String s) {
                        cell.setCellValue(s);
                    }
                } else {
                    throw new IllegalArgumentException("no cell for " + v);
                }
            }
        }
    }

    static byte[] bytes(XSSFWorkbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }

    static List<BomLine> lines(byte[] xlsx) {
        return BomXlsxReader.readLines(new ByteArrayInputStream(xlsx), "bom.xlsx");
    }

    static List<String> errors(byte[] xlsx) {
        return errors(xlsx, "bom.xlsx");
    }

    static List<String> errors(byte[] bytes, String name) {
        try {
            BomXlsxReader.read(new ByteArrayInputStream(bytes), name);
        } catch (InvalidInputException e) {
            return e.errors().stream().map(InputError::toString).toList();
        }
        throw new AssertionError("expected the workbook to be rejected");
    }

    /** Lines without their line numbers, to compare a workbook with the equivalent CSV. */
    static List<BomLine> unnumbered(List<BomLine> lines) {
        return lines.stream().map(l -> new BomLine(0, l.part(), l.parent(), l.description(), l.quantity(), l.uom(),
                l.unitCost(), l.currency(), l.origin(), l.supplier(), l.makeBuy(), l.certificate())).toList();
    }

    static List<BomLine> csvLines(String csv) {
        return BomCsvReader.readLines(Fixtures.utf8(csv), "bom.csv");
    }

    @Test
    void parentFormReadsToTheSameLinesAsTheEquivalentCsv() {
        String csv = """
                part,parent,description,quantity,uom,unit_cost,currency,origin,supplier,make_buy,certificate
                ENG-20,,Engine 2.0,1,EA,1000,,,,make,
                BLK-20,ENG-20,Cylinder block,1,EA,2000.5,,MX,Fundicion Norte,buy,
                PST-20,ENG-20,Piston,4,EA,150.25,,de,Kolben GmbH,buy,
                SEAT-F,,Front seat,2,EA,500,EUR,CN,Comfort Seats,BUY,C-SEAT-1
                """;
        byte[] book = xlsx(
                new Object[] {"part", "parent", "description", "quantity", "uom", "unit_cost", "currency", "origin",
                        "supplier", "make_buy", "certificate"},
                new Object[] {"ENG-20", null, "Engine 2.0", 1, "EA", 1000, null, null, null, "make"},
                new Object[] {"BLK-20", "ENG-20", "Cylinder block", 1, "EA", 2000.5, null, "MX", "Fundicion Norte", "buy"},
                null,
                new Object[] {"PST-20", "ENG-20", "  Piston ", 4, "EA", 150.25, "", "de", "Kolben GmbH", "buy"},
                new Object[] {"SEAT-F", "", "Front seat", 2, "EA", 500, "EUR", "CN", "Comfort Seats", "BUY", "C-SEAT-1"});
        List<BomLine> lines = lines(book);
        assertThat(unnumbered(lines)).isEqualTo(unnumbered(csvLines(csv)));
        // line numbers are Excel row numbers; the empty row 4 is skipped
        assertThat(lines).extracting(BomLine::line).containsExactly(2, 3, 5, 6);
        Bom bom = BomXlsxReader.read(new ByteArrayInputStream(book), "bom.xlsx");
        assertThat(bom.size()).isEqualTo(4);
        assertThat(bom.file()).isEqualTo("bom.xlsx");
    }

    @Test
    void levelFormReadsToTheSameLinesAsTheEquivalentCsv() {
        String csv = """
                level,part,quantity,unit_cost,make_buy
                1,ENG,1,100,make
                2,BLOCK,1,50,make
                3,CASTING,1,20,buy
                2,PISTON,4,5,buy
                1,BODY,1,10,make
                2,PANEL,10,3,buy
                """;
        byte[] book = xlsx(
                new Object[] {"Level", "Part", "Quantity", "Unit_Cost", "Make_Buy"},
                new Object[] {1, "ENG", 1, 100, "make"},
                new Object[] {2.0, "BLOCK", 1, 50, "make"},
                new Object[] {"3", "CASTING", 1, 20, "buy"},
                new Object[] {2, "PISTON", 4, 5, "buy"},
                new Object[] {1, "BODY", 1, 10, "make"},
                new Object[] {2, "PANEL", 10, 3, "buy"});
        assertThat(unnumbered(lines(book))).isEqualTo(unnumbered(csvLines(csv)));
        assertThat(lines(book)).extracting(BomLine::part, BomLine::parent).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ENG", ""),
                org.assertj.core.groups.Tuple.tuple("BLOCK", "ENG"),
                org.assertj.core.groups.Tuple.tuple("CASTING", "BLOCK"),
                org.assertj.core.groups.Tuple.tuple("PISTON", "ENG"),
                org.assertj.core.groups.Tuple.tuple("BODY", ""),
                org.assertj.core.groups.Tuple.tuple("PANEL", "BODY"));
    }

    @Test
    void numericAndTextCellsGiveTheSameExactDecimals() {
        List<BomLine> lines = lines(xlsx(
                new Object[] {"part", "parent", "quantity", "unit_cost", "description"},
                new Object[] {"A", null, 1, 1234.56, "numeric cost"},
                new Object[] {"B", null, "1", "1234.56", "text cost"},
                new Object[] {"C", null, 1e3, 0.1 + 0.2, "1E+3 and a sum with a binary rounding tail"},
                new Object[] {12345, null, 2.5, 0.000001, "numeric part number"},
                new Object[] {"E", null, 123456789012.0, 19.99, 42}));
        assertThat(lines).extracting(l -> l.unitCost().toPlainString())
                .containsExactly("1234.56", "1234.56", "0.3", "0.000001", "19.99");
        assertThat(lines).extracting(l -> l.quantity().toPlainString())
                .containsExactly("1", "1", "1000", "2.5", "123456789012");
        assertThat(lines.get(0).unitCost()).isEqualTo(new BigDecimal("1234.56"));
        assertThat(lines.get(3).part()).isEqualTo("12345");
        assertThat(lines.get(4).description()).isEqualTo("42");
    }

    @Test
    void plainNumberText() {
        assertThat(BomXlsxReader.plain(1234.56)).isEqualTo("1234.56");
        assertThat(BomXlsxReader.plain(1e3)).isEqualTo("1000");
        assertThat(BomXlsxReader.plain(1e21)).isEqualTo("1000000000000000000000");
        assertThat(BomXlsxReader.plain(1.5e-10)).isEqualTo("0.00000000015");
        assertThat(BomXlsxReader.plain(-2)).isEqualTo("-2");
        assertThat(BomXlsxReader.plain(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(BomXlsxReader.decodeEscapes("line_x000D_break _x_ _x00ZZ_")).isEqualTo("line\rbreak _x_ _x00ZZ_");
    }

    @Test
    void theFastPathForSavedNumbersAgreesWithTheSlowOne() {
        Random random = new Random(42);
        for (int k = 0; k < 200_000; k++) {
            double d = switch (k % 4) {
                case 0 -> random.nextInt(1_000_000) / 100.0;
                case 1 -> random.nextDouble() * Math.pow(10, random.nextInt(30) - 12);
                case 2 -> -random.nextInt(1000) / 8.0;
                default -> Math.round(random.nextDouble() * 1e6) / 1e3 + 0.1 + 0.2;
            };
            for (String saved : new String[] {Double.toString(d), BigDecimal.valueOf(d).toPlainString(),
                    new BigDecimal(d).toPlainString()}) {
                String fast = BomXlsxReader.fastPlain(saved);
                if (fast != null) {
                    assertThat(fast).as(saved).isEqualTo(BomXlsxReader.plain(Double.parseDouble(saved)));
                }
            }
        }
        assertThat(BomXlsxReader.fastPlain("12.50")).isEqualTo("12.5");
        assertThat(BomXlsxReader.fastPlain("100")).isEqualTo("100");
        assertThat(BomXlsxReader.fastPlain("0.000")).isEqualTo("0");
        assertThat(BomXlsxReader.fastPlain("0.30000000000000004")).isNull();
        assertThat(BomXlsxReader.fastPlain("1E3")).isNull();
        assertThat(BomXlsxReader.fastPlain("1.")).isNull();
        assertThat(BomXlsxReader.fastPlain("007")).isNull();
    }

    @Test
    void formulaCellsCountWithTheirSavedValueWithoutEvaluation() {
        List<BomLine> lines = lines(xlsx(
                new Object[] {"part", "parent", "quantity", "unit_cost"},
                // the saved values differ from what the formulas would compute: nothing is evaluated
                new Object[] {new Formula("\"A\"&\"B\"", "XY"), null, new Formula("2+2", 3), new Formula("10/4", 2.5)}));
        assertThat(lines).singleElement().satisfies(l -> {
            assertThat(l.part()).isEqualTo("XY");
            assertThat(l.quantity()).isEqualByComparingTo("3");
            assertThat(l.unitCost()).isEqualByComparingTo("2.5");
        });
    }

    @Test
    void reportsEveryFieldErrorWithExcelRowAndColumnLikeTheCsvReader() {
        List<String> e = errors(xlsx(
                new Object[] {"part", "parent", "quantity", "unit_cost", "currency", "origin", "make_buy"},
                new Object[] {"A", null, -1, 10, null, null, "buy"},
                new Object[] {"B", null, 1, "abc", null, null, "buy"},
                new Object[] {"C", null, 1, 5, "ZZZ", "UK", "buy"},
                new Object[] {"D", null, 1, null, null, null, "buy"},
                new Object[] {"E", null, 1, 1, null, null, "maybe"}));
        assertThat(e).containsExactly(
                "bom.xlsx:2: quantity: must be greater than 0 (was -1)",
                "bom.xlsx:3: unit_cost: 'abc' is not a number (use digits with '.' as the decimal point, e.g. 1234.56)",
                "bom.xlsx:4: currency: 'ZZZ' is not an ISO 4217 currency code",
                "bom.xlsx:4: origin: 'UK' is not an ISO 3166-1 alpha-2 country code (the ISO code of the United Kingdom is GB)",
                "bom.xlsx:5: unit_cost: a unit cost is required for a buy line",
                "bom.xlsx:6: make_buy: 'maybe' is not make or buy");
    }

    @Test
    void excelSpecificCellErrorsNameRowAndColumn() {
        List<String> e = errors(xlsx(
                new Object[] {"part", "parent", "quantity", "unit_cost", "description"},
                new Object[] {"A", null, LocalDate.of(2025, 1, 3), 10, "a date where a number belongs"},
                new Object[] {"B", null, 1, new Error(FormulaError.DIV0), "an error value"},
                new Object[] {new Error(FormulaError.NA), null, 1, 1, "an error in a text column"},
                new Object[] {"D", null, 1, new Formula("1+1", null), "a formula never computed"},
                new Object[] {"E", null, 1, 1, "a value right of the header", "x"},
                new Object[] {"F", null, 1, 1, LocalDate.of(2025, 1, 3)}));
        assertThat(e).containsExactly(
                "bom.xlsx:2: quantity: '2025-01-03' is a date in Excel, not a number (format the cell as a number)",
                "bom.xlsx:3: unit_cost: the cell holds the Excel error #DIV/0! (fix the formula or the value)",
                "bom.xlsx:4: part: the cell holds the Excel error #N/A (fix the formula or the value)",
                "bom.xlsx:5: unit_cost: the formula has no saved value (open the file in Excel and save it again)",
                "bom.xlsx:6: has a value in column F but the header has 5 columns (A to E)");
    }

    @Test
    void levelErrorsAndTreeErrorsUseExcelRows() {
        assertThat(errors(xlsx(
                new Object[] {"level", "part", "quantity", "unit_cost", "make_buy"},
                new Object[] {1, "ENG", 1, 1, "make"},
                new Object[] {3, "X", 1, 1, "buy"},
                new Object[] {1.5, "Y", 1, 1, "buy"},
                new Object[] {LocalDate.of(2024, 5, 1), "Z", 1, 1, "buy"}))).containsExactly(
                "bom.xlsx:3: level: level 3 follows level 1; a line can be at most one level deeper than the line above it",
                "bom.xlsx:4: level: '1.5' is not a whole number",
                "bom.xlsx:5: level: '2024-05-01' is a date in Excel, not a number (format the cell as a number)");
        assertThat(errors(xlsx(
                new Object[] {"part", "parent", "quantity", "unit_cost", "make_buy"},
                null,
                new Object[] {"A", null, 1, 1, "make"},
                new Object[] {"B", "A", 1, 1, "buy"},
                new Object[] {"B", "A", 2, 1, "buy"},
                new Object[] {"C", "Z", 1, 1, "buy"}))).containsExactly(
                "bom.xlsx:5: part: part B appears twice under parent A (first on line 4)",
                "bom.xlsx:6: parent: parent Z of part C is not a part of this BOM");
    }

    @Test
    void fieldAndTreeProblemsAreReportedTogetherLikeTheCsvReader() {
        Object[] head = {"part", "parent", "quantity", "unit_cost", "make_buy"};
        Object[][] rows = {
            {"CAR", null, 1, 1, "make"},
            {"BOLT", "CAR", "abc", 1, "buy"},
            {"NUT", "BOLT", 1, 1, "buy"},
            {"WHEEL", "GHOST", 1, 1, "buy"},
            {"SEAT", "CAR", 1, 1, "make"},
            {"SEAT", "CAR", 2, 1, "buy"},
            {"A", "B", 1, 1, "make"},
            {"B", "A", 1, 1, "make"},
            {"DOOR", "CAR", new Error(FormulaError.NA), 1, "buy"},
            {"HINGE", "DOOR", 2, 1, "buy"}};
        Object[][] sheet = new Object[rows.length + 1][];
        sheet[0] = head;
        System.arraycopy(rows, 0, sheet, 1, rows.length);
        List<String> e = errors(xlsx(sheet));
        assertThat(e).as("the bad quantity, the missing parent, make and buy, the cycle: one pass, Excel rows")
                .containsExactly(
                        "bom.xlsx:3: quantity: 'abc' is not a number (use digits with '.' as the decimal point, e.g. 1234.56)",
                        "bom.xlsx:10: quantity: the cell holds the Excel error #N/A (fix the formula or the value)",
                        "bom.xlsx:7: make_buy: part SEAT is make on line 6 and buy on line 7; a part number is either made or bought",
                        "bom.xlsx:5: parent: parent GHOST of part WHEEL is not a part of this BOM",
                        "bom.xlsx:7: part: part SEAT appears twice under parent CAR (first on line 6)",
                        "bom.xlsx:8: parent: cycle in the BOM: A -> B -> A");
        // the same rows as CSV give the same problems on the same line numbers (a CSV line = an Excel row)
        StringBuilder csv = new StringBuilder("part,parent,quantity,unit_cost,make_buy\n");
        for (Object[] r : rows) {
            csv.append(r[0]).append(',').append(r[1] == null ? "" : r[1]).append(',')
                    .append(r[2] instanceof Error ? "#N/A" : r[2]).append(',').append(r[3]).append(',').append(r[4]).append('\n');
        }
        List<String> fromCsv = csvErrors(csv.toString());
        assertThat(e.stream().map(x -> x.replace("bom.xlsx", "bom.csv")).filter(x -> !x.contains("Excel error")))
                .containsExactlyElementsOf(fromCsv.stream().filter(x -> !x.contains("#N/A")).toList());
    }

    @Test
    void aRowWithAValueRightOfTheHeaderIsNotAMissingParent() {
        assertThat(errors(xlsx(
                new Object[] {"part", "parent", "quantity", "unit_cost", "make_buy"},
                new Object[] {"CAR", null, 1, 1, "make"},
                new Object[] {"DOOR", "CAR", 1, 1, "make", "stray"},
                new Object[] {"HINGE", "DOOR", 2, 1, "buy"}))).containsExactly(
                "bom.xlsx:3: has a value in column F but the header has 5 columns (A to E)");
    }

    @Test
    void theTreeIsNotCheckedWhenTheSheetWasNotReadWhole() {
        assertThat(errors(xlsx(
                new Object[] {"part", "parent", "quantity", "unit_cost", "colour"},
                new Object[] {"A", "GHOST", 1, 1, "red"}))).singleElement().asString()
                .startsWith("bom.xlsx:1: colour: ");
    }

    private static List<String> csvErrors(String csv) {
        try {
            BomCsvReader.read(new ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "bom.csv");
            return List.of();
        } catch (org.localis.input.InvalidInputException ex) {
            return ex.errors().stream().map(InputError::toString).toList();
        }
    }

    @Test
    void headerErrorsNameExcelColumns() {
        assertThat(errors(xlsx(new Object[] {"part", "parnet", "quantity", "unit_cost"}, new Object[] {"A", null, 1, 1})))
                .anyMatch(s -> s.startsWith("bom.xlsx:1: parnet: unknown column"))
                .anyMatch(s -> s.startsWith("bom.xlsx:1: parent: a parent column"));
        assertThat(errors(xlsx(new Object[] {"part", null, "parent", "quantity", "unit_cost"}, new Object[] {"A", null, null, 1, 1})))
                .containsExactly("bom.xlsx:1: column B: empty column name in the header");
        assertThat(errors(xlsx(new Object[] {"part", "parent", "unit_cost"}, new Object[] {"A", null, 1})))
                .containsExactly("bom.xlsx:1: quantity: required column is missing");
        // the header is the first non-empty row
        assertThat(errors(xlsx((Object[]) null, new Object[] {null, null}, new Object[] {"part", "parent", "level", "quantity", "unit_cost"},
                new Object[] {"A", null, 1, 1, 1})))
                .containsExactly("bom.xlsx:3: level: give either a parent column or a level column, not both");
    }

    @Test
    void emptySheetAndHeaderOnly() {
        assertThat(errors(xlsx(new Object[0][])))
                .containsExactly("bom.xlsx: the file is empty (a header row and at least one line are required)");
        assertThat(errors(xlsx((Object[]) null, new Object[] {null, "  "})))
                .containsExactly("bom.xlsx: the file is empty (a header row and at least one line are required)");
        assertThat(errors(xlsx(new Object[] {"part", "parent", "quantity", "unit_cost"}, null, new Object[] {""})))
                .containsExactly("bom.xlsx: the BOM has a header but no lines");
        assertThat(errors(new byte[0], "bom.xlsx"))
                .containsExactly("bom.xlsx: the file is empty (a header row and at least one line are required)");
    }

    @Test
    void aSheetNamedBomWinsOverTheFirstSheet() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            fill(wb, wb.createSheet("Notes"), new Object[] {"this is not a BOM"});
            fill(wb, wb.createSheet("bom"), new Object[] {"part", "parent", "quantity", "unit_cost"}, new Object[] {"A", null, 1, 2});
            assertThat(lines(bytes(wb))).extracting(BomLine::part).containsExactly("A");
        }
    }

    @Test
    void garbageAndRenamedCsvAreRejectedCleanly() {
        String notXlsx = "bom.xlsx: not an Excel .xlsx workbook (the file is not an Office Open XML spreadsheet;"
                + " a CSV BOM needs a name that does not end in .xlsx)";
        byte[] garbage = new byte[5000];
        new Random(7).nextBytes(garbage);
        assertThat(errors(garbage)).containsExactly(notXlsx);
        assertThat(errors("part,parent,quantity,unit_cost\nA,,1,1\n".getBytes(StandardCharsets.UTF_8))).containsExactly(notXlsx);
        // a zip, but not a workbook
        assertThat(errors(zip("readme.txt", "hello".getBytes(StandardCharsets.UTF_8)))).containsExactly(notXlsx);
        // a workbook cut short (an interrupted upload)
        byte[] book = xlsx(new Object[] {"part", "parent", "quantity", "unit_cost"}, new Object[] {"A", null, 1, 1});
        assertThat(errors(java.util.Arrays.copyOf(book, book.length / 2))).singleElement().asString()
                .startsWith("bom.xlsx: not a readable Excel .xlsx workbook: the file is damaged or incomplete");
    }

    @Test
    void anotherKindOfOfficeFileIsNamed() throws IOException {
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            doc.createParagraph().createRun().setText("part,parent,quantity");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            assertThat(errors(out.toByteArray())).containsExactly("bom.xlsx: not an Excel .xlsx workbook (it is an Office"
                    + " file of another kind, such as a Word document or a presentation)");
        }
    }

    @Test
    void anOldXlsWorkbookGetsAdvice() throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("BOM").createRow(0).createCell(0).setCellValue("part");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            assertThat(errors(out.toByteArray(), "bom.xls")).containsExactly(
                    "bom.xls: is an old Excel .xls workbook (or a password-protected one), not an Excel .xlsx workbook:"
                            + " save it as .xlsx without a password, or as CSV");
        }
    }

    @Test
    void aZipBombIsRejected() throws IOException {
        byte[] book = xlsx(new Object[] {"part", "parent", "quantity", "unit_cost"}, new Object[] {"A", null, 1, 1});
        // the same workbook with 50 MB of blanks in the sheet's XML: compresses about 1000 to 1
        byte[] bomb = rewrite(book, "xl/worksheets/sheet1.xml", xml -> {
            int at = xml.indexOf("<sheetData");
            return xml.substring(0, at) + " ".repeat(50 << 20) + xml.substring(at);
        });
        assertThat(bomb.length).isLessThan(1 << 20);
        assertThat(errors(bomb)).singleElement().asString().startsWith("bom.xlsx: not read: a part of the workbook expands to more than");
    }

    @Test
    void brokenSheetXmlIsAnInputError() throws IOException {
        byte[] book = xlsx(new Object[] {"part", "parent", "quantity", "unit_cost"}, new Object[] {"A", null, 1, 1});
        byte[] broken = rewrite(book, "xl/worksheets/sheet1.xml", xml -> xml.replace("</sheetData>", "<row><c></sheetData>"));
        assertThat(errors(broken)).singleElement().asString().startsWith("bom.xlsx: not a readable Excel .xlsx workbook: its XML is broken");
    }

    @Test
    void theDispatcherPicksTheReaderByName() {
        byte[] book = xlsx(new Object[] {"part", "parent", "quantity", "unit_cost"}, new Object[] {"A", null, 1, 2});
        assertThat(BomFiles.read(new ByteArrayInputStream(book), "parts.XLSX").size()).isEqualTo(1);
        // an Excel file under another name is recognized by its first bytes
        assertThat(BomFiles.read(new ByteArrayInputStream(book), "upload").size()).isEqualTo(1);
        assertThat(BomFiles.read(Fixtures.utf8("part,parent,quantity,unit_cost\nA,,1,2\n"), "bom.csv").size()).isEqualTo(1);
        assertThat(BomFiles.read(Fixtures.utf8("part,parent,quantity,unit_cost\nA,,1,2\n"), "bom.txt").size()).isEqualTo(1);
        assertThat(BomFiles.isExcel("a/b/BOM.xlsx")).isTrue();
        assertThat(BomFiles.isExcel("bom.csv")).isFalse();
        try {
            BomFiles.read(Fixtures.utf8("part,parent,quantity,unit_cost\nA,,1,2\n"), "bom.xlsx");
            throw new AssertionError("a CSV named .xlsx must be rejected");
        } catch (InvalidInputException e) {
            assertThat(e.errors()).singleElement().asString().startsWith("bom.xlsx: not an Excel .xlsx workbook");
        }
    }

    private static byte[] zip(String name, byte[] content) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream z = new ZipOutputStream(out)) {
                z.putNextEntry(new ZipEntry(name));
                z.write(content);
                z.closeEntry();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same zip with one entry's text changed. */
    private static byte[] rewrite(byte[] zip, String entry, java.util.function.UnaryOperator<String> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            z.setLevel(9);
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals(entry)) {
                    data = change.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(data);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
