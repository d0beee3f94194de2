package org.localis.input;

import java.util.List;

/**
 * Thrown when an input cannot be used. Always carries every problem found, not only the first,
 * so that a user can fix a file in one go.
 */
public class InvalidInputException extends RuntimeException {

    private final List<InputError> errors;

    public InvalidInputException(List<InputError> errors) {
        super(summary(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInputException needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(InputError error) {
        this(List.of(error));
    }

    public List<InputError> errors() {
        return errors;
    }

    private static String summary(List<InputError> errors) {
        if (errors.isEmpty()) {
            return "invalid input";
        }
        String first = errors.get(0).toString();
        return errors.size() == 1 ? first : first + " (and " + (errors.size() - 1) + " more)";
    }
}
