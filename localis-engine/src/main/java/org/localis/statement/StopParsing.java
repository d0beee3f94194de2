package org.localis.statement;

/**
 * Thrown inside a reader to stop at a problem that makes the rest of the file unreadable; the problem
 * is already recorded in the reader's {@link org.localis.input.ErrorCollector}. Never leaves a reader.
 */
final class StopParsing extends RuntimeException {

    private static final long serialVersionUID = 1L;

    StopParsing() {
        super(null, null, false, false);
    }
}
