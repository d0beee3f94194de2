package org.localis.app.shared;

/** The server cannot take the request now (a queue is full, or it is stopping): answered 503 with Retry-After. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE)
public class BusyException extends RuntimeException {

    public BusyException(String message) {
        super(message);
    }
}
