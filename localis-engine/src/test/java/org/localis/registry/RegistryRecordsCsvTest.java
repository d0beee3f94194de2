package org.localis.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.localis.input.InvalidInputException;

/**
 * The registry's open-data layout, read and written. The header and the sample row follow the state
 * industrial information system's open-data file of the registry (column names, "-" for empty, Да/Нет,
 * a TN VED code printed in groups, a company name with doubled quotes).
 */
class RegistryRecordsCsvTest {

    static final String HEADER = String.join(",", RegistryRecordsCsv.COLUMNS);

    static List<RegistryRecord> read(String text) {
        return RegistryRecordsCsv.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "registry.csv");
    }

    @Test
    void readsARowOfTheOpenDataFile() {
        List<RegistryRecord> r = read(HEADER + "\n"
                + "\"ООО \"\"ТЕСТ\"\"\",1023404238384,3446003396,-,-,-,-,10.04.2024,09.04.2027,-,10240012345,"
                + "\"Насос НД630-90\",28.13.14.110,8413 70 300 0,ТУ 3631-001-00217610-2014,185.0,-,-,-,Нет,-,"
                + "Акт экспертизы ТПП,15.03.2024,012-01-00080,-,Департамент,-\n");
        assertThat(r).hasSize(1);
        RegistryRecord x = r.get(0);
        assertThat(x.organizationName()).isEqualTo("ООО \"ТЕСТ\"");
        assertThat(x.ogrn()).isEqualTo("1023404238384");
        assertThat(x.inn()).isEqualTo("3446003396");
        assertThat(x.organizationAddress()).isEmpty();
        assertThat(x.recordDate()).isEqualTo(LocalDate.of(2024, 4, 10));
        assertThat(x.validTo()).isEqualTo(LocalDate.of(2027, 4, 9));
        assertThat(x.endDate()).isNull();
        assertThat(x.registerNumber()).isEqualTo("10240012345");
        assertThat(x.okpd2()).isEqualTo("28.13.14.110");
        assertThat(RegistryIds.tnvedDigits(x.tnved())).isEqualTo("8413703000");
        assertThat(x.score()).isEqualByComparingTo("185");
        assertThat(x.percentage()).isNull();
        assertThat(x.electronicProduct()).isNull();
        assertThat(x.artificialIntelligence()).isFalse();
        assertThat(x.basisDocumentName()).isEqualTo("Акт экспертизы ТПП");
        assertThat(x.basisDocumentDate()).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(x.validOn(LocalDate.of(2026, 12, 5))).isTrue();
        assertThat(x.validOn(LocalDate.of(2027, 4, 10))).isFalse();
    }

    @Test
    void isoDatesAndASemicolonFileWithDecimalCommasAreReadToo() {
        String header = String.join(";", RegistryRecordsCsv.COLUMNS);
        List<RegistryRecord> r = read(header + "\n"
                + "АО Завод;1027700132195;7707083893;Москва;Москва;-;-;2024-04-10;2027-04-09;2025-02-28;R-1;Шина 185/75R16C;"
                + "22.11.11.000;4011 20 100 0;ГОСТ 4754-97;-;72,5;доля;Нет;Нет;-;Акт экспертизы ТПП;2024-03-15;1;-;-;-\n");
        assertThat(r.get(0).percentage()).isEqualByComparingTo("72.5");
        assertThat(r.get(0).endDate()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(r.get(0).validOn(LocalDate.of(2025, 3, 1))).as("excluded from the registry").isFalse();
    }

    @Test
    void everyProblemIsNamedWithItsLineAndColumnAndNothingIsRead() {
        String good = "АО Завод,1027700132195,7707083893,-,-,-,-,10.04.2024,09.04.2027,-,R-1,Шина,22.11.11.000,4011201000,-,-,-,-,-,-,-,-,-,-,-,-,-";
        String badInn = "АО Завод,1027700132195,7707083894,-,-,-,-,10.04.2024,09.04.2027,-,R-2,Шина,22.11,4011,-,-,-,-,-,-,-,-,-,-,-,-,-";
        String badOgrnDates = "АО Завод,1027700132196,7707083893,-,-,-,-,31.02.2024,09.04.2023,-,R-1,Шина,2211,40112010,-,-,-,-,Может быть,-,-,-,-,-,-,-,-";
        assertThatThrownBy(() -> read(HEADER + "\n" + good + "\n" + badInn + "\n" + badOgrnDates + "\n"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    String all = e.errors().toString();
                    assertThat(all).contains("registry.csv:3: INN: the INN 7707083894 has a wrong check digit");
                    assertThat(all).contains("registry.csv:4: OGRN: the OGRN 1027700132196 has a wrong check digit");
                    assertThat(all).contains("registry.csv:4: Docdate: '31.02.2024' is not a date");
                    assertThat(all).contains("registry.csv:4: Registernumber: record R-1 is listed twice (first on line 2)");
                    assertThat(all).contains("registry.csv:4: OKPD2: '2211' is not an OKPD2 code");
                    assertThat(all).contains("registry.csv:4: Iselectronicproduct: 'Может быть' is not Да or Нет");
                });
    }

    @Test
    void aWindows1251FileFromASpreadsheetIsRead() {
        String header = String.join(";", RegistryRecordsCsv.COLUMNS);
        String text = header + "\r\nАО Завод;1027700132195;7707083893;-;-;-;-;10.04.2024;09.04.2027;-;R-1;Шина;-;-;-;-;-;-;-;-;-;-;-;-;-;-;-\r\n";
        List<RegistryRecord> r = RegistryRecordsCsv.read(new ByteArrayInputStream(text.getBytes(Charset.forName("windows-1251"))),
                "registry.csv");
        assertThat(r.get(0).productName()).isEqualTo("Шина");
    }

    @Test
    void identifierChecks() {
        assertThat(RegistryIds.ogrnValid("1027700132195")).isTrue();
        assertThat(RegistryIds.ogrnValid("1027700132194")).isFalse();
        assertThat(RegistryIds.ogrnValid("304500116000157")).isTrue(); // OGRNIP: 30450011600015 mod 13 = 7
        assertThat(RegistryIds.okpd2Valid("29.10.59.160")).isTrue();
        assertThat(RegistryIds.okpd2Valid("29.10")).isTrue();
        assertThat(RegistryIds.okpd2Valid("29.10.59.1600")).isFalse();
        assertThat(RegistryIds.okpd2Valid("2910")).isFalse();
        assertThat(RegistryIds.tnvedValid("8703 23 198 7")).isTrue();
        assertThat(RegistryIds.tnvedValid("87032319")).isTrue();
        assertThat(RegistryIds.tnvedValid("870323198")).isFalse();
        assertThat(RegistryIds.tnvedPrinted("8413703000")).isEqualTo("8413 70 300 0");
    }

    @Property(tries = 200)
    void whatIsWrittenIsReadBackUnchanged(@ForAll("records") List<RegistryRecord> records) throws Exception {
        StringWriter w = new StringWriter();
        RegistryRecordsCsv.write(records, w);
        assertThat(read(w.toString())).isEqualTo(records);
    }

    @Provide
    Arbitrary<List<RegistryRecord>> records() {
        return Arbitraries.randomValue(RegistryRecordsCsvTest::record).list().ofMaxSize(8)
                .uniqueElements(RegistryRecord::registerNumber);
    }

    private static final String CHARS = "АБВабв ,;\"'-xyzXYZ0123456789.()«»";

    static String text(java.util.Random r, boolean required) {
        while (true) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(required ? 1 : 0, 30);
            for (int i = 0; i < n; i++) {
                b.append(CHARS.charAt(r.nextInt(CHARS.length())));
            }
            String s = b.toString().strip();
            if (!s.equals("-") && (!required || !s.isEmpty())) {
                return s;
            }
        }
    }

    static <T> T pick(java.util.Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    static LocalDate date(java.util.Random r, double nullShare) {
        return r.nextDouble() < nullShare ? null : LocalDate.of(1995, 1, 1).plusDays(r.nextInt(20_000));
    }

    static BigDecimal number(java.util.Random r) {
        return r.nextDouble() < 0.4 ? null : BigDecimal.valueOf(r.nextLong(0, 10_000_000), 2);
    }

    static Boolean flag(java.util.Random r) {
        return r.nextDouble() < 0.3 ? null : r.nextBoolean();
    }

    static RegistryRecord record(java.util.Random r) {
        LocalDate from = date(r, 0);
        LocalDate to = from.plusDays(r.nextInt(0, 3000));
        return new RegistryRecord(text(r, true), pick(r, List.of("", "1027700132195", "1023404238384", "304500116000157")),
                pick(r, List.of("7707083893", "3446003396", "500100732259")), text(r, false), text(r, false), text(r, false),
                text(r, false), from, to, date(r, 0.7), String.valueOf(r.nextLong(1, 1_000_000_000_000L)), text(r, true),
                pick(r, List.of("", "29.10.59.160", "22.11.11.000", "29.10")),
                pick(r, List.of("", "8413 70 300 0", "4011201000", "8703")), text(r, false), number(r), number(r),
                text(r, false), flag(r), flag(r), text(r, false), text(r, false), date(r, 0.5), text(r, false),
                date(r, 0.5), text(r, false), text(r, false));
    }
}
