package org.localis.bom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.localis.input.Values;

/**
 * The quantities and unit costs a CSV reading keeps as unscaled longs ({@link Bom#quantities()},
 * {@link Bom#unitCosts()}) are the lines' own {@code BigDecimal}s, scale included, whatever the text.
 */
class BomAmountsProperties {

    /** Numbers as people write them: short and long, with and without a point, decimal commas, signs, junk. */
    @Provide
    Arbitrary<String> numbers() {
        Arbitrary<String> digits = Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(22);
        Arbitrary<String> withPoint = Arbitraries.strings().withCharRange('0', '9').ofMinLength(0).ofMaxLength(20)
                .flatMap(a -> digits.map(b -> a + "." + b));
        return Arbitraries.oneOf(digits, withPoint, Arbitraries.of("1", "0.5", "00012.3400", "99999999999999999",
                "999999999999999999", "12345678901234567.8", ".5", "5.", "+3", "1e3", "-2", "0", "0.000"));
    }

    @Property(tries = 3000)
    void aPackedDecimalIsTheFastDecimalOrNothing(@ForAll("numbers") String text) {
        long p = Values.packedDecimal(text);
        if (p >= 0) {
            BigDecimal expected = new BigDecimal(text);
            assertThat(BigDecimal.valueOf(Values.packedUnscaled(p), Values.packedScale(p))).isEqualTo(expected);
        }
    }

    @Property(tries = 300)
    void theColumnsOfACsvBomAreItsLines(@ForAll @Size(min = 1, max = 30) List<@net.jqwik.api.From("numbers") String> qty,
                                        @ForAll @Size(min = 1, max = 30) List<@net.jqwik.api.From("numbers") String> cost) {
        StringBuilder csv = new StringBuilder("part,parent,quantity,unit_cost\n");
        int n = Math.min(qty.size(), cost.size());
        for (int i = 0; i < n; i++) {
            csv.append("P").append(i).append(",,").append(qty.get(i)).append(',').append(cost.get(i)).append('\n');
        }
        Bom bom;
        try {
            bom = BomCsvReader.read(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "bom.csv");
        } catch (org.localis.input.InvalidInputException e) {
            return; // a number that is not one (or a zero quantity): nothing to compare
        }
        assertColumnsAreLines(bom);
    }

    @Test
    void decimalCommasAndLongNumbersGoThroughTheSlowPathToTheSameValues() {
        String csv = "part;parent;quantity;unit_cost;make_buy\nA;;1,5;1 234,56;buy\nB;;2;123456789012345678901234.5;buy\nC;;0.25;;make\nD;C;3;7;buy\n";
        Bom bom = BomCsvReader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "bom.csv");
        assertColumnsAreLines(bom);
        assertThat(bom.unitCosts().fits(1)).isFalse();
        assertThat(bom.quantities().get(0)).isEqualTo(new BigDecimal("1.5"));
    }

    @Test
    void aBomMadeFromLinesHasTheSameColumnsAndTheyAreFrozen() {
        Bom bom = Bom.of("bom.csv", List.of(new BomLine(2, "A", "", "", new BigDecimal("2.50"), "EA",
                new BigDecimal("10.125"), "", "RU", "", MakeBuy.BUY, "")));
        assertColumnsAreLines(bom);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> bom.quantities().set(0, 1, 0))
                .isInstanceOf(IllegalStateException.class);
        DecimalColumn copy = bom.unitCosts().copy();
        copy.set(0, 1, 0);
        assertThat(bom.unitCosts().get(0)).isEqualTo(new BigDecimal("10.125"));
    }

    private static void assertColumnsAreLines(Bom bom) {
        assertThat(bom.quantities().size()).isEqualTo(bom.size());
        for (int i = 0; i < bom.size(); i++) {
            assertThat(bom.quantities().get(i)).isEqualTo(bom.line(i).quantity());
            assertThat(bom.unitCosts().get(i)).isEqualTo(bom.line(i).unitCost());
        }
    }
}
