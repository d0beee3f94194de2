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

    /** A request record over a declared limit ({@link Limits}): 400 naming every field and its limit. */
    @ExceptionHandler(org.springframework.validation.BindException.class)
    public ResponseEntity<ProblemDetail> overLimit(org.springframework.validation.BindException e) {
        List<InputError> errors = FormLimitsAdvice.problems(e).stream()
                .map(p -> InputError.of("request", 0, p.field(), p.text())).toList();
        return problem(HttpStatus.BAD_REQUEST, "Invalid input",
                errors.size() == 1 ? errors.get(0).toString() : errors.size() + " problems in the input", errors);
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
        if (e.getCause() instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()) {
            // well-formed JSON with a value of the wrong type (1.5 tires), an unknown field, ...: name the field
            String field = m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(java.util.stream.Collectors.joining("."));
            String why = m instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException
                    ? "is not a field of this request"
                    : m instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException f && f.getValue() != null
                    ? "'" + f.getValue() + "' is not a valid " + simpleType(f.getTargetType())
                    : "has the wrong type";
            InputError err = InputError.of("request body", m.getLocation() == null ? 0 : m.getLocation().getLineNr(), field, why);
            return problem(HttpStatus.BAD_REQUEST, "Invalid input", err.toString(), List.of(err));
        }
        String why = e.getCause() instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null
                ? "not valid JSON at line " + j.getLocation().getLineNr() + ", column " + j.getLocation().getColumnNr()
                : "missing or not valid JSON";
        InputError err = InputError.of("request body", 0, "", why);
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", err.toString(), List.of(err));
    }

    private static String simpleType(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return type.getSimpleName();
    }

    /** A body the endpoint does not read (text/plain instead of JSON): 415, never 500. */
    @ExceptionHandler(org.springframework.web.HttpMediaTypeNotSupportedException.class)
    public ResponseEntity<ProblemDetail> unsupportedType(org.springframework.web.HttpMediaTypeNotSupportedException e) {
        String accepted = e.getSupportedMediaTypes().isEmpty() ? "application/json"
                : e.getSupportedMediaTypes().stream().map(MediaType::toString).collect(java.util.stream.Collectors.joining(", "));
        InputError err = InputError.of("request", 0, "Content-Type", "'" + e.getContentType() + "' is not accepted here; send "
                + accepted);
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", err.toString(), List.of(err));
    }

    /** The client accepts nothing the endpoint can write: 406 (with no body, since none would be acceptable). */
    @ExceptionHandler(org.springframework.web.HttpMediaTypeNotAcceptableException.class)
    public ResponseEntity<Void> notAcceptable(org.springframework.web.HttpMediaTypeNotAcceptableException e) {
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).build();
    }

    @ExceptionHandler(org.springframework.web.HttpRequestMethodNotSupportedException.class)
    public ResponseEntity<ProblemDetail> method(org.springframework.web.HttpRequestMethodNotSupportedException e) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed", e.getMethod() + " is not allowed here", List.of());
    }

    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    public ResponseEntity<ProblemDetail> tooLarge(org.springframework.web.multipart.MaxUploadSizeExceededException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Too large", "the upload is larger than the server accepts", List.of());
    }

    @ExceptionHandler(NotFoundException.class)
    public ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), List.of());
    }

    @ExceptionHandler(org.localis.app.shared.BusyException.class)
    public ResponseEntity<ProblemDetail> busy(org.localis.app.shared.BusyException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", BUSY_RETRY_AFTER)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(busyProblem(e));
    }

    /** The Retry-After (seconds) of a 503 for a {@link BusyException}. */
    public static final String BUSY_RETRY_AFTER = "1";

    /** The problem of a 503 for a {@link BusyException} (also written by endpoints served before Spring MVC). */
    public static ProblemDetail busyProblem(org.localis.app.shared.BusyException e) {
        return problemDetail(HttpStatus.SERVICE_UNAVAILABLE, "Busy", e.getMessage() + "; try again", List.of());
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> unexpected(Exception e) {
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(unexpectedProblem(e));
    }

    /** Logs an unexpected failure; the 500 problem tells the client nothing internal (also for endpoints before Spring MVC). */
    public static ProblemDetail unexpectedProblem(Exception e) {
        log.error("unexpected failure in the API", e);
        return problemDetail(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
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
