package org.localis.app.shared;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.view.json.MappingJackson2JsonView;

/**
 * Failures that happen before a controller is chosen (so {@link ApiExceptionHandler} does not see them).
 *
 * <p>An upload over the multipart limits fails while the request is parsed; Spring's default answer is an
 * empty 413, and the error page cannot be rendered either (the error dispatch parses the multipart body
 * again and fails again). Here it becomes a problem document for {@code /api/**} and the error page with
 * the limits for pages. For {@code /api/**} an unknown path, a wrong method or a wrong content type are
 * problem documents too; for pages those fall through to the error page.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RequestErrorHandler {

    private final ObjectMapper json;
    private final ObjectProvider<MultipartProperties> multipart;

    public RequestErrorHandler(ObjectMapper json, ObjectProvider<MultipartProperties> multipart) {
        this.json = json;
        this.multipart = multipart;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    public ModelAndView tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        MultipartProperties limits = multipart.getIfAvailable(MultipartProperties::new);
        String perFile = megabytes(limits.getMaxFileSize());
        String perRequest = megabytes(limits.getMaxRequestSize());
        if (isApi(request)) {
            return problem(request, HttpStatus.PAYLOAD_TOO_LARGE, "Upload too large", "the upload is larger than the server accepts: at most "
                    + perFile + " per file and " + perRequest + " per request");
        }
        ModelAndView page = new ModelAndView("error", HttpStatus.PAYLOAD_TOO_LARGE);
        page.addObject("status", HttpStatus.PAYLOAD_TOO_LARGE.value());
        page.addObject("error", HttpStatus.PAYLOAD_TOO_LARGE.getReasonPhrase());
        page.addObject("maxFileSize", perFile);
        page.addObject("maxRequestSize", perRequest);
        return page;
    }

    @ExceptionHandler({NoResourceFoundException.class, HttpRequestMethodNotSupportedException.class,
            HttpMediaTypeNotSupportedException.class, HttpMediaTypeNotAcceptableException.class})
    public ModelAndView beforeController(Exception e, HttpServletRequest request) throws Exception {
        if (!isApi(request)) {
            // rethrowing the same exception lets Spring continue with its default handling: the error page
            throw e;
        }
        if (e instanceof NoResourceFoundException) {
            return problem(request, HttpStatus.NOT_FOUND, "Not found", "no such API resource: " + request.getRequestURI());
        }
        if (e instanceof HttpRequestMethodNotSupportedException m) {
            return problem(request, HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed",
                    m.getMethod() + " is not supported here" + (m.getSupportedMethods() == null ? ""
                            : "; use " + String.join(" or ", m.getSupportedMethods())));
        }
        if (e instanceof HttpMediaTypeNotSupportedException m) {
            return problem(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                    "content type " + m.getContentType() + " is not accepted here; use " + m.getSupportedMediaTypes());
        }
        return problem(request, HttpStatus.NOT_ACCEPTABLE, "Not acceptable", "this resource answers with application/json");
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    private ModelAndView problem(HttpServletRequest request, HttpStatus status, String title, String detail) {
        ProblemDetail p = ApiExceptionHandler.problemDetail(status, title, detail, List.of());
        try {
            p.setInstance(URI.create(request.getRequestURI()));
        } catch (IllegalArgumentException notAUri) {
            // leave the instance out rather than fail while reporting a failure
        }
        MappingJackson2JsonView view = new MappingJackson2JsonView(json);
        view.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        view.setExtractValueFromSingleKeyModel(true);
        ModelAndView mv = new ModelAndView(view, Map.of("problem", p));
        mv.setStatus(status);
        return mv;
    }

    static String megabytes(DataSize size) {
        if (size == null || size.isNegative()) {
            return "-";
        }
        long bytes = size.toBytes();
        if (bytes >= 1024 * 1024) {
            return (bytes % (1024 * 1024) == 0 ? String.valueOf(size.toMegabytes())
                    : String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024))) + " MB";
        }
        return bytes >= 1024 ? size.toKilobytes() + " KB" : bytes + " B";
    }
}
