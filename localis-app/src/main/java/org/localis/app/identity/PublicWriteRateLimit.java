package org.localis.app.identity;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rate limit (Bucket4j token buckets, per client address) on the writes anyone may send without being
 * signed in: sign-in, first-administrator setup, accepting an invitation and public pledges. Past the limit: 429 with Retry-After. Complements the per-account lock-out, which cannot
 * stop one address trying many accounts.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
public class PublicWriteRateLimit extends OncePerRequestFilter {

    /** Past this many tracked addresses the table is cleared (a crude bound on memory). */
    private static final int MAX_TRACKED = 100_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int perMinute;

    public PublicWriteRateLimit(@Value("${localis.rate-limit.public-writes-per-minute:30}") int perMinute) {
        this.perMinute = perMinute;
    }

    static boolean limited(HttpServletRequest r) {
        if (!"POST".equals(r.getMethod())) {
            return false;
        }
        String p = r.getRequestURI().substring(r.getContextPath().length());
        return p.equals("/login") || p.equals("/setup") || p.startsWith("/invite/") || isPledge(p);
    }

    /** {@code /drives/{slug}/pledges} and {@code /api/drives/{slug}/pledges}. */
    private static boolean isPledge(String p) {
        return (p.startsWith("/drives/") || p.startsWith("/api/drives/")) && p.endsWith("/pledges");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !limited(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (buckets.size() > MAX_TRACKED) {
            buckets.clear();
        }
        Bucket bucket = buckets.computeIfAbsent(request.getRemoteAddr(), a -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(seconds));
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("Too many attempts from your address; try again in " + seconds + " s.");
    }
}
