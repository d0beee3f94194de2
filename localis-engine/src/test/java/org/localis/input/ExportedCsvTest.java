package org.localis.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localis.assessment.Assessment;
import org.localis.assessment.AssessmentJson;
import org.localis.assessment.AssessmentRequest;
import org.localis.assessment.Assessor;
import org.localis.bom.Bom;
import org.localis.bom.BomCsvReader;
import org.localis.product.Product;
import org.localis.product.ProductManifestReader;
import org.localis.testing.Fixtures;

/**
 * CSV as spreadsheets export it: the example product saved the way Russian Excel saves CSV (windows-1251,
 * ';' separators, decimal commas, Russian column names) scores exactly as its UTF-8, comma-separated twin.
 */
class ExportedCsvTest {

    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final LocalDate DATE = LocalDate.of(2025, 6, 1);

    /** English column -> the Russian name a person would type, for the conversion below. */
    private static final Map<String, String> RUSSIAN = Map.ofEntries(
            Map.entry("part", "Деталь"), Map.entry("parent", "Родитель"), Map.entry("description", "Наименование"),
            Map.entry("quantity", "Количество"), Map.entry("uom", "Ед. изм."), Map.entry("unit_cost", "Цена"),
            Map.entry("currency", "Валюта"), Map.entry("origin", "Происхождение"), Map.entry("supplier", "Поставщик"),
            Map.entry("make_buy", "Изготовление"), Map.entry("certificate", "Сертификат"), Map.entry("code", "Код"),
            Map.entry("performed", "Выполняется"), Map.entry("evidence", "Подтверждение"), Map.entry("id", "Номер"),
            Map.entry("holder", "Держатель"), Map.entry("originating", "Отечественная"),
            Map.entry("domestic_share", "Доля локализации"), Map.entry("valid_from", "Действует с"),
            Map.entry("valid_to", "Действует по"), Map.entry("rate", "Курс"));

    private static final Set<String> NUMERIC = Set.of("quantity", "unit_cost", "domestic_share", "rate");

    @Test
    void aRussianExcelExportScoresAsItsUtf8Twin(@TempDir Path dir) throws IOException {
        Path source = Fixtures.example("roll-up-sedan");
        Path russian = Files.createDirectories(dir.resolve("ru"));
        Files.copy(source.resolve("product.yaml"), russian.resolve("product.yaml"));
        int decimalCommas = 0;
        for (String f : List.of("bom.csv", "operations.csv", "certificates.csv", "rates.csv")) {
            decimalCommas += asRussianExcel(source.resolve(f), russian.resolve(f));
        }
        assertThat(decimalCommas).as("the conversion wrote decimal commas").isGreaterThan(10);
        assertThat(new String(Files.readAllBytes(russian.resolve("bom.csv")), StandardCharsets.ISO_8859_1))
                .as("not UTF-8").doesNotContain("Деталь");

        Product utf8 = ProductManifestReader.read(source.resolve("product.yaml"));
        Product excel = ProductManifestReader.read(russian.resolve("product.yaml"));
        for (String scheme : List.of("rvc-nc-rollup.yaml", "rvc-tv-tracing.yaml", "points.yaml", "maxnom.yaml")) {
            Assessment a = Assessor.assess(AssessmentRequest.of(utf8, Fixtures.testScheme(scheme), 2024, DATE));
            Assessment b = Assessor.assess(AssessmentRequest.of(excel, Fixtures.testScheme(scheme), 2024, DATE));
            assertThat(AssessmentJson.toJson(b)).as(scheme).isEqualTo(AssessmentJson.toJson(a));
        }
    }

    /**
     * Writes {@code from} as Russian Excel saves it: Russian header names, ';' between fields, a decimal comma in
     * numbers, windows-1251. Returns the number of decimal commas written.
     */
    private static int asRussianExcel(Path from, Path to) throws IOException {
        List<String> lines = Files.readAllLines(from, StandardCharsets.UTF_8);
        String[] head = lines.get(0).split(",", -1);
        List<String> out = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String h : head) {
            names.add(RUSSIAN.getOrDefault(h, h));
        }
        out.add(String.join(";", names));
        int commas = 0;
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            assertThat(line).as("the examples have no quoted fields").doesNotContain("\"");
            String[] fields = line.split(",", -1);
            for (int i = 0; i < fields.length; i++) {
                if (NUMERIC.contains(head[i]) && fields[i].contains(".")) {
                    fields[i] = fields[i].replace('.', ',');
                    commas++;
                }
            }
            out.add(String.join(";", fields));
        }
        Files.write(to, (String.join("\r\n", out) + "\r\n").getBytes(CP1251));
        return commas;
    }

    @Test
    void detectsEncodingAndSeparatorFromTheBytes() throws Exception {
        String text = "part;parent;quantity\nБОЛТ;;1,5\n";
        for (Charset cs : List.of(StandardCharsets.UTF_8, CP1251)) {
            try (CsvReader r = new CsvReader(new ByteArrayInputStream(text.getBytes(cs)))) {
                assertThat(r.dialect().charset()).isEqualTo(cs);
                assertThat(r.dialect().separator()).isEqualTo(';');
                assertThat(r.next()).containsExactly("part", "parent", "quantity");
                assertThat(r.next()).containsExactly("БОЛТ", "", "1,5");
            }
        }
        byte[] bom = ("\uFEFFpart\tparent\n\"a\tb\"\tc\n").getBytes(StandardCharsets.UTF_8);
        try (CsvReader r = new CsvReader(new ByteArrayInputStream(bom))) {
            assertThat(r.dialect().separator()).isEqualTo('\t');
            assertThat(r.dialect().byteOrderMark()).isTrue();
            assertThat(r.next()).containsExactly("part", "parent");
            assertThat(r.next()).containsExactly("a\tb", "c");
        }
        byte[] utf16 = ("\uFEFFpart,parent\nБОЛТ,\n").getBytes(StandardCharsets.UTF_16LE);
        try (CsvReader r = new CsvReader(new ByteArrayInputStream(utf16))) {
            assertThat(r.dialect().charset()).isEqualTo(StandardCharsets.UTF_16LE);
            assertThat(r.next()).containsExactly("part", "parent");
            assertThat(r.next()).containsExactly("БОЛТ", "");
        }
        // a comma inside quotes does not count for the separator
        assertThat(CsvSniffer.separator("\"a,b,c\";d\n")).isEqualTo(';');
        assertThat(CsvSniffer.separator("single\n")).isEqualTo(',');
    }

    @Test
    void aDecimalCommaOnlyWhereTheSeparatorIsNotAComma() {
        Bom semicolon = BomCsvReader.read(new ByteArrayInputStream(
                "деталь;родитель;количество;цена;изготовление\nCAR;;1;1 234,50;make\nBOLT;CAR;2,5;0,10;buy\n".getBytes(CP1251)), "bom.csv");
        assertThat(semicolon.size()).isEqualTo(2);
        assertThat(semicolon.lines().get(0).unitCost()).isEqualByComparingTo("1234.50");
        assertThat(semicolon.lines().get(1).quantity()).isEqualByComparingTo("2.5");
        assertThatThrownBy(() -> BomCsvReader.read(Fixtures.utf8("part,parent,quantity\nCAR,,\"1,5\"\n"), "bom.csv"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("'1,5' is not a number");
    }

    @Test
    void aFileThatCannotBeReadSaysWhatWasFound() {
        assertThatThrownBy(() -> BomCsvReader.read(new ByteArrayInputStream(new byte[] {'P', 'K', 3, 4, 0, 0}), "bom.csv"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("this is an Excel workbook (.xlsx) or another zip file, not CSV");
        assertThatThrownBy(() -> BomCsvReader.read(Fixtures.utf8("Teil;Eltern;Menge\nA;;1\n"), "bom.csv"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("unknown column")
                .hasMessageContaining("the file was read as UTF-8 text separated by ';'");
        byte[] broken = "part,parent,quantity,unit_cost,make_buy\nA,,1,1,buy\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBad = new byte[broken.length + 3];
        System.arraycopy(broken, 0, withBad, 0, broken.length);
        withBad[broken.length] = 'B';
        withBad[broken.length + 1] = (byte) 0x98; // undefined in windows-1251, and not UTF-8
        withBad[broken.length + 2] = '\n';
        assertThatThrownBy(() -> BomCsvReader.read(new ByteArrayInputStream(withBad), "bom.csv"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("is not valid windows-1251 text");
    }

    @Test
    void everyAliasNamesAColumnOfSomeFormat() {
        ColumnAliases.all().forEach((column, aliases) -> aliases.forEach(a ->
                assertThat(ColumnAliases.column(a.toUpperCase(java.util.Locale.ROOT), Set.of(column))).as(a)
                        .isEqualTo(column)));
        assertThat(Values.decimal("1 234,56", true, new ErrorCollector("f"), 1, "x"))
                .isEqualByComparingTo(new BigDecimal("1234.56"));
    }
}
