package org.localis.app.shared;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.localis.input.InputError;
import org.localis.input.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Errors of the REST API as RFC 7807 problem documents: input problems list every error with file,
 * line and field; nothing internal (no stack trace, no class name) reaches the client. Failures before a
 * controller is chosen (oversize uploads, unknown paths) are {@link RequestErrorHandler}'s.
 */
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(InvalidInputException.class)
    public ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid input",
                e.errors().size() == 1 ? e.errors().get(0).toString() : e.errors().size() + " problems in the input",
                e.errors());
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class})
    public ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
        InputError err = InputError.of("request", 0, e.getName(), "'" + e.getValue() + "' is not a valid value");
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", err.toString(), List.of(err));
    }

    @ExceptionHandler({MissingServletRequestParameterException.class})
    public ResponseEntity<ProblemDetail> missingParam(MissingServletRequestParameterException e) {
        InputError err = InputError.of("request", 0, e.getParameterName(), "is required");
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", err.toString(), List.of(err));
    }

    @ExceptionHandler({MissingServletRequestPartException.class})
    public ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException e) {
        InputError err = InputError.of("request", 0, e.getRequestPartName(), "is required");
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", err.toString(), List.of(err));
    }

    @ExceptionHandler({org.springframework.http.converter.HttpMessageNotReadableException.class})
    public ResponseEntity<ProblemDetail> unreadable(org.springframework.http.converter.HttpMessageNotReadableException e) {
        String why = e.getCause() instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null
                ? "not valid JSON at line " + j.getLocation().getLineNr() + ", column " + j.getLocation().getColumnNr()
                : "missing or not valid JSON";
        InputError err = InputError.of("request body", 0, "", why);
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", err.toString(), List.of(err));
    }

    @ExceptionHandler(NotFoundException.class)
    public ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), List.of());
    }

    @ExceptionHandler(org.localis.app.shared.BusyException.class)
    public ResponseEntity<ProblemDetail> busy(org.localis.app.shared.BusyException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "1")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problemDetail(HttpStatus.SERVICE_UNAVAILABLE, "Busy", e.getMessage() + "; try again", List.of()));
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("unexpected failure in the API", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "something went wrong on our side; the problem was logged", List.of());
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail, List<InputError> errors) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problemDetail(status, title, detail, errors));
    }

    /** An RFC 7807 problem; {@code errors} lists every input error as file, line, field, message and text. */
    static ProblemDetail problemDetail(HttpStatus status, String title, String detail, List<InputError> errors) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        p.setType(URI.create("about:blank"));
        if (!errors.isEmpty()) {
            p.setProperty("errors", errors.stream().map(e -> Map.of(
                    "file", e.file(), "line", e.line(), "field", e.field(), "message", e.message(), "text", e.toString()))
                    .toList());
        }
        return p;
    }
}
