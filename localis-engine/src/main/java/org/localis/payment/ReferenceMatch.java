package org.localis.payment;

/**
 * One RF reference found by {@link ReferenceScanner} in free text.
 *
 * @param normalized       the reference without separators, upper case ({@code RF} + 2 digits + body)
 * @param checkDigitValid  whether the MOD 97-10 check holds; a match with {@code false} is a typo or a foreign
 *                         reference and must never be matched automatically
 */
public record ReferenceMatch(String normalized, boolean checkDigitValid) {
}
