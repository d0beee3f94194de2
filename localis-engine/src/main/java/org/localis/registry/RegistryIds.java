package org.localis.registry;

import java.util.Optional;

import org.localis.bankdetails.RussianBankDetails;

/**
 * Checks of the identifiers a registry record carries. Each check returns what is wrong, in words a person can
 * act on, or empty when the value is right.
 *
 * <ul>
 * <li><b>INN</b> (ИНН): 10 digits for an organisation, 12 for a person or sole proprietor, with check digits
 *     ({@link RussianBankDetails#innValid}).</li>
 * <li><b>OGRN</b> (ОГРН): 13 digits; the last is the number of the first 12 modulo 11, modulo 10. <b>OGRNIP</b>
 *     (a sole proprietor's): 15 digits; the last is the number of the first 14 modulo 13, modulo 10.</li>
 * <li><b>KPP</b> (КПП): 4 digits, 2 digits or capital Latin letters, 3 digits.</li>
 * <li><b>OKPD2</b> (ОК 034-2014): a class of 2 digits, then up to three groups separated by dots: a subclass of
 *     1 digit ({@code 29.1}), a group of 2 ({@code 29.10}), a subgroup of 1 and a kind of 1 ({@code 29.10.5},
 *     {@code 29.10.59}), a category of 1 to 3 digits ({@code 29.10.59.160}).</li>
 * <li><b>TN VED EAEU</b> (ТН ВЭД ЕАЭС): 10 digits, often printed in groups ({@code 8413 70 300 0}); headings of 4,
 *     6 or 8 digits are accepted where a whole heading is meant. Spaces and dots are not part of the code.</li>
 * </ul>
 */
public final class RegistryIds {

    private RegistryIds() {
    }

    public static Optional<String> innProblem(String inn) {
        return RussianBankDetails.checkInn(inn).map(e -> e.message());
    }

    public static boolean ogrnValid(String ogrn) {
        if (ogrn == null || !ogrn.matches("\\d{13}|\\d{15}")) {
            return false;
        }
        long body = Long.parseLong(ogrn.substring(0, ogrn.length() - 1));
        int modulus = ogrn.length() == 13 ? 11 : 13;
        return body % modulus % 10 == ogrn.charAt(ogrn.length() - 1) - '0';
    }

    public static Optional<String> ogrnProblem(String ogrn) {
        if (ogrn == null || ogrn.isBlank()) {
            return Optional.of("the OGRN (ОГРН) is required");
        }
        String s = ogrn.strip();
        if (!s.matches("\\d{13}|\\d{15}")) {
            return Optional.of("'" + ogrn + "' is not an OGRN (ОГРН): 13 digits for an organisation, 15 for a sole proprietor");
        }
        return ogrnValid(s) ? Optional.empty()
                : Optional.of("the OGRN " + s + " has a wrong check digit: a digit is mistyped");
    }

    public static Optional<String> kppProblem(String kpp) {
        return RussianBankDetails.checkKpp(kpp).map(e -> e.message());
    }

    public static boolean okpd2Valid(String code) {
        return code != null && code.matches("\\d{2}(\\.\\d{1,2}(\\.\\d{1,2}(\\.\\d{1,3})?)?)?");
    }

    public static Optional<String> okpd2Problem(String code) {
        return okpd2Valid(code) ? Optional.empty() : Optional.of("'" + code + "' is not an OKPD2 code (ОКПД2): two digits,"
                + " then groups separated by dots, e.g. 29.10.59.160");
    }

    /** A TN VED code without its spaces and dots ("8413 70 300 0" is "8413703000"). */
    public static String tnvedDigits(String code) {
        return code == null ? null : code.replace(" ", "").replace("\u00a0", "").replace(".", "");
    }

    public static boolean tnvedValid(String code) {
        String d = tnvedDigits(code);
        return d != null && d.matches("\\d{4}|\\d{6}|\\d{8}|\\d{10}");
    }

    public static Optional<String> tnvedProblem(String code) {
        return tnvedValid(code) ? Optional.empty() : Optional.of("'" + code + "' is not a TN VED EAEU code (ТН ВЭД ЕАЭС):"
                + " 10 digits (or a heading of 4, 6 or 8), spaces allowed, e.g. 8703 23 198 7");
    }

    /** The code printed as the customs tariff prints it: 4 + 2 + 3 + 1 digits ("8413 70 300 0"). */
    public static String tnvedPrinted(String code) {
        String d = tnvedDigits(code);
        if (d == null || d.length() != 10) {
            return d;
        }
        return d.substring(0, 4) + " " + d.substring(4, 6) + " " + d.substring(6, 9) + " " + d.substring(9);
    }
}
