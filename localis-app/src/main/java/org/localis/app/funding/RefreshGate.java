package org.localis.app.funding;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets one caller at a time recompute an outdated cache entry while the others keep using the outdated
 * one, so that an entry expiring under load is recomputed once, not once per caller.
 */
final class RefreshGate<K> {

    private final Set<K> refreshing = ConcurrentHashMap.newKeySet();

    /**
     * True when the caller should use the cached entry: it is still fresh, or another caller is already
     * recomputing it. False when it is outdated and the caller now holds the key: it recomputes and then
     * calls {@link #done}.
     */
    boolean useCached(K key, long expiresAtMillis, long nowMillis) {
        return expiresAtMillis > nowMillis || !refreshing.add(key);
    }

    void done(K key) {
        refreshing.remove(key);
    }
}
