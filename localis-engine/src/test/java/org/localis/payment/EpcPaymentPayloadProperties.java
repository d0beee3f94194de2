package org.localis.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random SEPA payloads round-trip; IBAN check digits computed by the independent oracle are accepted. */
class EpcPaymentPayloadProperties {

    private static final String TEXT = "abcXYZ äöüß жЖёЁ 0123456789/-?:().,'+";

    @Property(tries = 1000)
    void ibansWithOracleCheckDigitsAreValidAndSingleDigitTyposAreNot(@ForAll long seed) {
        Random r = new Random(seed);
        String iban = randomIban(r);
        assertThat(EpcPaymentPayload.isValidIban(iban)).as(iban).isTrue();
        int i = 2 + r.nextInt(iban.length() - 2);
        char c = iban.charAt(i);
        if (Character.isDigit(c)) {
            char typo = (char) ('0' + (c - '0' + 1 + r.nextInt(9)) % 10);
            String wrong = iban.substring(0, i) + typo + iban.substring(i + 1);
            assertThat(EpcPaymentPayload.isValidIban(wrong)).as(wrong).isFalse();
        }
    }

    @Property(tries = 1000)
    void validPayloadsRoundTripAndStayWithinLimits(@ForAll long seed) {
        Random r = new Random(seed);
        boolean structured = r.nextBoolean();
        EpcPaymentPayload p = new EpcPaymentPayload(
                r.nextBoolean() ? null : "ABCDEF" + (r.nextBoolean() ? "GH" : "GH123"),
                text(r, 1, 70), randomIban(r),
                r.nextBoolean() ? null : 1 + (r.nextLong() & Long.MAX_VALUE) % 99_999_999_999L,
                r.nextBoolean() ? null : "CHAR",
                structured ? CreditorReference.create(Long.toString(r.nextLong() & Long.MAX_VALUE, 36)) : null,
                structured ? null : text(r, 1, 140),
                r.nextBoolean() ? null : text(r, 1, 70));
        if (!p.problems().isEmpty()) {
            // only the total size may be exceeded by random lengths
            assertThat(p.problems()).singleElement().asString().startsWith("payload:");
            assertThat(p.name().getBytes(StandardCharsets.UTF_8).length
                    + (p.remittanceText() == null ? 0 : p.remittanceText().getBytes(StandardCharsets.UTF_8).length)
                    + (p.information() == null ? 0 : p.information().getBytes(StandardCharsets.UTF_8).length))
                    .isGreaterThan(331 - 100);
            return;
        }
        byte[] b = p.bytes();
        assertThat(b.length).isLessThanOrEqualTo(EpcPaymentPayload.MAX_BYTES);
        String[] lines = new String(b, StandardCharsets.UTF_8).split("\n", -1);
        assertThat(lines.length).isBetween(10, 12);
        assertThat(lines[lines.length - 1]).isNotEmpty();
        assertThat(EpcPaymentPayload.parse(b)).isEqualTo(p);
        assertThat(p.qrCode().version()).isLessThanOrEqualTo(13);
    }

    @Property(tries = 2000)
    void parseThrowsNothingButIllegalArgument(@ForAll("junk") byte[] junk) {
        assertThatCode(() -> {
            try {
                EpcPaymentPayload.parse(junk).problems();
            } catch (IllegalArgumentException expected) {
                // fine
            }
        }).doesNotThrowAnyException();
    }

    @Provide
    Arbitrary<byte[]> junk() {
        Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(80);
        Arbitrary<byte[]> lines = Arbitraries.strings().withChars("BCD0012SCT\n\rEUR.5жRF18").ofMaxLength(80)
                .map(s -> ("BCD\n002\n1\nSCT\n" + s).getBytes(StandardCharsets.UTF_8));
        return Arbitraries.oneOf(raw, lines);
    }

    /** Country letters, oracle check digits, 11..30 random letters or digits. */
    static String randomIban(Random r) {
        String alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        String country = "" + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26));
        StringBuilder bban = new StringBuilder();
        int n = 11 + r.nextInt(20);
        for (int i = 0; i < n; i++) {
            bban.append(r.nextInt(3) == 0 ? alnum.charAt(r.nextInt(26)) : (char) ('0' + r.nextInt(10)));
        }
        int check = 98 - Oracle.mod97(bban + country + "00");
        return country + String.format("%02d", check) + bban;
    }

    private static String text(Random r, int min, int max) {
        int n = min + r.nextInt(max - min + 1);
        StringBuilder b = new StringBuilder("x");
        for (int i = 1; i < n; i++) {
            b.append(TEXT.charAt(r.nextInt(TEXT.length())));
        }
        return b.toString();
    }
}
