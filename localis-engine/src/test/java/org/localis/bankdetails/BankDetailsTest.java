package org.localis.bankdetails;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Known-valid public values, and mistakes each named by its field. */
class BankDetailsTest {

    /** BICs and correspondent accounts of large banks as published in the Bank of Russia's BIC directory. */
    @ParameterizedTest
    @CsvSource({
            "044525225, 30101810400000000225", // ПАО Сбербанк, Moscow
            "044525187, 30101810700000000187", // Банк ВТБ (ПАО)
            "044525593, 30101810200000000593", // АО «Альфа-Банк»
            "044525974, 30101810145250000974", // АО «ТБанк»
            "044525823, 30101810200000000823", // Банк ГПБ (АО)
            "044525700, 30101810200000000700", // АО «Райффайзенбанк»
            "044030653, 30101810500000000653", // Северо-Западный банк ПАО Сбербанк, St Petersburg
            "045004641, 30101810500000000641"  // Сибирский банк ПАО Сбербанк, Novosibirsk
    })
    void correspondentAccountsOfLargeBanksPass(String bic, String correspondent) {
        assertThat(RussianBankDetails.checkBic(bic)).isEmpty();
        assertThat(RussianBankDetails.checkCorrespondentAccount(correspondent, bic)).isEmpty();
        assertThat(RussianBankDetails.controlKeyValid(correspondent, bic, RussianBankDetails.KeyVariant.CASH_SETTLEMENT_CENTRE))
                .isTrue();
    }

    /** INNs of large companies, from their public disclosures (Sberbank, Gazprom, Rosneft, Lukoil, Yandex, VTB, Aeroflot). */
    @ParameterizedTest
    @ValueSource(strings = {"7707083893", "7736050003", "7706107510", "7708004767", "7736207543", "7702070139", "7712040126"})
    void innsOfLargeCompaniesPass(String inn) {
        assertThat(RussianBankDetails.checkInn(inn)).isEmpty();
    }

    /** IBAN examples of the SWIFT IBAN registry. */
    @ParameterizedTest
    @ValueSource(strings = {"DE89 3704 0044 0532 0130 00", "GB29NWBK60161331926819", "FR1420041010050500013M02606",
            "NL91ABNA0417164300", "BE68539007547034", "CH9300762011623852957", "AT611904300234573201"})
    void registryIbansPass(String iban) {
        assertThat(InternationalBankDetails.checkIban(iban)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"DEUTDEFF", "NWBKGB2L", "SABRRUMM", "COBADEFFXXX", "ABNANL2A"})
    void swiftBicsPass(String bic) {
        assertThat(InternationalBankDetails.checkBic(bic)).isEmpty();
    }

    @Test
    void eachMistakeNamesItsField() {
        RussianBankDetails good = new RussianBankDetails("40703810500000000001", "044525225", "30101810400000000225",
                "7707083893", "773601001");
        assertThat(good.validate()).isEmpty();
        assertThat(fields(new RussianBankDetails("40703810900000000001", "044525225", "30101810400000000225",
                "7707083893", "773601001"))).containsExactly("account:CONTROL_KEY");
        assertThat(fields(new RussianBankDetails("40703810500000000001", "044525225", "30101810400000000187",
                "7707083893", "773601001"))).containsExactly("correspondentAccount:MISMATCH");
        assertThat(fields(new RussianBankDetails("40703810500000000001", "044525225", "30101810400000000225",
                "7707083894", "773601001"))).containsExactly("inn:CHECKSUM");
        assertThat(fields(new RussianBankDetails("40703810500000000001", "044525225", "30101810400000000225",
                "7707083893", "77360100"))).containsExactly("kpp:FORMAT");
        assertThat(fields(new RussianBankDetails("4070381050000000000", "44525225", "", "", null)))
                .containsExactly("bic:FORMAT", "account:FORMAT", "inn:REQUIRED");
        assertThat(fields(new RussianBankDetails("40703810500000000001", "044525225", null, "7707083893", null)))
                .containsExactly("correspondentAccount:REQUIRED", "kpp:REQUIRED");
        assertThat(fields(new InternationalBankDetails("DE89370400440532013001", "DEUTDE"))).containsExactly(
                "iban:CHECKSUM", "bic:FORMAT");
        assertThat(fields(new InternationalBankDetails("NL91ABNA04171643000", null))).containsExactly("iban:LENGTH");
    }

    @Test
    void aBankOfRussiaDivisionUsesTheCashSettlementCentreVariant() {
        String bic = "044525000";
        String account = RussianBankDetails.withControlKey("40102810045370000002", bic,
                RussianBankDetails.KeyVariant.CASH_SETTLEMENT_CENTRE);
        assertThat(RussianBankDetails.checkSettlementAccount(account, bic)).isEmpty();
        assertThat(new RussianBankDetails(account, bic, null, "7707083893", "773601001").validate()).isEmpty();
    }

    private static List<String> fields(RussianBankDetails d) {
        return d.validate().stream().map(e -> e.field() + ":" + e.code()).toList();
    }

    private static List<String> fields(InternationalBankDetails d) {
        return d.validate().stream().map(e -> e.field() + ":" + e.code()).toList();
    }
}
