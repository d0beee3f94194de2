package org.localis.payment;

import java.math.BigInteger;

/**
 * An independent MOD 97-10 implementation for tests: expands letters to their two-digit values (A=10 ... Z=35)
 * into one big decimal number and takes it modulo 97 with {@link BigInteger}, with no shared code.
 */
final class Oracle {

    private Oracle() {
    }

    static int mod97(String upperAlnum) {
        StringBuilder digits = new StringBuilder();
        for (char c : upperAlnum.toCharArray()) {
            if (Character.isDigit(c)) {
                digits.append(c);
            } else {
                digits.append(Character.getNumericValue(c)); // 'A' -> 10 ... 'Z' -> 35
            }
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
    }

    /** Remainder of an RF reference or IBAN after moving its first four characters to the end. */
    static int rotatedMod97(String s) {
        return mod97(s.substring(4) + s.substring(0, 4));
    }
}
