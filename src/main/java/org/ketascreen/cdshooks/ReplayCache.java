package org.ketascreen.cdshooks;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The {@code jti} values of accepted client tokens, each kept until its token expires, so that a token
 * presented twice is refused (CDS Hooks 2.0.1: jti is "used to protect against replay attacks"). Per
 * instance: the service is stateless, so behind a load balancer a replay to another instance is not seen.
 * Bounded: only verified tokens of trusted clients enter, and when the cache is full of unexpired entries a
 * new one is let through unrecorded rather than refusing a trusted client.
 */
final class ReplayCache {

    private final ConcurrentHashMap<String, Long> seen = new ConcurrentHashMap<>();
    private final int capacity;
    private final AtomicInteger sincePurge = new AtomicInteger();
    /** Expired entries are dropped after this many insertions, and whenever the cache is full. */
    private static final int PURGE_EVERY = 1_000;

    ReplayCache(int capacity) {
        this.capacity = capacity;
    }

    /**
     * True the first time {@code key} is presented (and records it until {@code expiresAt}); false for a replay
     * of a token that has not expired. Times are epoch seconds.
     */
    boolean firstUse(String key, long expiresAt, long now) {
        if (sincePurge.incrementAndGet() >= PURGE_EVERY || seen.size() >= capacity) {
            sincePurge.set(0);
            seen.values().removeIf(expiry -> expiry < now);
            if (seen.size() >= capacity) {
                return true;
            }
        }
        boolean[] fresh = {false};
        seen.compute(key, (k, previous) -> {
            if (previous == null || previous < now) {
                fresh[0] = true;
                return expiresAt;
            }
            return previous;
        });
        return fresh[0];
    }

    int size() {
        return seen.size();
    }
}
