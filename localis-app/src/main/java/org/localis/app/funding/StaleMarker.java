package org.localis.app.funding;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Ticker;

/**
 * The clock of a Caffeine cache that uses {@code refreshAfterWrite}, with one extra: {@link #outdateAll}
 * moves it ahead by the refresh interval, so every entry written before is due for refresh at once while
 * it is still served. Caffeine then refreshes each entry on the next read of it, once (concurrent readers
 * get the previous value), which is what "the figures changed" needs: Caffeine's own {@code invalidate}
 * would drop the entries and make concurrent readers wait for the new value instead.
 */
final class StaleMarker {

    private final long stepNanos;
    private final AtomicLong shiftNanos = new AtomicLong();

    StaleMarker(Duration refreshAfter) {
        this.stepNanos = refreshAfter.toNanos() + 1;
    }

    Ticker ticker() {
        return () -> System.nanoTime() + shiftNanos.get();
    }

    void outdateAll() {
        shiftNanos.addAndGet(stepNanos);
    }
}
