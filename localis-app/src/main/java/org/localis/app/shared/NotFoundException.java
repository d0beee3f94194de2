package org.localis.app.shared;

/** A resource that does not exist (or that the caller may not know exists): 404 on pages and in the API. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
