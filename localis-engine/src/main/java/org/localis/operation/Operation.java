package org.localis.operation;

/**
 * A technological operation (or a component made in the country) declared for a product.
 *
 * @param line     1-based line in the operations file (0 when not from a file)
 * @param code     operation or component code of the scheme, e.g. {@code body-welding}
 * @param performed whether it is performed in the country
 * @param evidence reference to a supporting document, or empty
 */
public record Operation(int line, String code, boolean performed, String evidence) {
    public Operation {
        evidence = evidence == null ? "" : evidence;
    }
}
