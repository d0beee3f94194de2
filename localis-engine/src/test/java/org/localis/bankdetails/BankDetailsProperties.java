package org.localis.bankdetails;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.localis.bankdetails.RussianBankDetails.KeyVariant;

/**
 * The checks accept every value made right and catch the typos they promise to catch. The oracles here
 * are written from the published definitions, independently of the code under test.
 */
class BankDetailsProperties {

    @Provide
    Arbitrary<String> bics() {
        return Arbitraries.strings().numeric().ofLength(7).map(s -> "04" + s);
    }

    @Provide
    Arbitrary<String> accounts() {
        return Arbitraries.strings().numeric().ofLength(20);
    }

    /** Σ digit × (7, 1, 3, …) over the 23 digits, divisible by 10: the Bank of Russia definition. */
    private static boolean oracleKey(String prefix3, String account) {
        String d = prefix3 + account;
        int[] w = {7, 1, 3};
        int sum = 0;
        for (int i = 0; i < 23; i++) {
            sum += (d.charAt(i) - '0') * w[i % 3] % 10;
        }
        return sum % 10 == 0;
    }

    @Property
    void controlKeyAgreesWithTheDefinitionInBothVariants(@ForAll("accounts") String account, @ForAll("bics") String bic) {
        assertThat(RussianBankDetails.controlKeyValid(account, bic, KeyVariant.CREDIT_INSTITUTION))
                .isEqualTo(oracleKey(bic.substring(6), account));
        assertThat(RussianBankDetails.controlKeyValid(account, bic, KeyVariant.CASH_SETTLEMENT_CENTRE))
                .isEqualTo(oracleKey("0" + bic.substring(4, 6), account));
    }

    @Property
    void everySingleDigitTypoInAKeyedAccountIsCaught(@ForAll("accounts") String raw, @ForAll("bics") String bic,
            @ForAll @IntRange(min = 0, max = 19) int position, @ForAll @IntRange(min = 1, max = 9) int shift) {
        KeyVariant variant = RussianBankDetails.isBankOfRussiaDivision(bic) ? KeyVariant.CASH_SETTLEMENT_CENTRE
                : KeyVariant.CREDIT_INSTITUTION;
        String account = RussianBankDetails.withControlKey(raw, bic, variant);
        assertThat(RussianBankDetails.checkSettlementAccount(account, bic)).isEmpty();
        char typo = (char) ('0' + (account.charAt(position) - '0' + shift) % 10);
        String mistyped = account.substring(0, position) + typo + account.substring(position + 1);
        assertThat(RussianBankDetails.checkSettlementAccount(mistyped, bic))
                .hasValueSatisfying(e -> assertThat(e.field()).isEqualTo("account"));
    }

    @Property
    void aCorrespondentAccountMustEndWithTheBicsLastThreeDigits(@ForAll("bics") String bic,
            @ForAll @IntRange(min = 0, max = 999) int other) {
        String corr = RussianBankDetails.withControlKey("30101810000000000" + bic.substring(6), bic,
                KeyVariant.CASH_SETTLEMENT_CENTRE);
        assertThat(RussianBankDetails.checkCorrespondentAccount(corr, bic)).isEmpty();
        String otherEnd = String.format("%03d", other);
        String foreign = bic.substring(0, 6) + otherEnd;
        if (!otherEnd.equals(bic.substring(6))) {
            assertThat(RussianBankDetails.checkCorrespondentAccount(corr, foreign))
                    .hasValueSatisfying(e -> assertThat(e.code()).isEqualTo("MISMATCH"));
        }
    }

    private static int innDigit(String digits, int... weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum % 11 % 10;
    }

    @Property
    void innsWithRightCheckDigitsPassAndAWrongLastDigitFails(@ForAll("nineDigits") String body,
            @ForAll @IntRange(min = 1, max = 9) int shift) {
        String inn10 = body + innDigit(body, 2, 4, 10, 3, 5, 9, 4, 6, 8);
        assertThat(RussianBankDetails.checkInn(inn10)).isEmpty();
        String bad10 = body + (inn10.charAt(9) - '0' + shift) % 10;
        assertThat(RussianBankDetails.checkInn(bad10)).hasValueSatisfying(e -> assertThat(e.field()).isEqualTo("inn"));

        String b12 = body + "7";
        String n11 = b12 + innDigit(b12, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8);
        String inn12 = n11 + innDigit(n11, 3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8);
        assertThat(RussianBankDetails.checkInn(inn12)).isEmpty();
        String bad12 = inn12.substring(0, 11) + (inn12.charAt(11) - '0' + shift) % 10;
        assertThat(RussianBankDetails.checkInn(bad12)).isPresent();
    }

    @Provide
    Arbitrary<String> nineDigits() {
        return Arbitraries.strings().numeric().ofLength(9);
    }

    @Property
    void ibansWithComputedCheckDigitsPassAndEveryDigitTypoIsCaught(@ForAll("bbans") String bban,
            @ForAll @IntRange(min = 0, max = 17) int position, @ForAll @IntRange(min = 1, max = 9) int shift) {
        // ISO 13616: check = 98 - (BBAN + country + "00" as digits) mod 97; NL: 4 letters + 10 digits
        String numeric = new java.math.BigInteger(digitsOf(bban + "NL00")).mod(java.math.BigInteger.valueOf(97)).toString();
        int check = 98 - Integer.parseInt(numeric);
        String iban = "NL" + String.format("%02d", check) + bban;
        assertThat(InternationalBankDetails.checkIban(iban)).isEmpty();
        int p = 8 + position % 10; // a digit of the account number part
        char typo = (char) ('0' + (iban.charAt(p) - '0' + shift) % 10);
        String mistyped = iban.substring(0, p) + typo + iban.substring(p + 1);
        assertThat(InternationalBankDetails.checkIban(mistyped)).hasValueSatisfying(e -> assertThat(e.field()).isEqualTo("iban"));
    }

    @Provide
    Arbitrary<String> bbans() {
        return Arbitraries.strings().withCharRange('A', 'Z').ofLength(4)
                .flatMap(bank -> Arbitraries.strings().numeric().ofLength(10).map(n -> bank + n));
    }

    private static String digitsOf(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return sb.toString();
    }
}
