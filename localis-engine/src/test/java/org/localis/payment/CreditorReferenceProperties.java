package org.localis.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Round trips and error detection of RF references.
 *
 * <p>Why the detection claims hold (and where they stop): the rotated reference is read as a decimal number
 * with letters expanded to two digits. Replacing a digit by a digit, or a letter by a letter, changes that
 * number by {@code k * 10^e} with {@code 0 < |k| <= 25}, never a multiple of the prime 97. Swapping two
 * adjacent digits changes it by {@code 9 (a - b) 10^e}; two letters by {@code 99 (v - w) 10^e}, and 99 = 2 mod
 * 97; a letter of value {@code v} and a digit {@code d} by {@code 9 (v - 11 d) 10^e}, which is zero exactly for
 * B1, M2, X3 (B=11, M=22, X=33). Replacing a letter by a digit shortens the number, and is caught only when the
 * character is first (nothing precedes it), otherwise with probability about 96/97.
 */
class CreditorReferenceProperties {

    private static final String DIGITS = "0123456789";
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    @Provide
    Arbitrary<String> bodies() {
        return Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9').ofMinLength(1).ofMaxLength(21);
    }

    @Property(tries = 1000)
    void randomBodiesRoundTrip(@ForAll("bodies") String body) {
        String ref = CreditorReference.create(body);
        assertThat(ref).startsWith("RF").hasSize(body.length() + 4);
        assertThat(ref.substring(4)).isEqualTo(body);
        assertThat(ref.substring(2, 4)).matches("\\d\\d");
        int check = Integer.parseInt(ref.substring(2, 4));
        assertThat(check).isBetween(2, 98);
        assertThat(Oracle.rotatedMod97(ref)).isEqualTo(1);
        assertThat(CreditorReference.isValid(ref)).isTrue();
        assertThat(CreditorReference.isValid(ref.toLowerCase(Locale.ROOT))).isTrue();
        String printed = CreditorReference.printed(ref);
        assertThat(printed).matches("(\\S{4} )*\\S{1,4}");
        assertThat(CreditorReference.normalize(printed)).isEqualTo(ref);
        assertThat(CreditorReference.isValid(printed)).isTrue();
    }

    @Property(tries = 300)
    void everySameClassSubstitutionInBodyOrCheckDigitsIsDetected(@ForAll("bodies") String body) {
        String ref = CreditorReference.create(body);
        for (int i = 2; i < ref.length(); i++) {
            char original = ref.charAt(i);
            String sameClass = DIGITS.indexOf(original) >= 0 ? DIGITS : LETTERS;
            for (char c : sameClass.toCharArray()) {
                if (c != original) {
                    String typo = ref.substring(0, i) + c + ref.substring(i + 1);
                    assertThat(CreditorReference.isValid(typo)).as(typo).isFalse();
                }
            }
        }
    }

    @Property(tries = 300)
    void aLetterDigitConfusionInTheFirstBodyCharacterIsDetected(@ForAll("bodies") String body) {
        String ref = CreditorReference.create(body);
        char original = ref.charAt(4);
        String otherClass = DIGITS.indexOf(original) >= 0 ? LETTERS : DIGITS;
        for (char c : otherClass.toCharArray()) {
            String typo = ref.substring(0, 4) + c + ref.substring(5);
            assertThat(CreditorReference.isValid(typo)).as(typo).isFalse();
        }
    }

    @Property(tries = 1000)
    void everyAdjacentTranspositionIsDetectedExceptB1M2X3(@ForAll("bodies") String body) {
        String ref = CreditorReference.create(body);
        // the check digits
        if (ref.charAt(2) != ref.charAt(3)) {
            String swapped = "RF" + ref.charAt(3) + ref.charAt(2) + body;
            assertThat(CreditorReference.isValid(swapped)).as(swapped).isFalse();
        }
        // the body
        for (int i = 4; i + 1 < ref.length(); i++) {
            char a = ref.charAt(i);
            char b = ref.charAt(i + 1);
            if (a == b) {
                continue;
            }
            String swapped = ref.substring(0, i) + b + a + ref.substring(i + 2);
            boolean invisible = sameExpansion(a, b);
            assertThat(CreditorReference.isValid(swapped)).as(swapped).isEqualTo(invisible);
        }
    }

    @Property(tries = 500)
    void anySingleSubstitutionAgreesWithTheIndependentOracle(
            @ForAll("bodies") String body, @ForAll("positions") int where, @ForAll("alnum") char c) {
        String ref = CreditorReference.create(body);
        int i = 2 + where % (ref.length() - 2);
        String typo = ref.substring(0, i) + c + ref.substring(i + 1);
        boolean wellFormed = typo.substring(2, 4).matches("\\d\\d")
                && Integer.parseInt(typo.substring(2, 4)) >= 2 && Integer.parseInt(typo.substring(2, 4)) <= 98;
        assertThat(CreditorReference.isValid(typo)).as(typo)
                .isEqualTo(wellFormed && Oracle.rotatedMod97(typo) == 1);
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, 1000);
    }

    @Provide
    Arbitrary<Character> alnum() {
        return Arbitraries.chars().range('A', 'Z').range('0', '9');
    }

    /** A letter and a digit whose expansions read the same in both orders: B1, M2, X3. */
    private static boolean sameExpansion(char a, char b) {
        char letter = Character.isLetter(a) ? a : b;
        char digit = Character.isLetter(a) ? b : a;
        if (!Character.isLetter(letter) || !Character.isDigit(digit)) {
            return false;
        }
        return letter - 'A' + 10 == 11 * (digit - '0');
    }
}
