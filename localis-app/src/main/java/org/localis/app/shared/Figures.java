package org.localis.app.shared;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** A figure of an engine's reason in the reader's number format: exact, all its digits, no trailing zeros. */
public final class Figures {

    private Figures() {
    }

    public static String number(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        BigDecimal v = value.stripTrailingZeros();
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(Math.max(0, v.scale()));
        return f.format(v);
    }
}
