package org.localis.app.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The drive page cache: pages served from memory, outdated pages re-rendered by one request at a time. */
class PublicPageCacheTest {

    private final AtomicInteger renders = new AtomicInteger();
    private volatile String pageText = "v1";
    private volatile CountDownLatch renderMayFinish = new CountDownLatch(0);
    private volatile CountDownLatch renderStarted = new CountDownLatch(1);

    private final FilterChain page = (req, res) -> {
        renders.incrementAndGet();
        renderStarted.countDown();
        try {
            renderMayFinish.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        res.setContentType("text/html;charset=UTF-8");
        res.getOutputStream().write(pageText.getBytes(StandardCharsets.UTF_8));
    };

    private static MockHttpServletRequest get(String path) {
        MockHttpServletRequest r = new MockHttpServletRequest("GET", path);
        r.setRequestURI(path);
        return r;
    }

    private String fetch(PublicPageCache cache) throws Exception {
        MockHttpServletResponse res = new MockHttpServletResponse();
        cache.doFilter(get("/drives/tires"), res, page);
        assertThat(res.getStatus()).isEqualTo(200);
        return res.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aFreshPageIsServedFromMemoryAndAnEvictedOneIsRenderedAgain() throws Exception {
        PublicPageCache cache = new PublicPageCache(60);
        assertThat(fetch(cache)).isEqualTo("v1");
        pageText = "v2";
        assertThat(fetch(cache)).isEqualTo("v1");
        assertThat(renders).hasValue(1);

        cache.evictAll();
        assertThat(fetch(cache)).as("the first request after money was reconciled sees the new numbers").isEqualTo("v2");
        assertThat(renders).hasValue(2);
        assertThat(fetch(cache)).isEqualTo("v2");
        assertThat(renders).hasValue(2);
    }

    @Test
    void whileOneRequestReRendersAnOutdatedPageTheOthersGetThePreviousOne() throws Exception {
        PublicPageCache cache = new PublicPageCache(60);
        assertThat(fetch(cache)).isEqualTo("v1");
        cache.evictAll();
        pageText = "v2";
        renderMayFinish = new CountDownLatch(1);
        renderStarted = new CountDownLatch(1);

        ExecutorService pool = Executors.newFixedThreadPool(9);
        try {
            Future<String> renderer = pool.submit(() -> fetch(cache));
            assertThat(renderStarted.await(10, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 8; i++) {
                assertThat(pool.submit(() -> fetch(cache)).get(10, TimeUnit.SECONDS))
                        .as("served the previous page without waiting for the render").isEqualTo("v1");
            }
            renderMayFinish.countDown();
            assertThat(renderer.get(10, TimeUnit.SECONDS)).isEqualTo("v2");
        } finally {
            pool.shutdownNow();
        }
        assertThat(renders).as("one render for the outdated page, not one per visitor").hasValue(2);
        assertThat(fetch(cache)).isEqualTo("v2");
    }

    @Test
    void queryParametersThePageDoesNotReadDoNotMakeANewPage() throws Exception {
        PublicPageCache cache = new PublicPageCache(60);
        assertThat(fetch(cache)).isEqualTo("v1");
        pageText = "v2";
        for (String tag : new String[] {"utm_source=a", "utm_source=b&x=1", "fbclid=" + System.nanoTime()}) {
            MockHttpServletRequest r = get("/drives/tires");
            r.setQueryString(tag);
            for (String kv : tag.split("&")) {
                r.addParameter(kv.split("=")[0], kv.split("=")[1]);
            }
            MockHttpServletResponse res = new MockHttpServletResponse();
            cache.doFilter(r, res, page);
            assertThat(res.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("v1");
        }
        assertThat(renders).as("campaign tags are served from the cache").hasValue(1);
        MockHttpServletRequest ru = get("/drives/tires");
        ru.addParameter("lang", "ru");
        MockHttpServletResponse res = new MockHttpServletResponse();
        cache.doFilter(ru, res, page);
        assertThat(res.getContentAsString(StandardCharsets.UTF_8)).as("another language is another page").isEqualTo("v2");
    }

    @Test
    void visitorsWithASessionAndOtherPathsAreNotCached() throws Exception {
        PublicPageCache cache = new PublicPageCache(60);
        MockHttpServletRequest signedIn = get("/drives/tires");
        signedIn.setCookies(new jakarta.servlet.http.Cookie("LOCALIS_SESSION", "x"));
        assertThat(PublicPageCache.cacheable(signedIn)).isFalse();
        assertThat(PublicPageCache.cacheable(get("/drives/tires/pledge"))).isFalse();
        assertThat(PublicPageCache.cacheable(get("/drives/"))).isFalse();
        MockHttpServletRequest post = get("/drives/tires");
        post.setMethod("POST");
        assertThat(PublicPageCache.cacheable(post)).isFalse();
        assertThat(PublicPageCache.cacheable(get("/drives/tires"))).isTrue();
    }
}
