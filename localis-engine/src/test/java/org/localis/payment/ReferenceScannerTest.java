package org.localis.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReferenceScannerTest {

    private final ReferenceScanner twelve = new ReferenceScanner(12);

    private static ReferenceMatch ok(String ref) {
        return new ReferenceMatch(ref, true);
    }

    @Test
    void findsAPrintedReferenceInABankPurpose() {
        assertThat(twelve.scan("Пожертвование, rf18 5390 0754 7034, спасибо"))
                .containsExactly(ok("RF18539007547034"));
        assertThat(twelve.scan("RF18539007547034")).containsExactly(ok("RF18539007547034"));
        assertThat(twelve.scan("(RF18-5390.0754/7034_)")).containsExactly(ok("RF18539007547034"));
        assertThat(twelve.scan("ref:RF18 5390 0754 7034")).containsExactly(ok("RF18539007547034"));
    }

    @Test
    void aSeparatorMayStandBetweenAnyTwoCharactersAfterRf() {
        assertThat(twelve.scan("RF 1 8 5 3 9 0 0 7 5 4 7 0 3 4")).containsExactly(ok("RF18539007547034"));
        assertThat(twelve.scan("RF-18_539/007.547 034")).containsExactly(ok("RF18539007547034"));
    }

    @Test
    void twoSeparatorsInARowOrOneInsideRfBreakTheCandidate() {
        assertThat(twelve.scan("RF18  5390 0754 7034")).isEmpty();
        assertThat(twelve.scan("RF18 -5390 0754 7034")).isEmpty();
        assertThat(twelve.scan("R F18 5390 0754 7034")).isEmpty();
    }

    @Test
    void wordBoundariesKeepLongerTokensWhole() {
        assertThat(twelve.scan("XRF18539007547034")).isEmpty();
        assertThat(twelve.scan("1RF18539007547034")).isEmpty();
        assertThat(twelve.scan("жRF18539007547034")).as("a Cyrillic letter is a letter").isEmpty();
        assertThat(twelve.scan("RF185390075470345")).as("13th body character").isEmpty();
        assertThat(twelve.scan("RF18539007547034Ж")).isEmpty();
        // The boundary is the character right after the last consumed alphanumeric: a separator there ends the
        // candidate even if more alphanumerics follow it.
        assertThat(twelve.scan("RF18 5390 0754 7034 5")).containsExactly(ok("RF18539007547034"));
    }

    @Test
    void tooShortAndNonDigitCheckCharactersAreNoCandidates() {
        assertThat(twelve.scan("RF18 5390 0754 703")).isEmpty();
        assertThat(twelve.scan("RFA8539007547034")).isEmpty();
        assertThat(twelve.scan("RF")).isEmpty();
        assertThat(twelve.scan("")).isEmpty();
        assertThat(twelve.scan(null)).isEmpty();
    }

    @Test
    void badCheckDigitsAreReportedAsSuch() {
        assertThat(twelve.scan("RF19 5390 0754 7034"))
                .containsExactly(new ReferenceMatch("RF19539007547034", false));
        assertThat(twelve.scan("RF99 5390 0754 7034"))
                .containsExactly(new ReferenceMatch("RF99539007547034", false));
    }

    @Test
    void everyOccurrenceIsReportedInOrder() {
        String a = CreditorReference.create("D7K0001230");
        String b = CreditorReference.create("D7K0004560");
        ReferenceScanner ten = new ReferenceScanner(10);
        assertThat(ten.scan("за " + b + " и " + CreditorReference.printed(a).toLowerCase() + "; повтор " + b))
                .containsExactly(ok(b), ok(a), ok(b));
    }

    @Test
    void bodyLengthIsChecked() {
        assertThat(new ReferenceScanner(1).scan("RF741")).containsExactly(ok("RF741"));
        assertThat(new ReferenceScanner(21).bodyLength()).isEqualTo(21);
        assertThatThrownBy(() -> new ReferenceScanner(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReferenceScanner(22)).isInstanceOf(IllegalArgumentException.class);
    }
}
