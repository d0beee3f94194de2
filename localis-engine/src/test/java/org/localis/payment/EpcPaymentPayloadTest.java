package org.localis.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EpcPaymentPayloadTest {

    static final String IBAN = "DE89370400440532013000";

    static EpcPaymentPayload structured() {
        return EpcPaymentPayload.charity("Kolesa e.V.", "DE89 3704 0044 0532 0130 00", 1250L, "RF18 5390 0754 7034");
    }

    private static List<String> keys(EpcPaymentPayload p) {
        return p.problems().stream().map(s -> s.substring(0, s.indexOf(':'))).toList();
    }

    @Test
    void aStructuredPaymentIsWrittenLineByLine() {
        EpcPaymentPayload p = structured();
        assertThat(p.problems()).isEmpty();
        // BCD, version, UTF-8, SCT, no BIC, name, IBAN, amount, purpose, reference; the empty line 11 is dropped
        assertThat(p.text()).isEqualTo(
                "BCD\n002\n1\nSCT\n\nKolesa e.V.\nDE89370400440532013000\nEUR12.50\nCHAR\nRF18539007547034");
        assertThat(p.iban()).isEqualTo(IBAN);
        assertThat(p.creditorReference()).isEqualTo("RF18539007547034");
        assertThat(EpcPaymentPayload.parse(p.bytes())).isEqualTo(p);
    }

    @Test
    void anUnstructuredPaymentKeepsTheEmptyLinesBeforeTheText() {
        EpcPaymentPayload p = new EpcPaymentPayload("cobadeffxxx", "Kolesa", IBAN, null, null, null,
                "Spende Reifen 7K", null);
        assertThat(p.text()).isEqualTo("BCD\n002\n1\nSCT\nCOBADEFFXXX\nKolesa\nDE89370400440532013000\n\n\n\n"
                + "Spende Reifen 7K");
        assertThat(EpcPaymentPayload.parse(p.bytes())).isEqualTo(p);
    }

    @Test
    void informationIsTheTwelfthLine() {
        EpcPaymentPayload p = new EpcPaymentPayload(null, "Kolesa", IBAN, 100L, "CHAR", "RF18539007547034", null,
                "Danke");
        assertThat(p.text()).isEqualTo("BCD\n002\n1\nSCT\n\nKolesa\nDE89370400440532013000\nEUR1.00\nCHAR\n"
                + "RF18539007547034\n\nDanke");
        assertThat(p.text().split("\n", -1)).hasSize(12);
        assertThat(EpcPaymentPayload.parse(p.bytes())).isEqualTo(p);
    }

    @Test
    void amountsAreWrittenWithTwoDecimals() {
        assertThat(EpcPaymentPayload.formatAmount(1)).isEqualTo("EUR0.01");
        assertThat(EpcPaymentPayload.formatAmount(10)).isEqualTo("EUR0.10");
        assertThat(EpcPaymentPayload.formatAmount(100)).isEqualTo("EUR1.00");
        assertThat(EpcPaymentPayload.formatAmount(1250)).isEqualTo("EUR12.50");
        assertThat(EpcPaymentPayload.formatAmount(99_999_999_999L)).isEqualTo("EUR999999999.99");
        assertThat(keys(amount(0L))).containsExactly("amountCents");
        assertThat(keys(amount(-1L))).containsExactly("amountCents");
        assertThat(keys(amount(100_000_000_000L))).containsExactly("amountCents");
        assertThat(keys(amount(99_999_999_999L))).isEmpty();
        assertThat(keys(amount(null))).isEmpty();
        assertThat(amount(null).text()).doesNotContain("EUR");
    }

    @Test
    void ibansAreCheckedWithMod97() {
        assertThat(EpcPaymentPayload.isValidIban("DE89370400440532013000")).isTrue();
        assertThat(EpcPaymentPayload.isValidIban("GB82WEST12345698765432")).isTrue();
        assertThat(EpcPaymentPayload.isValidIban("BE68 5390 0754 7034")).isTrue();
        assertThat(EpcPaymentPayload.isValidIban("gb82 west 1234 5698 7654 32")).isTrue();
        assertThat(EpcPaymentPayload.isValidIban("DE88370400440532013000")).isFalse();
        assertThat(EpcPaymentPayload.isValidIban("DE89370400440532013001")).isFalse();
        assertThat(EpcPaymentPayload.isValidIban("GB82WEST12345698765423")).as("transposition").isFalse();
        assertThat(EpcPaymentPayload.isValidIban("DE893704")).isFalse();
        assertThat(EpcPaymentPayload.isValidIban("D189370400440532013000")).isFalse();
        assertThat(EpcPaymentPayload.isValidIban(null)).isFalse();
        assertThat(keys(new EpcPaymentPayload(null, "N", "DE88370400440532013000", null, null, null, "x", null)))
                .containsExactly("iban");
        assertThat(keys(new EpcPaymentPayload(null, "N", "DE89-3704", null, null, null, "x", null)))
                .containsExactly("iban");
        assertThat(keys(new EpcPaymentPayload(null, "N", null, null, null, null, "x", null)))
                .containsExactly("iban");
    }

    @Test
    void exactlyOneRemittanceMustBeGiven() {
        assertThat(keys(new EpcPaymentPayload(null, "N", IBAN, null, null, null, null, null)))
                .containsExactly("creditorReference, remittanceText");
        assertThat(keys(new EpcPaymentPayload(null, "N", IBAN, null, null, "RF18539007547034", "x", null)))
                .containsExactly("creditorReference, remittanceText");
        assertThat(keys(new EpcPaymentPayload(null, "N", IBAN, null, null, "RF19539007547034", null, null)))
                .containsExactly("creditorReference");
        assertThat(keys(new EpcPaymentPayload(null, "N", IBAN, null, null, null, "T".repeat(140), null))).isEmpty();
        assertThat(keys(new EpcPaymentPayload(null, "N", IBAN, null, null, null, "T".repeat(141), null)))
                .containsExactly("remittanceText");
        assertThat(keys(new EpcPaymentPayload(null, "N", IBAN, null, null, null, "two\nlines", null)))
                .containsExactly("remittanceText");
    }

    @Test
    void otherFieldsAreChecked() {
        assertThat(keys(bic("COBADEFF"))).isEmpty();
        assertThat(keys(bic("COBADEFFXXX"))).isEmpty();
        assertThat(keys(bic("COBADEF"))).containsExactly("bic");
        assertThat(keys(bic("COBADEFFX"))).containsExactly("bic");
        assertThat(keys(bic("C0BADEFF"))).containsExactly("bic");
        assertThat(keys(new EpcPaymentPayload(null, "N".repeat(70), IBAN, null, null, null, "x", null))).isEmpty();
        assertThat(keys(new EpcPaymentPayload(null, "N".repeat(71), IBAN, null, null, null, "x", null)))
                .containsExactly("name");
        assertThat(keys(new EpcPaymentPayload(null, " ", IBAN, null, null, null, "x", null)))
                .containsExactly("name");
        assertThat(keys(new EpcPaymentPayload(null, null, IBAN, null, null, null, "x", null)))
                .containsExactly("name");
        assertThat(keys(new EpcPaymentPayload(null, "N", IBAN, null, "char", null, "x", null)))
                .containsExactly("purposeCode");
        assertThat(keys(new EpcPaymentPayload(null, "N", IBAN, null, "CHARI", null, "x", null)))
                .containsExactly("purposeCode");
        assertThat(keys(new EpcPaymentPayload(null, "N", IBAN, null, null, null, "x", "I".repeat(71))))
                .containsExactly("information");
        assertThatThrownBy(() -> new EpcPaymentPayload(null, null, IBAN, null, null, null, null, null).text())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("name");
    }

    @Test
    void thePayloadMayTakeAtMost331Bytes() {
        // 11 lines joined by 10 LFs: BCD 3 + 002 3 + 1 1 + SCT 3 + empty BIC 0 + name + IBAN 22 + EUR12.50 8
        // + CHAR 4 + empty reference 0 + text = 54 + name + text bytes.
        // A name of 70 Cyrillic letters is 140 bytes (70 characters: allowed), so a text of 137 bytes fills 331.
        String name = "Ж".repeat(70);
        EpcPaymentPayload full = new EpcPaymentPayload(null, name, IBAN, 1250L, "CHAR", null, "t".repeat(137), null);
        assertThat(full.problems()).isEmpty();
        assertThat(full.bytes()).hasSize(331);
        EpcPaymentPayload over = new EpcPaymentPayload(null, name, IBAN, 1250L, "CHAR", null, "t".repeat(138), null);
        assertThat(over.problems()).singleElement().asString().startsWith("payload:").contains("332");
        assertThatThrownBy(over::bytes).isInstanceOf(IllegalStateException.class);
        // 331 bytes is exactly the byte-mode capacity of a version 13 code at level M
        assertThat(full.qrCode().version()).isEqualTo(13);
        byte[] tooBig = (full.text() + "t").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> QrCode.encode(tooBig, EpcPaymentPayload.MAX_QR_VERSION))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("version 14");
    }

    @Test
    void cyrillicTextIsUtf8AndRoundTrips() {
        EpcPaymentPayload p = new EpcPaymentPayload(null, "Фонд «Колёса»", IBAN, 500_00L, "CHAR", null,
                "Пожертвование на шины", null);
        byte[] b = p.bytes();
        String expected = "BCD\n002\n1\nSCT\n\nФонд «Колёса»\nDE89370400440532013000\nEUR500.00\nCHAR\n\n"
                + "Пожертвование на шины";
        assertThat(b).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
        assertThat(EpcPaymentPayload.parse(b)).isEqualTo(p);
    }

    @Test
    void parseAcceptsTheOtherSpellingsTheStandardAllows() {
        String crlf = "BCD\r\n001\r\n1\r\nSCT\r\nCOBADEFFXXX\r\nN\r\nDE89370400440532013000\r\nEUR12.5\r\n\r\n"
                + "RF18539007547034\r\n";
        EpcPaymentPayload p = EpcPaymentPayload.parse(crlf.getBytes(StandardCharsets.UTF_8));
        assertThat(p.amountCents()).isEqualTo(1250L);
        assertThat(p.bic()).isEqualTo("COBADEFFXXX");
        assertThat(p.purposeCode()).isNull();
        assertThat(p.creditorReference()).isEqualTo("RF18539007547034");
        assertThat(p.remittanceText()).isNull();
        assertThat(p.problems()).isEmpty();
        assertThat(amountOf("EUR1")).isEqualTo(100L);
        assertThat(amountOf("EUR0.05")).isEqualTo(5L);
        assertThat(amountOf("EUR999999999.99")).isEqualTo(99_999_999_999L);
        // character set 2 = ISO-8859-1: one byte per accented letter
        byte[] latin1 = "BCD\n002\n2\nSCT\n\nMüller\nDE89370400440532013000\n\n\n\nDanke schön"
                .getBytes(StandardCharsets.ISO_8859_1);
        EpcPaymentPayload l = EpcPaymentPayload.parse(latin1);
        assertThat(l.name()).isEqualTo("Müller");
        assertThat(l.remittanceText()).isEqualTo("Danke schön");
    }

    @Test
    void parseRefusesWhatIsNotAnEpcPayload() {
        String ok = "BCD\n002\n1\nSCT\n\nN\nDE89370400440532013000\n";
        for (String bad : List.of("", "BCD", "BCD\n002\n1\nSCT\n\nN", ok.replace("BCD", "BCE"),
                ok.replace("002", "003"), ok.replace("\n1\n", "\n9\n"), ok.replace("SCT", "XCT"),
                ok + "EUR\n", ok + "EUR12.505\n", ok + "EUR1,50\n", ok + "USD1.00\n", ok + "EUR-1\n",
                ok.replaceFirst("\n", "\r\n"), ok + "\n\n\n\n\nx\ny", "BCD\r002\r1\rSCT\r\rN\rX")) {
            assertThatThrownBy(() -> EpcPaymentPayload.parse(bad.getBytes(StandardCharsets.UTF_8)))
                    .as(bad.replace("\n", "\\n").replace("\r", "\\r")).isInstanceOf(IllegalArgumentException.class);
        }
        byte[] badUtf8 = (ok + "\n\n\n").getBytes(StandardCharsets.UTF_8);
        badUtf8[15] = (byte) 0xC3; // inside "N": now a truncated two-byte sequence
        assertThatThrownBy(() -> EpcPaymentPayload.parse(badUtf8)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Long amountOf(String amountLine) {
        String s = "BCD\n002\n1\nSCT\n\nN\nDE89370400440532013000\n" + amountLine + "\n\n\nx";
        return EpcPaymentPayload.parse(s.getBytes(StandardCharsets.UTF_8)).amountCents();
    }

    private static EpcPaymentPayload amount(Long cents) {
        return new EpcPaymentPayload(null, "N", IBAN, cents, null, null, "x", null);
    }

    private static EpcPaymentPayload bic(String bic) {
        return new EpcPaymentPayload(bic, "N", IBAN, null, null, null, "x", null);
    }
}
