package org.localis.app.shared;

/** A form field and what is wrong with it (a message key, or a literal message from a standard). */
public record FieldProblem(String field, String message) implements java.io.Serializable {
}
