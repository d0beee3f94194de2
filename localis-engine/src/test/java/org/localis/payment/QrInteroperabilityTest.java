package org.localis.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The PNGs we write are read back to the exact payload bytes by two independent readers: Debian's
 * {@code zbarimg} (ZBar, a different code base with its own detector) and ZXing's reader. Skipped when zbarimg
 * is not installed, unless the environment says {@code CI=true}.
 */
class QrInteroperabilityTest {

    @TempDir
    Path tmp;

    static Stream<Arguments> payloads() {
        GostPaymentPayload gostAscii = new GostPaymentPayload("Kolesa dlya skoroy", "40703810900000000001",
                "PAO SBERBANK", "044525225", "30101810400000000225", "7701234567", null, 99_900L,
                "Donation D7K0001230", "14", Map.of());
        EpcPaymentPayload epcCyrillic = new EpcPaymentPayload(null, "Фонд «Колёса»", "BE68539007547034", 500_00L, "CHAR", null,
                "Пожертвование на шины, сбор TIRES-7K", null);
        Random r = new Random(20261125);
        byte[] binary = new byte[300];
        r.nextBytes(binary);
        return Stream.of(
                Arguments.of("GOST spec example (Cyrillic, UTF-8)", GostPaymentPayloadTest.specExample().bytes()),
                Arguments.of("GOST ASCII", gostAscii.bytes()),
                Arguments.of("GOST with '|' in a value (separator #)",
                        gostAscii.withPurpose("Donation | tires").bytes()),
                Arguments.of("EPC structured (ASCII)", EpcPaymentPayloadTest.structured().bytes()),
                Arguments.of("EPC Cyrillic", epcCyrillic.bytes()),
                Arguments.of("EPC at the 331-byte limit",
                        new EpcPaymentPayload(null, "Ж".repeat(70), EpcPaymentPayloadTest.IBAN, 1250L, "CHAR", null,
                                "t".repeat(137), null).bytes()),
                Arguments.of("300 random bytes", binary));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void zbarimgReadsTheExactBytes(String label, byte[] payload) throws Exception {
        Path zbarimg = QrDecoding.requireZbarimg();
        QrCode qr = QrCode.encode(payload);
        assertThat(QrDecoding.zbar(zbarimg, qr.png(4, 4), tmp)).as(label).isEqualTo(payload);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void zxingReadsTheExactBytesWithoutEci(String label, byte[] payload) {
        QrCode qr = QrCode.encode(payload);
        QrDecoding.ZxingResult r = QrDecoding.zxing(qr.png(4, 4));
        assertThat(r.bytes()).as(label).isEqualTo(payload);
        assertThat(r.symbologyId()).as("]Q1 = model 2 without ECI").isEqualTo("]Q1");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void zbarimgReadsRandomBytesAtVariousModuleSizes(long seed) throws Exception {
        Path zbarimg = QrDecoding.requireZbarimg();
        Random r = new Random(seed);
        byte[] payload = new byte[1 + r.nextInt(600)];
        r.nextBytes(payload);
        QrCode qr = QrCode.encode(payload);
        assertThat(QrDecoding.zbar(zbarimg, qr.png(2 + r.nextInt(4), 4), tmp)).isEqualTo(payload);
    }

    static Stream<Long> seeds() {
        return new Random(42).longs(25).boxed();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void theUtf8PayloadsAreUtf8(String label, byte[] payload) {
        if (label.startsWith("300 random")) {
            return;
        }
        // sanity of the inputs themselves: decodable UTF-8, starting with the right service tag
        String text = new String(payload, StandardCharsets.UTF_8);
        assertThat(text.getBytes(StandardCharsets.UTF_8)).isEqualTo(payload);
        assertThat(text).matches("(?s)(ST00012[|#].*|BCD\n002\n1\nSCT\n.*)");
    }
}
