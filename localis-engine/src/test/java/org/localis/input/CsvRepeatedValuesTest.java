package org.localis.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.Chars;

/** Taking repeated values from the column cache never changes what a file reads as. */
class CsvRepeatedValuesTest {

    private static List<List<String>> read(String csv, boolean[] repeated) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader r = new CsvReader(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))) {
            if (repeated != null) {
                r.repeatedValues(repeated);
            }
            String[] row;
            while ((row = r.next()) != null) {
                rows.add(List.of(row));
            }
        }
        return rows;
    }

    @Property(tries = 200)
    void sameRecordsWithOrWithoutTheCache(@ForAll @Size(min = 1, max = 60) List<@StringLength(max = 70)
            @Chars({'a', 'b', 'A', '1', '2', '.', ' ', 'я'}) String> values, @ForAll @IntRange(min = 1, max = 5) int width,
                                          @ForAll @Size(5) List<Boolean> cached) throws Exception {
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            csv.append(values.get(i).isEmpty() ? "x" : values.get(i));
            csv.append((i + 1) % width == 0 ? "\n" : ",");
        }
        boolean[] repeated = new boolean[width];
        for (int c = 0; c < width; c++) {
            repeated[c] = cached.get(c);
        }
        List<List<String>> plain = read(csv.toString(), null);
        List<List<String>> withCache = read(csv.toString(), repeated);
        assertThat(withCache).isEqualTo(plain);
    }

    @Property(tries = 50)
    void aRepeatedValueIsOneString(@ForAll @StringLength(min = 1, max = 20) @Chars({'a', 'Z', '7'}) String v) throws Exception {
        List<List<String>> rows = read("p,q\n" + "1," + v + "\n2," + v + "\n3," + v + "x\n", new boolean[] {false, true});
        assertThat(rows.get(1).get(1)).isSameAs(rows.get(2).get(1));
        assertThat(rows.get(3).get(1)).isEqualTo(v + "x");
    }
}
