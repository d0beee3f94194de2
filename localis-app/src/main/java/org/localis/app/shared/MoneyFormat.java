package org.localis.app.shared;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Money for templates ({@code ${@money.fmt(minor, 'RUB')}}): exact, in the reader's locale. */
@Component("money")
public class MoneyFormat {

    public String fmt(long minor, String currency) {
        return Money.format(minor, currency, LocaleContextHolder.getLocale());
    }

    /** An amount in minor units that may have a fraction of a minor unit (evaluated prices), shown exactly. */
    public String fmtExact(java.math.BigDecimal minor, String currency) {
        java.math.BigDecimal major = minor.movePointLeft(Money.minorDigits(currency));
        int scale = Math.max(Money.minorDigits(currency), major.stripTrailingZeros().scale());
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0." + "0".repeat(scale),
                java.text.DecimalFormatSymbols.getInstance(LocaleContextHolder.getLocale()));
        return f.format(major.setScale(scale, java.math.RoundingMode.UNNECESSARY)) + "\u00a0" + ("RUB".equals(currency) ? "₽"
                : "EUR".equals(currency) ? "€" : currency);
    }

    public String plain(long minor, String currency) {
        return Money.plain(minor, currency);
    }
}
