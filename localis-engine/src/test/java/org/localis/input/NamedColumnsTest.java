package org.localis.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class NamedColumnsTest {

    private static final NamedColumns COLUMNS = columns();

    private static NamedColumns columns() {
        Map<String, List<String>> names = new LinkedHashMap<>();
        names.put("supplier", List.of("supplier", "поставщик"));
        names.put("price", List.of("price", "цена"));
        names.put("note", List.of("note", "примечание"));
        return new NamedColumns(names, List.of("supplier", "price"));
    }

    private static CsvHeader header(String... names) {
        return CsvHeader.check(names, 1, COLUMNS.known(), List.of(), new ErrorCollector("offers.csv"));
    }

    @Test
    void aColumnUnderTwoNamesAndAMissingRequiredColumnAreReportedOnTheHeaderLine() {
        ErrorCollector errors = new ErrorCollector("offers.csv");
        COLUMNS.check(header("supplier", "поставщик", "note"), 1, errors);
        assertThat(errors.errors()).containsExactly(
                InputError.of("offers.csv", 1, "поставщик", "the same column as supplier; give only one of them"),
                InputError.of("offers.csv", 1, "price", "required column is missing"));
    }

    @Test
    void theCallerMayExcuseAMissingColumnOrWordItsMessage() {
        ErrorCollector errors = new ErrorCollector("offers.csv");
        COLUMNS.check(header("note"), 1, errors, c -> c.equals("price") ? null : "give the " + c);
        assertThat(errors.errors()).containsExactly(InputError.of("offers.csv", 1, "supplier", "give the supplier"));
    }

    @Test
    void positionsFindAColumnUnderEitherNameAndNameItAsTheHeaderDoes() {
        NamedColumns.Positions at = COLUMNS.positions(header("цена", "поставщик"));
        String[] row = {" 12,50 ", "ООО Шина"};
        assertThat(at.get(row, "price")).isEqualTo("12,50");
        assertThat(at.get(row, "supplier")).isEqualTo("ООО Шина");
        assertThat(at.get(row, "note")).isEmpty();
        assertThat(at.field("price")).isEqualTo("цена");
        assertThat(at.field("note")).isEqualTo("note");
        assertThat(at.has("note")).isFalse();
        assertThat(COLUMNS.namesOf(List.of("price", "note"))).containsExactly("price", "цена", "note", "примечание");
    }
}
