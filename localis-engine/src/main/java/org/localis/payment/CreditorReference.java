package org.localis.payment;

/**
 * ISO 11649 structured creditor references ("RF references"): {@code RF}, two check digits and a body of 1 to
 * 21 characters {@code A-Z 0-9}, checked with ISO 7064 MOD 97-10.
 *
 * <p>A reference is valid when the string rotated so that {@code RF} and the check digits come after the body,
 * with letters expanded to two digits (A=10 ... Z=35), leaves remainder 1 modulo 97. Check digits range over
 * {@code 02}..{@code 98}; {@code 00}, {@code 01} and {@code 99} never come out of {@link #create} and are rejected
 * by {@link #isValid} (each is congruent to a legal value modulo 97, so accepting them would give one body two
 * spellings).
 *
 * <p>What the check digits catch: every single substitution of a digit by a digit or of a letter by a letter,
 * and every swap of two adjacent body characters except a letter and a digit whose two-digit expansion reads
 * the same both ways ({@code B1}/{@code 1B}, {@code M2}/{@code 2M}, {@code X3}/{@code 3X}, because B=11, M=22,
 * X=33). A letter typed for a digit (or the reverse) changes the length of the expanded number and is caught
 * only with probability about 96/97 (for example {@code RF..1A} and {@code RF..13} share check digits). Localis
 * bodies are therefore best made of digits only, or of letters in fixed positions.
 *
 * <p>All methods are static; the class holds no state.
 */
public final class CreditorReference {

    /** Longest body allowed by ISO 11649. */
    public static final int MAX_BODY_LENGTH = 21;

    private CreditorReference() {
    }

    /**
     * A new reference for {@code body}.
     *
     * @param body 1 to 21 characters {@code A-Z a-z 0-9} (lower case is upper-cased; nothing else is accepted,
     *             not even separators)
     * @return {@code RF}, two check digits and the upper-cased body, without spaces
     * @throws IllegalArgumentException if {@code body} is null, empty, longer than 21 characters or holds any
     *                                  other character
     */
    public static String create(String body) {
        if (body == null || body.isEmpty() || body.length() > MAX_BODY_LENGTH) {
            throw new IllegalArgumentException("creditor reference body must have 1 to " + MAX_BODY_LENGTH
                    + " characters A-Z 0-9, got " + (body == null ? "null" : body.length() + " characters"));
        }
        StringBuilder upper = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = asciiUpper(body.charAt(i));
            if (!Mod97.isUpperAlnum(c)) {
                throw new IllegalArgumentException(
                        "creditor reference body may hold only A-Z and 0-9, found '" + body.charAt(i) + "' at " + (i + 1));
            }
            upper.append(c);
        }
        int check = 98 - Mod97.remainder(upper + "RF00");
        return "RF" + (char) ('0' + check / 10) + (char) ('0' + check % 10) + upper;
    }

    /**
     * Whether {@code reference} is a valid RF reference once {@link #normalize normalized} (so any case and
     * embedded spaces, hyphens, dots, slashes and underscores are accepted). Null gives false.
     */
    public static boolean isValid(String reference) {
        if (reference == null) {
            return false;
        }
        String n = normalize(reference);
        if (n.length() < 5 || n.length() > 4 + MAX_BODY_LENGTH || !n.startsWith("RF")) {
            return false;
        }
        char c1 = n.charAt(2);
        char c2 = n.charAt(3);
        if (!isDigit(c1) || !isDigit(c2)) {
            return false;
        }
        int check = (c1 - '0') * 10 + (c2 - '0');
        if (check < 2 || check > 98) {
            return false;
        }
        for (int i = 4; i < n.length(); i++) {
            if (!Mod97.isUpperAlnum(n.charAt(i))) {
                return false;
            }
        }
        return Mod97.remainder(n.substring(4) + n.substring(0, 4)) == 1;
    }

    /**
     * {@code s} without the separators people and banks put into references (space, no-break space, tab,
     * {@code - . / _}) and with ASCII letters upper-cased. Other characters are kept as they are (non-ASCII
     * letters are not folded, so {@code "rfı"} does not become a valid-looking {@code "RFI"}).
     *
     * @throws NullPointerException if {@code s} is null
     */
    public static String normalize(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isSeparator(c) && c != '\t') {
                b.append(asciiUpper(c));
            }
        }
        return b.toString();
    }

    /**
     * The reference as printed on paper: normalized, in groups of four separated by single spaces, e.g.
     * {@code RF18 5390 0754 7034}.
     *
     * @throws IllegalArgumentException if the reference is not {@link #isValid valid} (a reference with a bad
     *                                  check digit should never be printed for a donor)
     */
    public static String printed(String reference) {
        if (!isValid(reference)) {
            throw new IllegalArgumentException("not a valid RF creditor reference: " + reference);
        }
        String n = normalize(reference);
        StringBuilder b = new StringBuilder(n.length() + n.length() / 4);
        for (int i = 0; i < n.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                b.append(' ');
            }
            b.append(n.charAt(i));
        }
        return b.toString();
    }

    /** Space, no-break space, {@code -}, {@code .}, {@code /}, {@code _}: the separators a reference may carry. */
    static boolean isSeparator(char c) {
        return c == ' ' || c == '\u00A0' || c == '-' || c == '.' || c == '/' || c == '_';
    }

    static char asciiUpper(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
