package org.localis.app.shared;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A score or threshold for templates ({@code ${@figures.decimal(value)}}): every digit it has (its scale kept, so
 * 83.40 stays 83.40), the reader's decimal separator (83,40 in Russian), no grouping — exactly
 * {@link BigDecimal#toPlainString()} in English.
 */
@Component("figures")
public class FiguresText {

    public String decimal(BigDecimal value) {
        return decimal(value, LocaleContextHolder.getLocale());
    }

    public String decimal(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        String plain = value.toPlainString();
        char separator = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        return separator == '.' ? plain : plain.replace('.', separator);
    }

    /** The same without trailing zeros (a threshold of 75 rather than 75.00). */
    public String stripped(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal s = value.stripTrailingZeros();
        return decimal(s.scale() < 0 ? s.setScale(0) : s, LocaleContextHolder.getLocale());
    }
}
