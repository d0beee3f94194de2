package org.localis.app.drive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.localis.drive.ReferenceMatcher;
import org.localis.payment.CreditorReference;

/** The random body of a pledge's payment reference: always its full number of digits, every digit in every place. */
class PledgeReferenceBodyTest {

    final PledgeService service = new PledgeService(null, null);

    @Test
    void bodiesAreFullLengthDigitsWithEveryDigitInEveryPlace() {
        Set<String> seen = new HashSet<>();
        @SuppressWarnings("unchecked")
        Set<Character>[] digitsAt = new Set[ReferenceMatcher.BODY_LENGTH];
        for (int i = 0; i < digitsAt.length; i++) {
            digitsAt[i] = new HashSet<>();
        }
        for (int n = 0; n < 2000; n++) {
            String body = service.body();
            assertThat(body).hasSize(ReferenceMatcher.BODY_LENGTH).containsOnlyDigits();
            assertThat(CreditorReference.create(body)).startsWith("RF");
            seen.add(body);
            for (int i = 0; i < body.length(); i++) {
                digitsAt[i].add(body.charAt(i));
            }
        }
        assertThat(seen).as("2,000 draws of 10^12 practically never repeat").hasSizeGreaterThan(1995);
        for (Set<Character> d : digitsAt) {
            // each place misses a given digit in 2,000 uniform draws with probability 0.9^2000: never
            assertThat(d).hasSize(10);
        }
    }
}
