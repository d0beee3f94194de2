package org.localis.app.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** Scores and thresholds keep their digits and take the reader's decimal separator. */
class FiguresTextTest {

    final FiguresText figures = new FiguresText();

    @Test
    void aScoreKeepsItsScaleWithTheReadersSeparator() {
        assertThat(figures.decimal(new BigDecimal("83.40"), Locale.ENGLISH)).isEqualTo("83.40");
        assertThat(figures.decimal(new BigDecimal("83.40"), Locale.forLanguageTag("ru"))).isEqualTo("83,40");
        assertThat(figures.decimal(new BigDecimal("3800"), Locale.forLanguageTag("ru"))).isEqualTo("3800");
        assertThat(figures.decimal(new BigDecimal("-0.5"), Locale.forLanguageTag("ru"))).isEqualTo("-0,5");
        assertThat(figures.decimal(null, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void aThresholdLosesItsTrailingZerosButNotItsTens() {
        try {
            LocaleContextHolder.setLocale(Locale.forLanguageTag("ru"));
            assertThat(figures.stripped(new BigDecimal("75.00"))).isEqualTo("75");
            assertThat(figures.stripped(new BigDecimal("3200"))).isEqualTo("3200");
            assertThat(figures.stripped(new BigDecimal("62.50"))).isEqualTo("62,5");
            LocaleContextHolder.setLocale(Locale.ENGLISH);
            assertThat(figures.stripped(new BigDecimal("1E+3"))).isEqualTo("1000");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
