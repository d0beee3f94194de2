package org.localis.payment;

/**
 * ISO 7064 MOD 97-10 over an alphanumeric string, with letters expanded to two digits (A=10 ... Z=35), as used
 * by ISO 11649 creditor references and ISO 13616 IBANs. Package-private: callers use
 * {@link CreditorReference} and {@link EpcPaymentPayload}.
 */
final class Mod97 {

    private Mod97() {
    }

    /** Whether {@code c} is {@code 0-9} or {@code A-Z} (ASCII only; lower case is not accepted here). */
    static boolean isUpperAlnum(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    }

    /**
     * The remainder modulo 97 of the decimal number spelled by {@code s} after letter expansion.
     *
     * @throws IllegalArgumentException if {@code s} holds anything but {@code 0-9} and {@code A-Z}
     */
    static int remainder(CharSequence s) {
        int r = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                r = (r * 10 + (c - '0')) % 97;
            } else if (c >= 'A' && c <= 'Z') {
                r = (r * 100 + (c - 'A' + 10)) % 97;
            } else {
                throw new IllegalArgumentException("not 0-9 or A-Z: '" + c + "'");
            }
        }
        return r;
    }
}
