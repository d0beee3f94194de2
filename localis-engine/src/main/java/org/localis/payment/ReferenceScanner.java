package org.localis.payment;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds Localis RF references (fixed body length) in free text such as a bank statement's payment purpose.
 *
 * <p>A candidate is {@code RF} in any case, then exactly two digits and {@code bodyLength} characters
 * {@code A-Z a-z 0-9}. A single separator (space, no-break space, {@code - . / _}) may stand between any two of
 * these characters after {@code RF}, never two in a row. Word boundaries keep a longer token from being cut: the
 * character before {@code RF} and the character right after the last consumed alphanumeric must not be a letter
 * or digit (of any script). Every candidate is reported, in order of appearance and including repeats, with
 * whether its check digits hold; a candidate with bad check digits is still reported so that the caller can show
 * it as "possible typo" rather than silently ignore it.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ReferenceScanner {

    private final int bodyLength;

    /**
     * @param bodyLength the fixed body length Localis issues, 1..21
     * @throws IllegalArgumentException if out of range
     */
    public ReferenceScanner(int bodyLength) {
        if (bodyLength < 1 || bodyLength > CreditorReference.MAX_BODY_LENGTH) {
            throw new IllegalArgumentException("body length must be 1.." + CreditorReference.MAX_BODY_LENGTH);
        }
        this.bodyLength = bodyLength;
    }

    /** The body length this scanner looks for. */
    public int bodyLength() {
        return bodyLength;
    }

    /**
     * Every candidate reference in {@code freeText}, in order of appearance.
     *
     * @param freeText any text; null is treated as empty
     */
    public List<ReferenceMatch> scan(String freeText) {
        List<ReferenceMatch> out = new ArrayList<>();
        if (freeText == null) {
            return out;
        }
        for (int i = 0; i + 1 < freeText.length(); i++) {
            if (CreditorReference.asciiUpper(freeText.charAt(i)) == 'R'
                    && CreditorReference.asciiUpper(freeText.charAt(i + 1)) == 'F'
                    && (i == 0 || !Character.isLetterOrDigit(freeText.codePointBefore(i)))) {
                String candidate = candidateAt(freeText, i + 2);
                if (candidate != null) {
                    out.add(new ReferenceMatch(candidate, CreditorReference.isValid(candidate)));
                }
            }
        }
        return out;
    }

    /** The normalized candidate whose check digits start at {@code pos} (just after "RF"), or null. */
    private String candidateAt(String text, int pos) {
        int need = 2 + bodyLength;
        StringBuilder b = new StringBuilder(2 + need).append("RF");
        int p = pos;
        for (int k = 0; k < need; k++) {
            if (p < text.length() && CreditorReference.isSeparator(text.charAt(p))) {
                p++;
            }
            if (p >= text.length()) {
                return null;
            }
            char c = CreditorReference.asciiUpper(text.charAt(p));
            boolean ok = k < 2 ? c >= '0' && c <= '9' : Mod97.isUpperAlnum(c);
            if (!ok) {
                return null;
            }
            b.append(c);
            p++;
        }
        if (p < text.length() && Character.isLetterOrDigit(text.codePointAt(p))) {
            return null;
        }
        return b.toString();
    }
}
