package org.localis.app.identity;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
 *
 * <p>Pledges (issue 23) have their own, larger budget per address ({@code localis.rate-limit.pledges-per-minute},
 * default 600: an office or a mobile carrier's NAT during a campaign peak), and past it a pledge is not refused:
 * the donor's browser is asked for a {@linkplain ProofOfWork proof of work} (difficulty
 * {@code localis.rate-limit.pow-difficulty} bits, default 16: about 65,000 SHA-256 hashes, well under a second),
 * which {@code /js/pow.js} computes and sends back with the pledge. The API gets the challenge in a 429 problem
 * and answers in the {@code Localis-PoW} header. Pledges with a proof are still capped per address
 * ({@code localis.rate-limit.pow-pledges-per-minute}, default 3,000), so abuse stays bounded.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
public class PublicWriteRateLimit extends OncePerRequestFilter {

    /** Past this many tracked addresses the table is cleared (a crude bound on memory). */
    private static final int MAX_TRACKED = 100_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Map<String, Bucket> pledgeBuckets = new ConcurrentHashMap<>();
    private final Map<String, Bucket> provenBuckets = new ConcurrentHashMap<>();
    private final int perMinute;
    private final int pledgesPerMinute;
    private final int provenPerMinute;
    private final ProofOfWork pow;
    private final org.thymeleaf.ITemplateEngine templates;
    private final org.springframework.web.servlet.LocaleResolver localeResolver;

    /** The header (API) or form field (browser) that carries a proof of work: {@code challenge:solution}. */
    static final String POW_HEADER = "Localis-PoW";
    static final String POW_FIELD = "_pow";

    public PublicWriteRateLimit(@Value("${localis.rate-limit.public-writes-per-minute:30}") int perMinute,
                                @Value("${localis.rate-limit.pledges-per-minute:600}") int pledgesPerMinute,
                                @Value("${localis.rate-limit.pow-pledges-per-minute:3000}") int provenPerMinute,
                                @Value("${localis.rate-limit.pow-difficulty:16}") int difficulty,
                                @Value("${localis.rate-limit.pow-key:}") String powKey,
                                org.springframework.jdbc.core.simple.JdbcClient jdbc,
                                org.thymeleaf.ITemplateEngine templates,
                                org.springframework.web.servlet.LocaleResolver localeResolver) {
        this.templates = templates;
        this.localeResolver = localeResolver;
        this.perMinute = perMinute;
        // never below the general budget (the bench scripts raise that one for load tests)
        this.pledgesPerMinute = Math.max(pledgesPerMinute, perMinute);
        this.provenPerMinute = Math.max(provenPerMinute, this.pledgesPerMinute);
        this.pow = new ProofOfWork(difficulty, java.time.Clock.systemUTC(), powKey, new DatabaseReplays(jdbc));
    }

    private static Bucket bucket(int perMinute) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build();
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
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (isPledge(path)) {
            pledge(request, response, chain, path.startsWith("/api/"));
            return;
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

    private void pledge(HttpServletRequest request, HttpServletResponse response, FilterChain chain, boolean api)
            throws ServletException, IOException {
        if (pledgeBuckets.size() > MAX_TRACKED || provenBuckets.size() > MAX_TRACKED) {
            pledgeBuckets.clear();
            provenBuckets.clear();
        }
        String address = request.getRemoteAddr();
        if (pledgeBuckets.computeIfAbsent(address, a -> bucket(pledgesPerMinute)).tryConsume(1)) {
            chain.doFilter(request, response);
            return;
        }
        String answer = request.getHeader(POW_HEADER);
        if (answer == null) {
            answer = request.getParameter(POW_FIELD);
        }
        if (answer != null && pow.accept(answer)) {
            ConsumptionProbe probe = provenBuckets.computeIfAbsent(address, a -> bucket(provenPerMinute))
                    .tryConsumeAndReturnRemaining(1);
            if (probe.isConsumed()) {
                chain.doFilter(request, response);
                return;
            }
            long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(seconds));
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Too many pledges from your address; try again in " + seconds + " s.");
            return;
        }
        String challenge = pow.challenge();
        response.setStatus(429);
        response.setHeader(POW_HEADER + "-Challenge", challenge);
        if (api) {
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Proof of work required\",\"status\":429,"
                    + "\"detail\":\"Many pledges come from your address: send the pledge again with the header " + POW_HEADER
                    + ": challenge:solution, where SHA-256(challenge:solution) starts with " + pow.difficulty()
                    + " zero bits.\",\"challenge\":\"" + challenge + "\",\"difficulty\":" + pow.difficulty() + "}");
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        List<Field> fields = new ArrayList<>();
        for (Map.Entry<String, String[]> e : request.getParameterMap().entrySet()) {
            if (e.getKey().equals(POW_FIELD)) {
                continue;
            }
            for (String v : e.getValue()) {
                fields.add(new Field(e.getKey(), v));
            }
        }
        // the page is the template pow-challenge (messages pow.*, English and Russian by the visitor's language):
        // rendered here, before Spring MVC, with the application's template engine and locale resolver
        Map<String, Object> vars = new java.util.HashMap<>();
        vars.put("action", request.getRequestURI());
        vars.put("challenge", challenge);
        vars.put("fields", fields);
        vars.put("powField", POW_FIELD);
        java.util.Locale locale = localeResolver.resolveLocale(request);
        var exchange = org.thymeleaf.web.servlet.JakartaServletWebApplication
                .buildApplication(request.getServletContext()).buildExchange(request, response);
        templates.process("pow-challenge", new org.thymeleaf.context.WebContext(exchange, locale, vars),
                response.getWriter());
    }

    /** A form field sent again with the answer. */
    public record Field(String name, String value) {
    }

    /**
     * Answered challenges in the table {@code pow_challenge_used}, shared by every instance: the primary key makes
     * the second answer of a challenge fail on any instance. Expired rows are deleted every 500 answers.
     */
    static final class DatabaseReplays implements ProofOfWork.Replays {

        private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
        private final java.util.concurrent.atomic.AtomicInteger answers = new java.util.concurrent.atomic.AtomicInteger();

        DatabaseReplays(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public boolean firstUse(String challenge, java.time.Instant expires) {
            if (answers.incrementAndGet() % 500 == 0) {
                jdbc.sql("DELETE FROM pow_challenge_used WHERE expires_at < :now")
                        .param("now", java.sql.Timestamp.from(java.time.Instant.now())).update();
            }
            try {
                return jdbc.sql("INSERT INTO pow_challenge_used (challenge, expires_at) VALUES (:c, :e)")
                        .param("c", challenge).param("e", java.sql.Timestamp.from(expires)).update() == 1;
            } catch (org.springframework.dao.DuplicateKeyException e) {
                return false;
            }
        }
    }
}
