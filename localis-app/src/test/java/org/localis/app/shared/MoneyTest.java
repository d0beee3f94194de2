package org.localis.app.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The money type: an amount never loses its currency, and arithmetic never mixes two. */
class MoneyTest {

    @Test
    void arithmeticIsExactAndKeepsTheCurrency() {
        Money a = Money.of(125_050, "RUB");
        assertThat(a.plus(Money.of(50, "RUB"))).isEqualTo(Money.of(125_100, "RUB"));
        assertThat(a.minus(Money.of(125_050, "RUB")).isZero()).isTrue();
        assertThat(a.times(3)).isEqualTo(Money.of(375_150, "RUB"));
        assertThat(a.negate().minor()).isEqualTo(-125_050);
        assertThat(a.major()).isEqualByComparingTo("1250.50");
        assertThat(a.plain()).isEqualTo("1250.50");
        assertThat(a.toString()).isEqualTo("1250.50 RUB");
        assertThat(Money.of(500, "JPY").plain()).isEqualTo("500");
    }

    @Test
    void twoCurrenciesAreNeverAdded() {
        assertThatThrownBy(() -> Money.of(100, "RUB").plus(Money.of(100, "USD")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RUB").hasMessageContaining("USD");
        assertThatThrownBy(() -> Money.of(100, "EUR").minus(Money.of(1, "RUB"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overflowIsRefusedNotWrapped() {
        assertThatThrownBy(() -> Money.of(Long.MAX_VALUE, "RUB").plus(Money.of(1, "RUB"))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.of(Long.MAX_VALUE / 2 + 1, "RUB").times(2)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void aCurrencyIsAnIsoCode() {
        assertThatThrownBy(() -> Money.of(1, "rub")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of(1, "XYZ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of(1, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void majorUnitsFinerThanTheCurrencyAreRefused() {
        assertThat(Money.ofMajor(new BigDecimal("1250.5"), "RUB")).isEqualTo(Money.of(125_050, "RUB"));
        assertThatThrownBy(() -> Money.ofMajor(new BigDecimal("1250.505"), "RUB")).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.ofMajor(new BigDecimal("10.5"), "JPY")).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void whatPeopleTypeIsReadIntoTheCurrency() {
        assertThat(Money.parseMoney("1 250,50", "RUB")).contains(Money.of(125_050, "RUB"));
        assertThat(Money.parseMoney("1250.505", "RUB")).isEmpty();
        assertThat(Money.parseMoney("0", "RUB")).isEmpty();
        assertThat(Money.of(125_050, "RUB").format(Locale.ENGLISH)).isEqualTo("1,250.50\u00a0₽");
    }
}
