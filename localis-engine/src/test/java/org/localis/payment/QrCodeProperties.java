package org.localis.payment;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any bytes come back unchanged through PNG and ZXing's reader, without an ECI segment. */
class QrCodeProperties {

    @Provide
    Arbitrary<byte[]> payloads() {
        Arbitrary<byte[]> any = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(400);
        Arbitrary<byte[]> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(60)
                .map(String::getBytes);
        Arbitrary<byte[]> alnum = Arbitraries.strings().withChars("0123456789ABCDEFXYZ $%*+-./:")
                .ofMinLength(1).ofMaxLength(60).map(String::getBytes);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, any), net.jqwik.api.Tuple.of(1, digits), net.jqwik.api.Tuple.of(1, alnum));
    }

    @Property(tries = 150)
    void bytesRoundTripThroughThePng(@ForAll("payloads") byte[] payload) {
        QrCode qr = QrCode.encode(payload);
        assertThat(qr.size()).isEqualTo(17 + 4 * qr.version());
        QrDecoding.ZxingResult r = QrDecoding.zxing(qr.png(3, 4));
        assertThat(r.bytes()).isEqualTo(payload);
        assertThat(r.symbologyId()).as("no ECI").isEqualTo("]Q1");
    }
}
