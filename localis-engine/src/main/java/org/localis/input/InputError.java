package org.localis.input;

/**
 * One problem found in a user-supplied input: the file it is in, the 1-based line (0 when the
 * problem is about the file as a whole), the field (column or key) and a message a person can act on.
 * Rendered as {@code file:line: field: message}, the format every adapter shows.
 */
public record InputError(String file, int line, String field, String message) implements java.io.Serializable {

    public InputError {
        file = file == null || file.isBlank() ? "<input>" : file;
        field = field == null ? "" : field;
        message = message == null ? "" : message;
    }

    public static InputError of(String file, int line, String field, String message) {
        return new InputError(file, line, field, message);
    }

    /** A problem with the file as a whole (no line). */
    public static InputError ofFile(String file, String message) {
        return new InputError(file, 0, "", message);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
        }
        sb.append(": ");
        if (!field.isEmpty()) {
            sb.append(field).append(": ");
        }
        return sb.append(message).toString();
    }
}
