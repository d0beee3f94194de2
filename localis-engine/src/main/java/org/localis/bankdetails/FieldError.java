package org.localis.bankdetails;

import java.util.Objects;

/**
 * One problem with one field of a set of bank details.
 *
 * @param field   the field's name as the details record spells it ({@code account}, {@code bic},
 *                {@code correspondentAccount}, {@code inn}, {@code kpp}, {@code iban})
 * @param code    a stable code for the kind of problem, for translation: {@code REQUIRED}, {@code FORMAT},
 *                {@code CONTROL_KEY}, {@code CHECKSUM}, {@code MISMATCH}, {@code COUNTRY}, {@code LENGTH}
 * @param message the problem in English, naming the field and the value
 */
public record FieldError(String field, String code, String message) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
