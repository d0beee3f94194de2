package org.localis.app.api;

/** A resource that does not exist (or that the caller may not know exists). */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
