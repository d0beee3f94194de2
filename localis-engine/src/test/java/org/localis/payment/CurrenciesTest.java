package org.localis.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CurrenciesTest {

    /** Minor units from the ISO 4217 list (SIX maintenance agency). */
    @ParameterizedTest
    @CsvSource({"RUB, 2", "EUR, 2", "USD, 2", "GBP, 2", "CHF, 2", "JPY, 0", "KRW, 0", "ISK, 0", "KWD, 3", "BHD, 3",
            "TND, 3", "KZT, 2", "CNY, 2"})
    void minorUnitsOfIso4217(String code, int digits) {
        assertThat(Currencies.minorUnits(code)).isEqualTo(digits);
        assertThat(Currencies.isSupported(code)).isTrue();
    }

    @Test
    void codesWithoutMinorUnitsOrUnknownAreRefused() {
        assertThatThrownBy(() -> Currencies.minorUnits("XAU")).hasMessageContaining("no minor units");
        assertThatThrownBy(() -> Currencies.minorUnits("ABC")).hasMessageContaining("not an ISO 4217");
        assertThatThrownBy(() -> Currencies.minorUnits("eur")).hasMessageContaining("three capital letters");
        assertThat(Currencies.isSupported("XXX")).isFalse();
        assertThat(Currencies.isSupported(null)).isFalse();
    }

    @Test
    void qrStandardsExistOnlyForRubAndEur() {
        assertThat(Currencies.paymentQrStandard("RUB")).contains(PaymentQrStandard.ST00012);
        assertThat(Currencies.paymentQrStandard("EUR")).contains(PaymentQrStandard.EPC069_12);
        assertThat(Currencies.paymentQrStandard("USD")).isEmpty();
        assertThat(Currencies.paymentQrStandard("KZT")).isEmpty();
    }

    @Test
    void formatUsesTheCurrencysDigits() {
        assertThat(Currencies.format(12345, "RUB")).isEqualTo("123.45");
        assertThat(Currencies.format(12345, "JPY")).isEqualTo("12345");
        assertThat(Currencies.format(-12345, "KWD")).isEqualTo("-12.345");
    }

    @Provide
    Arbitrary<Currency> currencies() {
        return Arbitraries.of(Currency.getAvailableCurrencies());
    }

    @Property
    void everyJdkCurrencyWithMinorUnitsIsSupportedAndAtMostOneQrStandard(@ForAll("currencies") Currency c) {
        String code = c.getCurrencyCode();
        assertThat(Currencies.isSupported(code)).isEqualTo(c.getDefaultFractionDigits() >= 0);
        assertThat(Currencies.paymentQrStandard(code).isPresent()).isEqualTo(code.equals("RUB") || code.equals("EUR"));
        Currencies.paymentQrStandard(code).ifPresent(s -> assertThat(s.currency()).isEqualTo(code));
    }
}
