package org.localis.app.funding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
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
 * language, so it is rendered once and kept in a Caffeine cache ({@code maximumSize}, {@code refreshAfterWrite})
 * until the drive's figures change on this instance ({@link #evictAll}) or, at the latest, for a few seconds
 * (pledges, and changes made on other instances).
 * <p>An outdated page is re-rendered by one request at a time: Caffeine refreshes it on the thread of the
 * first request that reads it (a same-thread executor), and that request is answered with the new page;
 * requests arriving meanwhile are served the page it replaces. Without this, every visitor arriving as the
 * page expires would render it at once, each running the progress queries, and a busy drive's page would
 * stall for all of them every few seconds. The request that renders is handed to the cache loader through
 * a thread-local, because a page can only be rendered by running the request's own filter chain.
 * Runs just before Spring Security (a cached page needs no authentication, and the filter chain would
 * cost more than the page) and replays the headers the first response carried, security headers
 * included; visitors with a session (signed in: the navigation differs) always get a fresh page.
 */
@Component
@Order(org.springframework.boot.autoconfigure.security.SecurityProperties.DEFAULT_FILTER_ORDER - 1)
public class PublicPageCache extends OncePerRequestFilter {

    private record Entry(byte[] body, String contentType, Map<String, String> headers) {
    }

    /** The request a loader renders, and whether it did (then its response is already written). */
    private static final class Rendering {
        final HttpServletRequest request;
        final HttpServletResponse response;
        final FilterChain chain;
        boolean rendered;
        RuntimeException failure;

        Rendering(HttpServletRequest request, HttpServletResponse response, FilterChain chain) {
            this.request = request;
            this.response = response;
            this.chain = chain;
        }
    }

    private static final ThreadLocal<Rendering> CURRENT = new ThreadLocal<>();

    private final StaleMarker stale;
    private final LoadingCache<String, Entry> pages;

    public PublicPageCache(@Value("${localis.drives.page-cache-seconds:5}") int ttlSeconds) {
        Duration refresh = Duration.ofSeconds(Math.max(1, ttlSeconds));
        this.stale = new StaleMarker(refresh);
        this.pages = Caffeine.newBuilder()
                .maximumSize(2_000)
                .ticker(stale.ticker())
                .refreshAfterWrite(refresh)
                .executor(Runnable::run)
                .build(key -> render(CURRENT.get()));
    }

    /**
     * Marks every cached page outdated (called whenever a drive's public numbers change): the next
     * request for a page renders it afresh, and requests arriving while it renders get the old page.
     */
    public void evictAll() {
        stale.outdateAll();
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
        Rendering rendering = new Rendering(request, response, chain);
        Entry served;
        CURRENT.set(rendering);
        try {
            // renders on a miss, or refreshes an outdated page, on this thread; concurrent readers get the old page
            served = pages.get(key);
        } finally {
            CURRENT.remove();
        }
        if (rendering.failure != null) {
            throw rendering.failure;
        }
        if (!rendering.rendered) {
            serve(served, response);
        }
    }

    private static void serve(Entry e, HttpServletResponse response) throws IOException {
        response.setStatus(200);
        response.setContentType(e.contentType());
        e.headers().forEach(response::setHeader);
        response.setContentLength(e.body().length);
        response.getOutputStream().write(e.body());
    }

    /**
     * Runs the request's filter chain, writes its response, and returns the page to keep: null when it
     * must not be kept (not a 200, or a session was made), which also drops an older page (a drive
     * unpublished or gone is not served from memory any more).
     */
    private static Entry render(Rendering r) {
        if (r == null || r.rendered) {
            return null; // a refresh outside a request, or a second load on the same request: keep nothing new
        }
        r.rendered = true;
        try {
            ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(r.response);
            r.chain.doFilter(r.request, wrapper);
            Entry entry = null;
            if (wrapper.getStatus() == 200 && r.request.getSession(false) == null) {
                Map<String, String> headers = new LinkedHashMap<>();
                for (String h : r.response.getHeaderNames()) {
                    String lower = h.toLowerCase(Locale.ROOT);
                    if (!lower.equals("set-cookie") && !lower.equals("content-length") && !lower.equals("content-type")
                            && !lower.equals("date") && !lower.equals("transfer-encoding")) {
                        headers.put(h, r.response.getHeader(h));
                    }
                }
                entry = new Entry(wrapper.getContentAsByteArray(), wrapper.getContentType(), Map.copyOf(headers));
            }
            wrapper.copyBodyToResponse();
            return entry;
        } catch (IOException e) {
            r.failure = new UncheckedIOException(e);
        } catch (ServletException e) {
            r.failure = new IllegalStateException(e);
        } catch (RuntimeException e) {
            r.failure = e;
        }
        return null;
    }

    /**
     * Path and the things that choose the language (the {@code lang} parameter, the locale cookie, the first
     * Accept-Language): the only inputs the page reads. Other query parameters (campaign tags such as
     * {@code ?utm_source=...}) do not make a new page, so they cannot be used to bypass the cache.
     */
    private static String key(HttpServletRequest r) {
        String lang = "";
        if (r.getCookies() != null) {
            for (Cookie c : r.getCookies()) {
                if (c.getName().toLowerCase(Locale.ROOT).contains("lang") || c.getName().toLowerCase(Locale.ROOT)
                        .contains("locale")) {
                    lang = c.getValue();
                }
            }
        }
        String accept = r.getHeader("Accept-Language");
        String langParam = r.getParameter("lang");
        return r.getRequestURI() + "?lang=" + (langParam == null ? "" : langParam) + "|" + lang + "|"
                + (accept == null ? "" : accept.split(",")[0].strip());
    }
}
