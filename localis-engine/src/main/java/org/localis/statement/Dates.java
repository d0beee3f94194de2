package org.localis.statement;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.localis.input.ErrorCollector;

/** The date forms the statement formats use, checked strictly (no 30 February). */
final class Dates {

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(Z|[+-]\\d{2}:\\d{2})?");
    private static final Pattern ISO_DATE_TIME = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})?");
    private static final Pattern RU_DATE = Pattern.compile("(\\d{2})\\.(\\d{2})\\.(\\d{4})");

    private Dates() {
    }

    /** An ISO 20022 {@code ISODate} ({@code 2014-12-31}, a zone suffix tolerated), or null with an error. */
    static LocalDate isoDate(String text, ErrorCollector errors, int line, String field) {
        Matcher m = text == null ? null : ISO_DATE.matcher(text);
        LocalDate d = m != null && m.matches() ? date(m.group(1), m.group(2), m.group(3)) : null;
        if (d == null) {
            errors.add(line, field, describe(text) + " is not a date in the form YYYY-MM-DD");
        }
        return d;
    }

    /**
     * The calendar date of an ISO 20022 {@code ISODateTime} as written
     * ({@code 2014-12-31T13:15:00+01:00} → 2014-12-31; no conversion to another zone), or null with an
     * error.
     */
    static LocalDate isoDateTimeDate(String text, ErrorCollector errors, int line, String field) {
        Matcher m = text == null ? null : ISO_DATE_TIME.matcher(text);
        LocalDate d = null;
        if (m != null && m.matches()) {
            d = date(m.group(1), m.group(2), m.group(3));
            if (d != null && !validTime(m.group(4), m.group(5), m.group(6))) {
                d = null;
            }
        }
        if (d == null) {
            errors.add(line, field, describe(text) + " is not a date and time in the form YYYY-MM-DDThh:mm:ss");
        }
        return d;
    }

    /** A 1C date {@code dd.MM.yyyy}, or null with an error. */
    static LocalDate russian(String text, ErrorCollector errors, int line, String field) {
        Matcher m = RU_DATE.matcher(text);
        LocalDate d = m.matches() ? date(m.group(3), m.group(2), m.group(1)) : null;
        if (d == null) {
            errors.add(line, field, describe(text) + " is not a date in the form ДД.ММ.ГГГГ (dd.MM.yyyy)");
        }
        return d;
    }

    private static String describe(String text) {
        return text == null || text.isEmpty() ? "an empty value" : "'" + text + "'";
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean validTime(String h, String m, String s) {
        try {
            int sec = Integer.parseInt(s);
            LocalTime.of(Integer.parseInt(h), Integer.parseInt(m), sec == 60 ? 59 : sec);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
