package org.localis.bankdetails;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An IBAN (ISO 13616) and a SWIFT BIC (ISO 9362), as a SEPA payment (and an EPC069-12 QR code) needs them.
 *
 * <p><b>IBAN</b>: spaces are allowed and removed, letters are upper-cased; then 2 letters (an ISO 3166
 * country), 2 check digits, up to 30 letters or digits; the length fixed for the country when it is one of
 * {@link #IBAN_LENGTHS}; and the ISO 7064 MOD 97-10 check (the IBAN moved 4 characters left, letters as
 * 10…35) gives 1.
 *
 * <p><b>BIC</b>: 8 or 11 characters: 4 letters (institution), 2 letters (an ISO 3166 country), 2 letters or
 * digits (location), and optionally 3 letters or digits (branch).
 *
 * @param iban the IBAN
 * @param bic  the BIC, or null/blank when the payment does not need one (within SEPA)
 */
public record InternationalBankDetails(String iban, String bic) {

    /** IBAN lengths of the SEPA countries and a few others (SWIFT IBAN registry). */
    public static final Map<String, Integer> IBAN_LENGTHS = Map.ofEntries(
            Map.entry("AD", 24), Map.entry("AT", 20), Map.entry("BE", 16), Map.entry("BG", 22), Map.entry("CH", 21),
            Map.entry("CY", 28), Map.entry("CZ", 24), Map.entry("DE", 22), Map.entry("DK", 18), Map.entry("EE", 20),
            Map.entry("ES", 24), Map.entry("FI", 18), Map.entry("FR", 27), Map.entry("GB", 22), Map.entry("GI", 23),
            Map.entry("GR", 27), Map.entry("HR", 21), Map.entry("HU", 28), Map.entry("IE", 22), Map.entry("IS", 26),
            Map.entry("IT", 27), Map.entry("LI", 21), Map.entry("LT", 20), Map.entry("LU", 20), Map.entry("LV", 21),
            Map.entry("MC", 27), Map.entry("MT", 31), Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("PL", 28),
            Map.entry("PT", 25), Map.entry("RO", 24), Map.entry("SE", 24), Map.entry("SI", 19), Map.entry("SK", 24),
            Map.entry("SM", 27), Map.entry("VA", 22));

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** Every problem, in field order; empty when both are right. */
    public List<FieldError> validate() {
        List<FieldError> out = new ArrayList<>();
        checkIban(iban).ifPresent(out::add);
        if (bic != null && !bic.isBlank()) {
            checkBic(bic).ifPresent(out::add);
        }
        return out;
    }

    /** The IBAN without spaces, upper-cased (null stays null). */
    public static String compact(String iban) {
        return iban == null ? null : iban.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    public static Optional<FieldError> checkIban(String iban) {
        if (iban == null || iban.isBlank()) {
            return Optional.of(new FieldError("iban", "REQUIRED", "the IBAN is required"));
        }
        String s = compact(iban);
        if (!s.matches("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}")) {
            return Optional.of(new FieldError("iban", "FORMAT", "'" + iban + "' is not an IBAN: 2 letters, 2 check digits"
                    + " and 11 to 30 letters or digits"));
        }
        String country = s.substring(0, 2);
        if (!COUNTRIES.contains(country)) {
            return Optional.of(new FieldError("iban", "COUNTRY", "'" + iban + "' does not start with a country code"));
        }
        Integer length = IBAN_LENGTHS.get(country);
        if (length != null && s.length() != length) {
            return Optional.of(new FieldError("iban", "LENGTH", "an IBAN of " + country + " has " + length
                    + " characters, '" + iban + "' has " + s.length()));
        }
        if (mod97(s.substring(4) + s.substring(0, 4)) != 1) {
            return Optional.of(new FieldError("iban", "CHECKSUM", "the IBAN " + s + " has wrong check digits: a character"
                    + " is mistyped"));
        }
        return Optional.empty();
    }

    public static Optional<FieldError> checkBic(String bic) {
        if (bic == null || bic.isBlank()) {
            return Optional.of(new FieldError("bic", "REQUIRED", "the BIC (SWIFT code) is required"));
        }
        String s = bic.strip();
        if (!s.matches("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?")) {
            return Optional.of(new FieldError("bic", "FORMAT", "'" + bic + "' is not a BIC (SWIFT code): 4 letters, 2-letter"
                    + " country, 2 letters or digits, optionally 3 more (8 or 11 characters, capitals)"));
        }
        if (!COUNTRIES.contains(s.substring(4, 6))) {
            return Optional.of(new FieldError("bic", "COUNTRY", "'" + bic + "' has no country code at characters 5-6"));
        }
        return Optional.empty();
    }

    /** ISO 7064 MOD 97-10 of digits and capital letters (A = 10 … Z = 35). */
    static int mod97(String s) {
        int r = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            r = c <= '9' ? (r * 10 + (c - '0')) % 97 : (r * 100 + (c - 'A' + 10)) % 97;
        }
        return r;
    }
}
