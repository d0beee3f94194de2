package org.localis.payment;

import java.util.List;

/** The checks every free-text field of a payment payload passes: presence, length in code points, no control characters, well-formed Unicode. */
final class FieldText {

    private FieldText() {
    }

    /**
     * Adds to {@code problems} what is wrong with a text field: missing (when required), blank, longer than
     * {@code max} code points, holding control characters (line breaks included) or unpaired surrogates.
     */
    static void check(String value, String key, int max, boolean required, List<String> problems) {
        if (value == null) {
            if (required) {
                problems.add(key + ": is required");
            }
            return;
        }
        if (value.isBlank()) {
            problems.add(key + ": must not be blank" + (required ? "" : " (leave it out instead)"));
        }
        int len = value.codePointCount(0, value.length());
        if (len > max) {
            problems.add(key + ": at most " + max + " characters, got " + len);
        }
        if (value.codePoints().anyMatch(Character::isISOControl)) {
            problems.add(key + ": must not contain control characters or line breaks");
        }
        if (hasLoneSurrogate(value)) {
            problems.add(key + ": is not valid Unicode text (unpaired surrogate)");
        }
    }

    /** Whether {@code s} holds a surrogate char that is not part of a well-formed pair (would not survive UTF-8). */
    static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
