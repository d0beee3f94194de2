package org.localis.app.shared;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Money for templates ({@code ${@money.fmt(minor, 'RUB')}}): exact, in the reader's locale. */
@Component("money")
public class MoneyFormat {

    public String fmt(Money amount) {
        return amount == null ? "" : amount.format(LocaleContextHolder.getLocale());
    }

    public String fmt(long minor, String currency) {
        return Money.format(minor, currency, LocaleContextHolder.getLocale());
    }

    /**
     * An amount in minor units that may have a fraction of a minor unit (evaluated prices), rounded half-even to
     * the currency's minor unit: money is always shown with exactly the currency's minor digits.
     */
    public String fmtRounded(java.math.BigDecimal minor, String currency) {
        return fmt(minor.setScale(0, java.math.RoundingMode.HALF_EVEN).longValueExact(), currency);
    }

    /**
     * An amount in major units (a plan's costs), rounded half-even to the currency's minor unit and shown as money
     * is everywhere: the reader's grouping and decimal separator, the currency's sign.
     */
    public String fmtMajor(java.math.BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        long minor = amount.movePointRight(Money.minorDigits(currency)).setScale(0, java.math.RoundingMode.HALF_EVEN)
                .longValueExact();
        return fmt(minor, currency);
    }

    /** The currency's sign for labels ("Amount, ₽"). */
    public String symbol(String currency) {
        return Money.symbol(currency);
    }

    public String plain(long minor, String currency) {
        return Money.plain(minor, currency);
    }
}
