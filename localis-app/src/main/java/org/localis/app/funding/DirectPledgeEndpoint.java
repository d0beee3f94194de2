package org.localis.app.funding;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.localis.app.drive.Drive;
import org.localis.app.drive.DriveRepository;
import org.localis.app.drive.DriveStatus;
import org.localis.app.drive.PledgeService;
import org.localis.app.drive.PledgeService.PledgeForm;
import org.localis.app.funding.DriveApiController.PledgeRequest;
import org.localis.app.shared.ApiExceptionHandler;
import org.localis.app.shared.BusyException;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * {@code POST /api/drives/{slug}/pledges} served before Spring MVC, for the plain accepted pledge: the public
 * pledge is the hottest write, and Spring MVC's handler lookup, content negotiation, data binding and
 * validation cost more CPU than the pledge itself. A filter behind Spring Security and the per-address rate
 * limit (so both apply as before) reads a small JSON body with the streaming {@link PledgeRequestReader},
 * calls the same {@link PledgeService} and writes the same 201 answer as {@link DriveApiController} with the
 * application's {@link ObjectMapper}.
 *
 * <p>Everything else is left to the controller, unchanged: the body is replayed to it when the path or query
 * is unusual, the content type is not plain JSON, the client asks for something other than JSON, the body is
 * larger than {@value #MAX_BODY} bytes or not a plain pledge, the drive is unknown or a draft, the amount and
 * tires come together, or {@link PledgeService} refuses the pledge (it stores nothing then, so asking again
 * gives the controller the same problems). So every refusal (400, 404, 415, 422, ...) and the OpenAPI contract
 * stay the controller's. Only what happens while the pledge is stored cannot be replayed: a
 * {@link BusyException} (503 with Retry-After) and an unexpected failure (500) are written here with the same
 * problem documents as {@link ApiExceptionHandler}'s.
 */
final class DirectPledgeEndpoint extends HttpFilter {

    /** The mapped path, as the HTTP metrics name it. */
    static final String PATH_PATTERN = "/api/drives/{slug}/pledges";
    /** A body larger than this goes to the controller (a plain pledge is a few hundred bytes at most). */
    static final int MAX_BODY = 4096;
    private static final String PREFIX = "/api/drives/";
    private static final String SUFFIX = "/pledges";

    private final DriveRepository drives;
    private final PledgeService pledges;
    private final PledgeResponses responses;
    private final LocaleResolver locales;
    private final PledgeRequestReader reader;
    private final ObjectWriter answer;
    private final ObjectWriter problem;

    DirectPledgeEndpoint(DriveRepository drives, PledgeService pledges, PledgeResponses responses, LocaleResolver locales,
                         ObjectMapper json) {
        this.drives = drives;
        this.pledges = pledges;
        this.responses = responses;
        this.locales = locales;
        this.reader = new PledgeRequestReader(json.getFactory());
        this.answer = json.writerFor(DriveApiController.PledgeResponse.class);
        this.problem = json.writerFor(ProblemDetail.class);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String slug = "POST".equals(request.getMethod()) ? plainSlug(request) : null;
        if (slug == null || !plainJson(request.getContentType()) || !acceptsJson(request.getHeader("Accept"))
                || request.getHeader("Content-Encoding") != null || request.getContentLengthLong() > MAX_BODY) {
            chain.doFilter(request, response);
            return;
        }
        Body body = Body.read(request);
        HttpServletRequest replay = new ReplayedBodyRequest(request, body.bytes(), body.length(), body.rest());
        Optional<PledgeRequest> parsed = body.rest() == null ? reader.read(body.bytes(), body.length()) : Optional.empty();
        Drive drive = parsed.isEmpty() ? null : drives.findBySlugCached(slug).filter(d -> d.status() != DriveStatus.DRAFT).orElse(null);
        if (drive == null || bothAmountAndTires(parsed.get())) {
            chain.doFilter(replay, response);
            return;
        }
        PledgeRequest req = parsed.get();
        LocaleContext outer = LocaleContextHolder.getLocaleContext();
        PledgeService.Result result;
        try {
            // the donor's language (their cookie, else English), as Spring MVC's locale resolver gives the controller
            LocaleContextHolder.setLocale(locales.resolveLocale(request));
            result = pledges.pledge(drive, new PledgeForm(req.amount(), req.targetLine(), req.tires(), req.name(),
                    req.email(), Boolean.TRUE.equals(req.showName())));
        } catch (BusyException busy) {
            response.setHeader("Retry-After", ApiExceptionHandler.BUSY_RETRY_AFTER);
            writeProblem(request, response, ApiExceptionHandler.busyProblem(busy));
            return;
        } catch (RuntimeException unexpected) {
            writeProblem(request, response, ApiExceptionHandler.unexpectedProblem(unexpected));
            return;
        } finally {
            LocaleContextHolder.setLocaleContext(outer);
        }
        if (!result.ok()) {
            chain.doFilter(replay, response); // nothing was stored: the controller finds the same problems and words them
            return;
        }
        ServerHttpObservationFilter.findObservationContext(request).ifPresent(c -> c.setPathPattern(PATH_PATTERN));
        // a pledge made this instant has no bank entries yet: its status is "awaiting payment" without a query
        var pledge = result.pledge();
        response.setStatus(HttpStatus.CREATED.value());
        response.setHeader("Location", "/api/pledges/" + pledge.reference());
        response.setContentType("application/json");
        answer.writeValue(response.getOutputStream(), responses.of(drive, pledge, PledgeStatus.of(pledge, List.of())));
    }

    private void writeProblem(HttpServletRequest request, HttpServletResponse response, ProblemDetail p) throws IOException {
        ServerHttpObservationFilter.findObservationContext(request).ifPresent(c -> c.setPathPattern(PATH_PATTERN));
        p.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(p.getStatus());
        response.setContentType("application/problem+json");
        problem.writeValue(response.getOutputStream(), p);
    }

    /** The slug of {@code /api/drives/{slug}/pledges} when it is plain (letters, digits, '-', '_') and there is no query. */
    static String plainSlug(HttpServletRequest request) {
        String uri = request.getRequestURI();
        if (request.getQueryString() != null || !request.getContextPath().isEmpty() || !uri.startsWith(PREFIX)
                || !uri.endsWith(SUFFIX) || uri.length() <= PREFIX.length() + SUFFIX.length()) {
            return null;
        }
        int end = uri.length() - SUFFIX.length();
        for (int i = PREFIX.length(); i < end; i++) {
            char c = uri.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                return null;
            }
        }
        return uri.substring(PREFIX.length(), end);
    }

    /** {@code application/json}, optionally with {@code charset=UTF-8}: what the streaming reader reads as the controller would. */
    static boolean plainJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String t = contentType.strip();
        if (t.equalsIgnoreCase("application/json")) {
            return true;
        }
        int semi = t.indexOf(';');
        return semi > 0 && t.substring(0, semi).strip().equalsIgnoreCase("application/json")
                && t.substring(semi + 1).strip().replace("\"", "").equalsIgnoreCase("charset=UTF-8");
    }

    /** No Accept header, or one that takes JSON plainly: any other choice is the controller's content negotiation. */
    static boolean acceptsJson(String accept) {
        return accept == null || accept.equals("*/*") || accept.equals("application/json");
    }

    private static boolean bothAmountAndTires(PledgeRequest r) {
        // one or the other, answered by the controller (422): never silently prefer one of two amounts
        return r.amount() != null && !r.amount().isBlank() && (r.tires() != null || r.targetLine() != null);
    }

    /** The body as read: all of it, or (when longer than {@value #MAX_BODY} bytes) its start and the stream of the rest. */
    private record Body(byte[] bytes, int length, InputStream rest) {

        static Body read(HttpServletRequest request) throws IOException {
            long declared = request.getContentLengthLong();
            InputStream in = request.getInputStream();
            byte[] buf = new byte[declared >= 0 ? (int) declared : MAX_BODY + 1];
            int n = in.readNBytes(buf, 0, buf.length);
            return new Body(buf, n, n > MAX_BODY ? in : null);
        }
    }
}
