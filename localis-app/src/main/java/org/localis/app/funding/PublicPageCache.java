package org.localis.app.funding;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves a drive's public page from memory. The page is the same for every anonymous visitor in a
 * language, so it is rendered once and kept until money is reconciled on this instance ({@link #evictAll})
 * or, at the latest, for a few seconds (pledges, and changes made on other instances).
 * <p>An outdated page is re-rendered by one request at a time: while that request renders, the others
 * are served the page it replaces (stale for the few milliseconds of one render). Without this, every
 * visitor arriving as the page expires would render it at once, each running the progress queries, and
 * a busy drive's page would stall for all of them every few seconds.
 * Runs just before Spring Security (a cached page needs no authentication, and the filter chain would
 * cost more than the page) and replays the headers the first response carried, security headers
 * included; visitors with a session (signed in: the navigation differs) always get a fresh page.
 */
@Component
@Order(org.springframework.boot.autoconfigure.security.SecurityProperties.DEFAULT_FILTER_ORDER - 1)
public class PublicPageCache extends OncePerRequestFilter {

    private record Entry(byte[] body, String contentType, Map<String, String> headers, long expiresAtMillis) {
    }

    private static final int MAX_ENTRIES = 2_000;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final RefreshGate<String> rendering = new RefreshGate<>();
    private final long ttlMillis;

    public PublicPageCache(@Value("${localis.drives.page-cache-seconds:5}") int ttlSeconds) {
        this.ttlMillis = ttlSeconds * 1000L;
    }

    /**
     * Marks every cached page outdated (called whenever a drive's public numbers change): the next
     * request for a page renders it afresh, and requests arriving while it renders get the old page.
     */
    public void evictAll() {
        entries.replaceAll((k, e) -> new Entry(e.body(), e.contentType(), e.headers(), 0L));
    }

    static boolean cacheable(HttpServletRequest r) {
        if (!"GET".equals(r.getMethod())) {
            return false;
        }
        String p = r.getRequestURI().substring(r.getContextPath().length());
        if (!p.startsWith("/drives/") || p.indexOf('/', "/drives/".length()) >= 0 || p.length() == "/drives/".length()) {
            return false;
        }
        if (r.getCookies() != null) {
            for (Cookie c : r.getCookies()) {
                if (c.getName().equals("LOCALIS_SESSION")) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !cacheable(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = key(request);
        Entry e = entries.get(key);
        if (e != null && rendering.useCached(key, e.expiresAtMillis(), System.currentTimeMillis())) {
            serve(e, response);
            return;
        }
        // no page yet (every first request renders), or an outdated one that this request now re-renders
        try {
            render(key, request, response, chain);
        } finally {
            if (e != null) {
                rendering.done(key);
            }
        }
    }

    private static void serve(Entry e, HttpServletResponse response) throws IOException {
        response.setStatus(200);
        response.setContentType(e.contentType());
        e.headers().forEach(response::setHeader);
        response.setContentLength(e.body().length);
        response.getOutputStream().write(e.body());
    }

    private void render(String key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long started = System.currentTimeMillis();
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        if (wrapper.getStatus() == 200 && request.getSession(false) == null) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            Map<String, String> headers = new java.util.LinkedHashMap<>();
            for (String h : response.getHeaderNames()) {
                String lower = h.toLowerCase(java.util.Locale.ROOT);
                if (!lower.equals("set-cookie") && !lower.equals("content-length") && !lower.equals("content-type")
                        && !lower.equals("date") && !lower.equals("transfer-encoding")) {
                    headers.put(h, response.getHeader(h));
                }
            }
            // lifetime counted from when rendering began: the numbers are as old as the queries behind them
            entries.put(key, new Entry(wrapper.getContentAsByteArray(), wrapper.getContentType(), Map.copyOf(headers),
                    started + ttlMillis));
        } else if (wrapper.getStatus() != 200) {
            entries.remove(key); // a drive unpublished or gone: do not keep serving its old page
        }
        wrapper.copyBodyToResponse();
    }

    /** Path, query and the things that choose the language. */
    private static String key(HttpServletRequest r) {
        String lang = "";
        if (r.getCookies() != null) {
            for (Cookie c : r.getCookies()) {
                if (c.getName().toLowerCase(java.util.Locale.ROOT).contains("lang") || c.getName().toLowerCase(java.util.Locale.ROOT)
                        .contains("locale")) {
                    lang = c.getValue();
                }
            }
        }
        String accept = r.getHeader("Accept-Language");
        return r.getRequestURI() + "?" + (r.getQueryString() == null ? "" : r.getQueryString()) + "|" + lang + "|"
                + (accept == null ? "" : accept.split(",")[0].strip());
    }
}
