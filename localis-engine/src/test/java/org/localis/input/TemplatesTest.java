package org.localis.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;
import org.localis.bom.Bom;
import org.localis.bom.BomFiles;
import org.localis.certificate.CertificatesCsvReader;
import org.localis.fleet.Fleet;
import org.localis.fleet.FleetFiles;
import org.localis.fleet.ServiceCategories;
import org.localis.operation.OperationsCsvReader;
import org.localis.product.RatesCsvReader;

/**
 * The downloadable templates (classpath {@code /templates/}) are files the engine reads, and their twins agree: the
 * Russian ones, saved as Russian Excel saves CSV, carry the same figures and codes with their texts in Russian
 * (да/нет, летние, одинарная/двойная where the English ones say yes/no, summer, single/twin).
 */
class TemplatesTest {

    private static <T> T read(String name, BiFunction<InputStream, String, T> reader) throws IOException {
        try (InputStream in = TemplatesTest.class.getResourceAsStream("/templates/" + name)) {
            assertThat(in).as(name).isNotNull();
            return reader.apply(in, name);
        }
    }

    @Test
    void bomTemplatesReadAlike() throws IOException {
        Bom csv = read("bom.csv", BomFiles::read);
        Bom ru = read("bom-ru.csv", BomFiles::read);
        Bom xlsx = read("bom.xlsx", BomFiles::read);
        assertThat(csv.size()).isEqualTo(5);
        assertThat(ru.lines()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("description", "supplier")
                .isEqualTo(csv.lines());
        assertThat(ru.lines()).extracting(org.localis.bom.BomLine::description).allMatch(TemplatesTest::russian);
        assertThat(xlsx.lines()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("line", "quantity", "unitCost")
                .isEqualTo(csv.lines());
        for (int i = 0; i < csv.size(); i++) {
            assertThat(xlsx.lines().get(i).unitCost()).isEqualByComparingTo(csv.lines().get(i).unitCost());
        }
    }

    @Test
    void fleetTemplatesReadAlike() throws IOException {
        ServiceCategories c = ServiceCategories.demo();
        Fleet csv = read("fleet.csv", (in, n) -> FleetFiles.read(in, n, c));
        Fleet ru = read("fleet-ru.csv", (in, n) -> FleetFiles.read(in, n, c));
        Fleet xlsx = read("fleet.xlsx", (in, n) -> FleetFiles.read(in, n, c));
        assertThat(csv.vehicles()).extracting(v -> v.axles().text())
                .containsExactly("single,twin", "single,single,single", "single,twin,twin");
        assertThat(ru.vehicles()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("makeModel", "region")
                .isEqualTo(csv.vehicles());
        assertThat(ru.vehicles()).allMatch(v -> russian(v.makeModel()) && russian(v.region()));
        assertThat(xlsx.vehicles()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("treadMm")
                .isEqualTo(csv.vehicles());
    }

    @Test
    void smallTemplatesReadAlike() throws IOException {
        for (String kind : List.of("operations", "certificates", "rates")) {
            BiFunction<InputStream, String, Object> reader = switch (kind) {
                case "operations" -> OperationsCsvReader::read;
                case "certificates" -> CertificatesCsvReader::read;
                default -> RatesCsvReader::read;
            };
            Object csv = read(kind + ".csv", reader);
            Object ru = read(kind + "-ru.csv", reader);
            assertThat(ru).as(kind).usingRecursiveComparison().ignoringFields("file", "list.evidence", "holder")
                    .withComparatorForType(
                    java.math.BigDecimal::compareTo, java.math.BigDecimal.class).isEqualTo(csv);
        }
    }

    private static boolean russian(String text) {
        return text.matches("(?s).*[А-Яа-яЁё].*");
    }
}
