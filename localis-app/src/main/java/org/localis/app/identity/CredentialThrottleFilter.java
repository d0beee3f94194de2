package org.localis.app.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds back a credential check while {@link CredentialThrottle} says its caller must wait: a sign-in post,
 * an API request with HTTP Basic or a bearer token. Answers 429 with Retry-After (a problem document on the
 * API, the sign-in page with a message for the form) without checking the password, so a waiting attacker
 * learns nothing and costs no bcrypt work.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 6)
public class CredentialThrottleFilter extends OncePerRequestFilter {

    /** The account name a bearer token's failures are counted under (tokens carry no user name). */
    static final String TOKEN_ACCOUNT = "(api token)";

    private final CredentialThrottle throttle;

    public CredentialThrottleFilter(CredentialThrottle throttle) {
        this.throttle = throttle;
    }

    /** The account a request presents credentials for, or null when it presents none. */
    static String account(HttpServletRequest r) {
        String path = r.getRequestURI().substring(r.getContextPath().length());
        if ("POST".equals(r.getMethod()) && path.equals("/login")) {
            String u = r.getParameter("username");
            return u == null ? "" : u;
        }
        String auth = r.getHeader("Authorization");
        if (auth != null && path.startsWith("/api/")) {
            if (auth.regionMatches(true, 0, "Basic ", 0, 6)) {
                try {
                    String decoded = new String(Base64.getDecoder().decode(auth.substring(6).trim()), StandardCharsets.UTF_8);
                    int colon = decoded.indexOf(':');
                    return colon < 0 ? decoded : decoded.substring(0, colon);
                } catch (IllegalArgumentException e) {
                    return "";
                }
            }
            if (auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
                return TOKEN_ACCOUNT;
            }
        }
        return null;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return account(request) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Duration wait = throttle.waitFor(account(request), request.getRemoteAddr(), Instant.now());
        if (wait.isZero()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(seconds));
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too many attempts\",\"status\":429,"
                    + "\"detail\":\"too many failed sign-ins; try again in " + seconds + " s\"}");
        } else {
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Too many failed sign-ins from your address for this account; try again in " + seconds
                    + " s.");
        }
    }
}
