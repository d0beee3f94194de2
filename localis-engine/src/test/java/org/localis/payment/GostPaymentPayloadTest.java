package org.localis.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GostPaymentPayloadTest {

    /** The drive example of the spec (payments-and-tires.md §2.1). */
    static GostPaymentPayload specExample() {
        return new GostPaymentPayload("АНО «Колёса для скорой»", "40703810900000000001", "ПАО СБЕРБАНК",
                "044525225", "30101810400000000225", "7701234567", "770101001", 1_250_000L,
                "Пожертвование на шины, сбор TIRES-7K, ref D7K000123-45", "14", Map.of());
    }

    static final String SPEC_TEXT = "ST00012|Name=АНО «Колёса для скорой»|PersonalAcc=40703810900000000001"
            + "|BankName=ПАО СБЕРБАНК|BIC=044525225|CorrespAcc=30101810400000000225|PayeeINN=7701234567"
            + "|KPP=770101001|Sum=1250000|Purpose=Пожертвование на шины, сбор TIRES-7K, ref D7K000123-45"
            + "|TechCode=14";

    private static GostPaymentPayload minimal() {
        return GostPaymentPayload.of("Fond", "40703810900000000001", "Bank", "044525225", "30101810400000000225");
    }

    @Test
    void theSpecExampleIsWrittenExactly() {
        GostPaymentPayload p = specExample();
        assertThat(p.problems()).isEmpty();
        assertThat(p.text()).isEqualTo(SPEC_TEXT);
        assertThat(p.bytes()).isEqualTo(SPEC_TEXT.getBytes(StandardCharsets.UTF_8));
        // The spec counts 312 UTF-8 bytes in all.
        assertThat(p.bytes()).hasSize(312);
        // Mandatory block: fixed ASCII 102 bytes ("ST00012" 7, "|Name=" 6, "|PersonalAcc=" 13 + 20,
        // "|BankName=" 10, "|BIC=" 5 + 9, "|CorrespAcc=" 12 + 20) + Name 43 bytes (АНО 6, space 1, « 2,
        // Колёса 12, space 1, для 6, space 1, скорой 12, » 2) + BankName 23 (ПАО 6, space 1, СБЕРБАНК 16)
        // = 168. The spec's "160" leaves out the 8 bytes "ST00012|".
        assertThat(p.mandatoryBlockBytes()).isEqualTo(168);
        // The spec reports version 13 (69 x 69) at level M for these 312 bytes.
        QrCode qr = p.qrCode();
        assertThat(qr.version()).isEqualTo(13);
        assertThat(qr.size()).isEqualTo(69);
    }

    @Test
    void cyrillicIsWrittenAsUtf8() {
        byte[] b = specExample().bytes();
        // 'А' (U+0410) is D0 90 in UTF-8, and it starts the name right after "ST00012|Name=" (13 bytes).
        assertThat(b[13] & 0xFF).isEqualTo(0xD0);
        assertThat(b[14] & 0xFF).isEqualTo(0x90);
        assertThat(new String(b, 0, 7, StandardCharsets.US_ASCII)).isEqualTo("ST00012");
        assertThat(GostPaymentPayload.parse(b)).isEqualTo(specExample());
    }

    @Test
    void onlyTheMandatoryFieldsAreWrittenWhenNothingElseIsSet() {
        assertThat(minimal().text()).isEqualTo(
                "ST00012|Name=Fond|PersonalAcc=40703810900000000001|BankName=Bank|BIC=044525225"
                        + "|CorrespAcc=30101810400000000225");
    }

    @Test
    void extraPairsFollowTheNamedOnesInTheirOrder() {
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("PayerINN", "500100732259");
        extra.put("DocNo", "7");
        extra.put("AddAmount", "100");
        GostPaymentPayload p = new GostPaymentPayload("Fond", "40703810900000000001", "Bank", "044525225",
                "30101810400000000225", null, null, 500L, "Tires", GostPaymentPayload.TECH_CODE_CHARITY, extra);
        assertThat(p.text()).endsWith("|Sum=500|Purpose=Tires|TechCode=14|PayerINN=500100732259|DocNo=7|AddAmount=100");
        assertThat(p.extra()).containsExactly(Map.entry("PayerINN", "500100732259"), Map.entry("DocNo", "7"),
                Map.entry("AddAmount", "100"));
        extra.put("Later", "x");
        assertThat(p.extra()).as("defensive copy").doesNotContainKey("Later");
        assertThatThrownBy(() -> p.extra().put("X", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(GostPaymentPayload.parse(p.bytes())).isEqualTo(p);
    }

    @Test
    void theSumIsInKopecks() {
        GostPaymentPayload p = minimal().withSumKopecks(1_250_000L); // 12 500,00 roubles
        assertThat(p.text()).endsWith("|Sum=1250000").doesNotContain("12500.00").doesNotContain("Sum=12500|");
        assertThat(minimal().withSumKopecks(1L).text()).endsWith("|Sum=1");
        assertThat(minimal().withSumKopecks(999_999_999_999_999_999L).text()).endsWith("|Sum=999999999999999999");
        assertThat(minimal().withSumKopecks(0L).problems()).singleElement().asString().startsWith("Sum:");
        assertThat(minimal().withSumKopecks(-5L).problems()).singleElement().asString().startsWith("Sum:");
        assertThat(minimal().withSumKopecks(1_000_000_000_000_000_000L).problems()).as("19 digits")
                .singleElement().asString().startsWith("Sum:");
    }

    @Test
    void separatorIsPipeUnlessAValueContainsIt() {
        assertThat(minimal().separator()).isEqualTo('|');
        GostPaymentPayload pipe = minimal().withPurpose("a|b");
        assertThat(pipe.separator()).isEqualTo('#');
        assertThat(pipe.text()).startsWith("ST00012#Name=Fond#PersonalAcc=").endsWith("#Purpose=a|b");
        GostPaymentPayload both = minimal().withPurpose("a|b#c");
        assertThat(both.text()).startsWith("ST00012;Name=");
        // a separator in the name counts too
        GostPaymentPayload inName = GostPaymentPayload.of("A|B #1; C", "40703810900000000001", "Bank",
                "044525225", "30101810400000000225");
        assertThat(inName.text()).startsWith("ST00012:Name=A|B #1; C:PersonalAcc=");
        // every candidate in use leaves no separator
        GostPaymentPayload none = minimal().withPurpose(GostPaymentPayload.SEPARATORS);
        assertThat(none.separator()).isEqualTo((char) 0);
        assertThat(none.problems()).singleElement().asString().contains("separator");
        assertThatThrownBy(none::text).isInstanceOf(IllegalStateException.class).hasMessageContaining("separator");
        // all but '@' in use: '@' is the last resort
        GostPaymentPayload last = minimal().withPurpose(GostPaymentPayload.SEPARATORS.replace("@", ""));
        assertThat(last.text()).startsWith("ST00012@Name=");
        assertThat(GostPaymentPayload.parse(last.bytes())).isEqualTo(last);
    }

    @Test
    void noTrailingSeparator() {
        assertThat(specExample().text()).doesNotEndWith("|");
        assertThat(minimal().withPurpose("x").text()).endsWith("=x");
    }

    @Test
    void theMandatoryBlockMayTakeAtMost300Bytes() {
        // Fixed part with BankName "Bank": 102 bytes of keys, separators, header, accounts and BIC (see above)
        // + 4 = 106; a Name of 97 Cyrillic letters (2 bytes each) adds 194: 300 bytes.
        String name300 = "Ж".repeat(97);
        GostPaymentPayload ok = GostPaymentPayload.of(name300, "40703810900000000001", "Bank", "044525225",
                "30101810400000000225");
        assertThat(ok.mandatoryBlockBytes()).isEqualTo(300);
        assertThat(ok.problems()).isEmpty();
        String text = ok.text();
        assertThat(text.getBytes(StandardCharsets.UTF_8)).hasSize(300);
        GostPaymentPayload tooLong = GostPaymentPayload.of(name300 + "x", "40703810900000000001", "Bank",
                "044525225", "30101810400000000225");
        assertThat(tooLong.mandatoryBlockBytes()).isEqualTo(301);
        assertThat(tooLong.problems()).singleElement().asString().contains("301").contains("300");
        assertThatThrownBy(tooLong::text).isInstanceOf(IllegalStateException.class);
        // optional fields are not counted
        assertThat(ok.withPurpose("П".repeat(210)).problems()).isEmpty();
        // and 98 characters are far below the 160-character limit: bytes, not characters, are the limit here
        assertThat(tooLong.name()).hasSize(98);
    }

    @Test
    void mandatoryFieldsAreChecked() {
        GostPaymentPayload empty = GostPaymentPayload.of(null, null, null, null, null);
        assertThat(empty.problems()).containsExactly("Name: is required", "PersonalAcc: is required",
                "BankName: is required", "BIC: is required", "CorrespAcc: is required");
        assertThat(problems(GostPaymentPayload.of(" ", "40703810900000000001", "Bank", "044525225", "0")))
                .containsExactly("Name");
        assertThat(problems(GostPaymentPayload.of("N".repeat(160), "40703810900000000001", "B".repeat(45),
                "044525225", "0"))).isEmpty();
        assertThat(problems(GostPaymentPayload.of("N".repeat(161), "40703810900000000001", "B".repeat(46),
                "044525225", "0"))).containsExactly("Name", "BankName");
    }

    @Test
    void accountsFollowTheAccountPattern() {
        assertThat(account("40703810900000000001")).isTrue();
        assertThat(account("4070381090000000000")).as("19 characters").isFalse();
        assertThat(account("407038109000000000011")).as("21 characters").isFalse();
        assertThat(account("00703810900000000001")).as("first digit 0").isFalse();
        assertThat(account("40703X10900000000001")).as("sixth character X is a currency letter").isTrue();
        assertThat(account("40703D10900000000001")).as("D is not in ABCEHKMPTX").isFalse();
        assertThat(account("40703x10900000000001")).as("lower case").isFalse();
        assertThat(account("4070381090000000000A")).isFalse();
        assertThat(account("0")).as("only CorrespAcc may be 0").isFalse();
        assertThat(problems(GostPaymentPayload.of("N", "40703810900000000001", "B", "044525225", "0"))).isEmpty();
        assertThat(problems(GostPaymentPayload.of("N", "40703810900000000001", "B", "044525225", "00")))
                .containsExactly("CorrespAcc");
    }

    @Test
    void bicIsNineDigits() {
        assertThat(problems(GostPaymentPayload.of("N", "40703810900000000001", "B", "04452522", "0")))
                .containsExactly("BIC");
        assertThat(problems(GostPaymentPayload.of("N", "40703810900000000001", "B", "0445252250", "0")))
                .containsExactly("BIC");
        assertThat(problems(GostPaymentPayload.of("N", "40703810900000000001", "B", "04452522A", "0")))
                .containsExactly("BIC");
    }

    @Test
    void optionalFieldsAreChecked() {
        assertThat(problems(with("7701234567", "770101001", "01"))).isEmpty();
        assertThat(problems(with("770123456789", "7701AB001", "15"))).isEmpty();
        assertThat(problems(with("77012345678", "77010100", "00")))
                .containsExactly("PayeeINN", "KPP", "TechCode");
        assertThat(problems(with("770123456A", "7701010011", "16")))
                .containsExactly("PayeeINN", "KPP", "TechCode");
        assertThat(problems(with(null, null, "1"))).containsExactly("TechCode");
        assertThat(problems(minimal().withPurpose("P".repeat(210)))).isEmpty();
        assertThat(problems(minimal().withPurpose("P".repeat(211)))).containsExactly("Purpose");
        assertThat(problems(minimal().withPurpose(""))).containsExactly("Purpose");
        assertThat(problems(minimal().withPurpose("line\nbreak"))).containsExactly("Purpose");
        assertThat(problems(minimal().withPurpose("bad \uD800 surrogate"))).containsExactly("Purpose");
    }

    @Test
    void extraPairsAreChecked() {
        assertThat(problems(withExtra("PayerINN", "1234567890123"))).containsExactly("PayerINN");
        assertThat(problems(withExtra("PayerINN", "123456789012"))).isEmpty();
        assertThat(problems(withExtra("DocNo", "1".repeat(16)))).containsExactly("DocNo");
        assertThat(problems(withExtra("Sum", "100"))).containsExactly("Sum");
        assertThat(problems(withExtra("purpose", "x"))).containsExactly("purpose");
        assertThat(problems(withExtra("1x", "y"))).containsExactly("extra key 1x");
        assertThat(problems(withExtra("Pay=er", "y"))).containsExactly("extra key Pay=er");
        assertThat(problems(withExtra("Phone", "+7 900\r"))).containsExactly("Phone");
    }

    @Test
    void textRefusesAPayloadWithProblems() {
        GostPaymentPayload bad = GostPaymentPayload.of("N", "1", "B", "2", "3");
        assertThatThrownBy(bad::text).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PersonalAcc").hasMessageContaining("BIC").hasMessageContaining("CorrespAcc");
        assertThatThrownBy(bad::bytes).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void parseReadsWindows1251AndKoi8r() {
        String body = "|Name=ООО Ромашка|PersonalAcc=40702810138000000001|BankName=ПАО Банк|BIC=044525225"
                + "|CorrespAcc=30101810400000000225|Purpose=Оплата шин";
        for (String[] flagAndCharset : new String[][] {{"1", "windows-1251"}, {"3", "KOI8-R"}, {"2", "UTF-8"}}) {
            byte[] b = ("ST0001" + flagAndCharset[0] + body).getBytes(Charset.forName(flagAndCharset[1]));
            GostPaymentPayload p = GostPaymentPayload.parse(b);
            assertThat(p.name()).isEqualTo("ООО Ромашка");
            assertThat(p.bankName()).isEqualTo("ПАО Банк");
            assertThat(p.purpose()).isEqualTo("Оплата шин");
            assertThat(p.problems()).isEmpty();
        }
        // a windows-1251 payload is one byte per Cyrillic letter: read as UTF-8 it would be malformed
        byte[] cp1251 = ("ST00012" + body).getBytes(Charset.forName("windows-1251"));
        assertThatThrownBy(() -> GostPaymentPayload.parse(cp1251)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parseIsTolerantWhereTheStandardIs() {
        String text = "\uFEFFST00012|name=N|PersonalAcc=40703810900000000001|BANKNAME=B|BIC=044525225"
                + "|CorrespAcc=0|sum=100|Category=x=y|";
        GostPaymentPayload p = GostPaymentPayload.parse(text.getBytes(StandardCharsets.UTF_8));
        assertThat(p.name()).isEqualTo("N");
        assertThat(p.bankName()).isEqualTo("B");
        assertThat(p.sumKopecks()).isEqualTo(100L);
        assertThat(p.extra()).containsExactly(Map.entry("Category", "x=y"));
        // a payload missing mandatory fields is read; problems() says what is missing
        GostPaymentPayload partial = GostPaymentPayload.parse(
                "ST00012|Name=N|Purpose=P".getBytes(StandardCharsets.UTF_8));
        assertThat(partial.purpose()).isEqualTo("P");
        assertThat(problems(partial)).containsExactly("PersonalAcc", "BankName", "BIC", "CorrespAcc");
    }

    @Test
    void parseRefusesWhatIsNotAGostPayload() {
        for (String bad : List.of("", "ST00012", "ST00012|", "ST00014|Name=x", "BCD\n002", "ST00012|Name",
                "ST00012|=x", "ST00012|Name=a|Name=b", "ST00012|Name=a|name=b", "ST00012|Sum=12.50",
                "ST00012|Sum=", "ST00012|Sum=1234567890123456789", "ST00012|Name=a||BIC=1", "ST00012ЖName=x",
                "ST00012=Name=x", "ST00012\nName=x")) {
            assertThatThrownBy(() -> GostPaymentPayload.parse(bad.getBytes(StandardCharsets.UTF_8)))
                    .as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> GostPaymentPayload.parse(new byte[] {'S', 'T', '0', '0', '0', '1', '2', '|',
                'N', '=', (byte) 0xC3})).isInstanceOf(IllegalArgumentException.class);
    }

    private static GostPaymentPayload with(String inn, String kpp, String techCode) {
        GostPaymentPayload m = minimal();
        return new GostPaymentPayload(m.name(), m.personalAcc(), m.bankName(), m.bic(), m.correspAcc(), inn, kpp,
                null, null, techCode, Map.of());
    }

    private static GostPaymentPayload withExtra(String key, String value) {
        GostPaymentPayload m = minimal();
        return new GostPaymentPayload(m.name(), m.personalAcc(), m.bankName(), m.bic(), m.correspAcc(), null,
                null, null, null, null, Map.of(key, value));
    }

    private static boolean account(String acc) {
        return problems(GostPaymentPayload.of("N", acc, "B", "044525225", "0")).isEmpty();
    }

    /** The keys named by the problems, in order. */
    static List<String> problems(GostPaymentPayload p) {
        return p.problems().stream().map(s -> s.substring(0, s.indexOf(':'))).toList();
    }
}
