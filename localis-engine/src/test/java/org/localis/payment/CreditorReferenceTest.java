package org.localis.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CreditorReferenceTest {

    @Test
    void theIso11649ExampleIsReproduced() {
        // The example printed in ISO 11649 and its commentaries: RF18 5390 0754 7034.
        assertThat(CreditorReference.create("539007547034")).isEqualTo("RF18539007547034");
        assertThat(CreditorReference.printed("RF18539007547034")).isEqualTo("RF18 5390 0754 7034");
        assertThat(Oracle.rotatedMod97("RF18539007547034")).isEqualTo(1);
    }

    @Test
    void checkDigitsWorkedByHand() {
        // "1" + "RF00" -> "1" "27" "15" "00" = 1271500; 97 * 13108 = 1271476; remainder 24; check = 98 - 24 = 74.
        assertThat(CreditorReference.create("1")).isEqualTo("RF741");
        // 1271574 = 1271476 + 98, and 98 mod 97 = 1.
        assertThat(CreditorReference.isValid("RF741")).isTrue();
        assertThat(CreditorReference.isValid("RF751")).isFalse();
    }

    @Test
    void lowerCaseBodiesAreUpperCased() {
        assertThat(CreditorReference.create("tires7k")).isEqualTo(CreditorReference.create("TIRES7K"))
                .endsWith("TIRES7K");
    }

    @Test
    void badBodiesAreRefused() {
        assertThatThrownBy(() -> CreditorReference.create("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CreditorReference.create(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CreditorReference.create("A".repeat(22)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CreditorReference.create("AB-12")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'-'");
        assertThatThrownBy(() -> CreditorReference.create("AB 12")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CreditorReference.create("ÄB")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CreditorReference.create("ЖБ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(CreditorReference.create("A".repeat(21))).hasSize(25);
    }

    @Test
    void validityAcceptsCaseAndSeparators() {
        assertThat(CreditorReference.isValid("rf18 5390 0754 7034")).isTrue();
        assertThat(CreditorReference.isValid("RF18-5390.0754/7034_")).isTrue();
        assertThat(CreditorReference.isValid("RF19539007547034")).isFalse();
        assertThat(CreditorReference.isValid("RF18539007547035")).isFalse();
        assertThat(CreditorReference.isValid("RF18")).isFalse();
        assertThat(CreditorReference.isValid("XX18539007547034")).isFalse();
        assertThat(CreditorReference.isValid("RFAB539007547034")).isFalse();
        assertThat(CreditorReference.isValid("")).isFalse();
        assertThat(CreditorReference.isValid(null)).isFalse();
        assertThat(CreditorReference.isValid("RF18 5390 0754 7034 ж")).isFalse();
        // full-width digits are not ASCII digits
        assertThat(CreditorReference.isValid("RF18５３９００７５４７０３４")).isFalse();
        // 22 body characters is one too many, whatever the check digits
        String body22 = "1".repeat(22);
        for (int c = 2; c <= 98; c++) {
            assertThat(CreditorReference.isValid("RF" + String.format("%02d", c) + body22)).isFalse();
        }
    }

    @Test
    void checkDigitsOutside02To98AreRefusedEvenWhenTheRemainderIsOne() {
        // 02 and 99 (and 98 and 01) are congruent modulo 97; only 02..98 are legal check digits.
        String low = null;
        String high = null;
        for (int i = 0; (low == null || high == null) && i < 100_000; i++) {
            String ref = CreditorReference.create(Integer.toString(i));
            if (ref.startsWith("RF02")) {
                low = ref;
            }
            if (ref.startsWith("RF98")) {
                high = ref;
            }
        }
        assertThat(low).isNotNull();
        assertThat(high).isNotNull();
        String ninetyNine = "RF99" + low.substring(4);
        String one = "RF01" + high.substring(4);
        assertThat(Oracle.rotatedMod97(ninetyNine)).isEqualTo(1);
        assertThat(Oracle.rotatedMod97(one)).isEqualTo(1);
        assertThat(CreditorReference.isValid(ninetyNine)).isFalse();
        assertThat(CreditorReference.isValid(one)).isFalse();
        assertThat(CreditorReference.isValid("RF00" + low.substring(4))).isFalse();
    }

    @Test
    void normalizeRemovesSeparatorsAndUpperCasesAsciiOnly() {
        assertThat(CreditorReference.normalize(" rf 18-53.90/07_54 ")).isEqualTo("RF1853900754");
        assertThat(CreditorReference.normalize("rf\u00A018\t53")).isEqualTo("RF1853");
        // dotless i would upper-case to I with String.toUpperCase; it must stay as it is
        assertThat(CreditorReference.normalize("rfı")).isEqualTo("RFı");
        assertThat(CreditorReference.normalize("")).isEmpty();
    }

    @Test
    void printedGroupsByFourAndRefusesInvalidReferences() {
        assertThat(CreditorReference.printed("rf741")).isEqualTo("RF74 1");
        assertThat(CreditorReference.printed("RF18 539 007 547 034")).isEqualTo("RF18 5390 0754 7034");
        String ref = CreditorReference.create("ABCD");
        assertThat(CreditorReference.printed(ref)).isEqualTo(ref.substring(0, 4) + " ABCD");
        assertThatThrownBy(() -> CreditorReference.printed("RF19539007547034"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void whatMod97CannotCatchLetterDigitConfusions() {
        // "1A" expands to 110 and "13" to 13: 1102715cc - 132715cc = 970000cc, a multiple of 97, so both bodies
        // get the same check digits. A letter typed for a digit is not always detected.
        String a = CreditorReference.create("1A");
        String b = CreditorReference.create("13");
        assertThat(a.substring(2, 4)).isEqualTo(b.substring(2, 4));
        // "B1" and "1B" both expand to 111: swapping them is invisible (likewise M2/2M, X3/3X).
        assertThat(CreditorReference.create("B1").substring(2, 4))
                .isEqualTo(CreditorReference.create("1B").substring(2, 4));
        assertThat(CreditorReference.create("XX3").substring(2, 4))
                .isEqualTo(CreditorReference.create("X3X").substring(2, 4));
    }
}
