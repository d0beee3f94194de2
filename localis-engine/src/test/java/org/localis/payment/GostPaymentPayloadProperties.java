package org.localis.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random valid payloads: the written text reads back to the same record, with a separator no value holds. */
class GostPaymentPayloadProperties {

    /** Latin, Cyrillic, digits, spaces and every separator candidate, so separator choice is exercised. */
    private static final String CHARS = "abcXYZ жЖёЁщЩ«»№ 0123456789" + GostPaymentPayload.SEPARATORS + "=.";

    @Property(tries = 1000)
    void validPayloadsRoundTrip(@ForAll long seed) {
        GostPaymentPayload p = randomValid(new Random(seed));
        assertThat(p.problems()).isEmpty();
        String text = p.text();
        char sep = text.charAt(7);
        assertThat(p.separator()).isEqualTo(sep);
        assertThat(GostPaymentPayload.SEPARATORS.indexOf(sep)).isGreaterThanOrEqualTo(0);
        // the separator occurs exactly once per field: count Key=Value pairs written
        long fields = 5 + (p.payeeInn() != null ? 1 : 0) + (p.kpp() != null ? 1 : 0)
                + (p.sumKopecks() != null ? 1 : 0) + (p.purpose() != null ? 1 : 0) + (p.techCode() != null ? 1 : 0)
                + p.extra().size();
        assertThat(text.chars().filter(c -> c == sep).count()).isEqualTo(fields);
        assertThat(text).startsWith("ST00012" + sep + "Name=" + p.name() + sep + "PersonalAcc=");
        if (p.sumKopecks() != null) {
            assertThat(text).contains(sep + "Sum=" + p.sumKopecks());
        }
        assertThat(GostPaymentPayload.parse(p.bytes())).isEqualTo(p);
        assertThat(p.mandatoryBlockBytes()).isLessThanOrEqualTo(300);
    }

    @Property(tries = 2000)
    void parseThrowsNothingButIllegalArgument(@ForAll("junk") byte[] junk) {
        assertThatCode(() -> {
            try {
                GostPaymentPayload p = GostPaymentPayload.parse(junk);
                p.problems();
            } catch (IllegalArgumentException expected) {
                // fine
            }
        }).doesNotThrowAnyException();
    }

    @Provide
    Arbitrary<byte[]> junk() {
        Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(60);
        Arbitrary<byte[]> texty = Arbitraries.strings().withChars("ST0123|=NameSumBICжЖ#\n")
                .ofMaxLength(60).map(s -> ("ST0001" + s).getBytes(StandardCharsets.UTF_8));
        return Arbitraries.oneOf(raw, texty);
    }

    /**
     * A random payload that has a separator: random text may use every separator candidate (in the name, the
     * purpose or an extra field, alone or together); such a payload cannot be written, so draw again.
     */
    private static GostPaymentPayload randomValid(Random r) {
        while (true) {
            GostPaymentPayload p = candidate(r);
            if (p.separator() != 0) {
                return p;
            }
        }
    }

    private static GostPaymentPayload candidate(Random r) {
        // Name and BankName short enough that the 300-byte block is never exceeded: 102 + 2 * (40 + 20) < 300
        String name = text(r, 1, 40);
        String bankName = text(r, 1, 20);
        String acc = String.valueOf(1 + r.nextInt(9)) + digits(r, 4) + "0ABCEHKMPTX".charAt(r.nextInt(11))
                + digits(r, 14);
        String corr = r.nextInt(5) == 0 ? "0" : "30101" + digits(r, 15);
        String inn = r.nextBoolean() ? null : digits(r, r.nextBoolean() ? 10 : 12);
        String kpp = r.nextBoolean() ? null : digits(r, 9);
        Long sum = r.nextBoolean() ? null : 1 + (r.nextLong() & Long.MAX_VALUE) % 999_999_999_999_999_999L;
        String purpose = r.nextBoolean() ? null : text(r, 1, 210);
        String tech = r.nextBoolean() ? null : String.format("%02d", 1 + r.nextInt(15));
        Map<String, String> extra = new LinkedHashMap<>();
        if (r.nextBoolean()) {
            extra.put("PayerINN", digits(r, 12));
        }
        if (r.nextBoolean()) {
            extra.put("Contract", text(r, 1, 30));
        }
        GostPaymentPayload p = new GostPaymentPayload(name, acc, bankName, digits(r, 9), corr, inn, kpp, sum,
                purpose, tech, extra);
        return p;
    }

    private static String digits(Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + r.nextInt(10)));
        }
        return b.toString();
    }

    /** Random text that is not blank. */
    private static String text(Random r, int min, int max) {
        int n = min + r.nextInt(max - min + 1);
        StringBuilder b = new StringBuilder("x");
        for (int i = 1; i < n; i++) {
            b.append(CHARS.charAt(r.nextInt(CHARS.length())));
        }
        return b.toString();
    }
}
