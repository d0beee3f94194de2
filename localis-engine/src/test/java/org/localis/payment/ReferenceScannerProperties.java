package org.localis.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** References written with random separators and case inside random text are found exactly once. */
class ReferenceScannerProperties {

    private static final String SEPARATORS = " -./_";
    /** Text around the reference: cannot spell "rf", ends and starts with a space. */
    private static final String FILLER = "абвгдежз 0123456789,;:!?()«»";

    @Provide
    Arbitrary<String> bodies10() {
        return Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9').ofLength(10);
    }

    @Property(tries = 1000)
    void aReferenceWithRandomSeparatorsAndCaseIsFound(
            @ForAll @IntRange(min = 1, max = 21) int bodyLength, @ForAll long seed) {
        Random rnd = new Random(seed);
        String body = randomBody(rnd, bodyLength);
        // a body that itself holds "RF" starts a second candidate with the filler's digits: another property
        net.jqwik.api.Assume.that(!body.toUpperCase(java.util.Locale.ROOT).contains("RF"));
        String ref = CreditorReference.create(body);
        String text = filler(rnd) + " " + disguise(ref, rnd) + " " + filler(rnd);
        assertThat(new ReferenceScanner(bodyLength).scan(text)).as(text)
                .containsExactly(new ReferenceMatch(ref, true));
    }

    @Property(tries = 500)
    void aTypoIsFoundAndFlagged(@ForAll("bodies10") String body, @ForAll long seed) {
        Random rnd = new Random(seed);
        String ref = CreditorReference.create(body);
        int i = 4 + rnd.nextInt(body.length());
        char original = ref.charAt(i);
        char typo;
        do {
            typo = Character.isDigit(original) ? (char) ('0' + rnd.nextInt(10)) : (char) ('A' + rnd.nextInt(26));
        } while (typo == original);
        String wrong = ref.substring(0, i) + typo + ref.substring(i + 1);
        String text = filler(rnd) + " " + disguise(wrong, rnd) + " " + filler(rnd);
        assertThat(new ReferenceScanner(10).scan(text)).containsExactly(new ReferenceMatch(wrong, false));
    }

    @Property(tries = 500)
    void aLongerTokenIsNeverCut(@ForAll("bodies10") String body, @ForAll long seed) {
        Random rnd = new Random(seed);
        String ref = CreditorReference.create(body);
        char extra = (char) ('0' + rnd.nextInt(10));
        String before = filler(rnd) + " ";
        assertThat(new ReferenceScanner(10).scan(before + ref + extra + " x")).isEmpty();
        assertThat(new ReferenceScanner(10).scan(before + "Z" + ref + " x")).isEmpty();
        // the same token is found by a scanner for its real length
        assertThat(new ReferenceScanner(11).scan(before + ref + extra + " x")).hasSize(1);
    }

    private static String randomBody(Random rnd, int n) {
        String alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(alnum.charAt(rnd.nextInt(alnum.length())));
        }
        return b.toString();
    }

    /** Random case everywhere and at most one random separator between characters after "RF". */
    private static String disguise(String ref, Random rnd) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < ref.length(); i++) {
            if (i >= 2 && rnd.nextInt(3) == 0) {
                b.append(SEPARATORS.charAt(rnd.nextInt(SEPARATORS.length())));
            }
            char c = ref.charAt(i);
            b.append(rnd.nextBoolean() ? Character.toLowerCase(c) : c);
        }
        return b.toString();
    }

    private static String filler(Random rnd) {
        StringBuilder b = new StringBuilder();
        int n = rnd.nextInt(30);
        for (int i = 0; i < n; i++) {
            b.append(FILLER.charAt(rnd.nextInt(FILLER.length())));
        }
        return b.toString();
    }
}
