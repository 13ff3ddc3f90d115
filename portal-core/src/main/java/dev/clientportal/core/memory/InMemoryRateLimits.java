package dev.clientportal.core.memory;

import dev.clientportal.core.access.RateLimitCounter;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Rate-limit windows per key in the stores, as a database keeps them in a table: one atomic compute per hit, outside
 * any transaction (a count survives the rollback of the sign-in that failed). Windows opened longer ago than a day
 * (and than the window asked for) are dropped now and then, as an adapter may delete such rows.
 */
final class InMemoryRateLimits implements RateLimitCounter {

    private static final int PURGE_EVERY_HITS = 4096;
    private static final Duration KEEP_AT_LEAST = Duration.ofDays(1);

    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();
    private final AtomicInteger hitsSincePurge = new AtomicInteger();

    @Override
    public int hit(String key, Duration window, Instant now) {
        RateLimitCounter.requireValid(key, window, now);
        if (hitsSincePurge.incrementAndGet() >= PURGE_EVERY_HITS) {
            hitsSincePurge.set(0);
            // windows of other lengths may share the map: only drop what no window up to a day still counts
            Duration longest = window.compareTo(KEEP_AT_LEAST) > 0 ? window : KEEP_AT_LEAST;
            windows.entrySet().removeIf(entry -> !entry.getValue().isOpen(longest, now));
        }
        return windows.compute(key, (ignored, current) -> Window.afterHit(current, window, now)).hits();
    }

    @Override
    public int count(String key, Duration window, Instant now) {
        RateLimitCounter.requireValid(key, window, now);
        return Window.countAt(windows.get(key), window, now);
    }
}
