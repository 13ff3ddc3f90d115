package dev.clientportal.core.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * Rate-limit windows in this JVM. Windows are judged by the {@code now} each call passes, so they expire exactly
 * with the portal's clock; Caffeine only bounds the memory: a key untouched for a day is dropped (an ended window
 * counts nothing anyway; windows longer than a day would be cut short).
 *
 * <p>Every kind of key (the text before its first {@code :}, e.g. {@code failed-address}) has a cache and a budget
 * of {@code maximumKeysPerKind} keys of its own: a flood of unknown tokens fills the token-prefix cache only and
 * cannot evict the count that locks an attacking address. Beyond {@link #MAX_KINDS} kinds, further kinds share one
 * cache, so the memory stays bounded whatever keys callers pass.
 */
final class CaffeineRateLimitCounter implements RateLimitCounter {

    /** The kinds that get a cache of their own; the sign-in limiter uses four. */
    static final int MAX_KINDS = 16;
    private static final int MAX_KIND_LENGTH = 32;
    private static final String OTHER_KINDS = "";

    private final long maximumKeysPerKind;
    private final ConcurrentMap<String, Cache<String, Window>> kinds = new ConcurrentHashMap<>();

    CaffeineRateLimitCounter(long maximumKeysPerKind) {
        this.maximumKeysPerKind = maximumKeysPerKind;
    }

    @Override
    public int hit(String key, Duration window, Instant now) {
        RateLimitCounter.requireValid(key, window, now);
        return cacheOf(key).asMap().compute(key, (ignored, current) -> Window.afterHit(current, window, now)).hits();
    }

    @Override
    public int count(String key, Duration window, Instant now) {
        RateLimitCounter.requireValid(key, window, now);
        return Window.countAt(cacheOf(key).getIfPresent(key), window, now);
    }

    private Cache<String, Window> cacheOf(String key) {
        int colon = key.indexOf(':');
        String kind = colon > 0 && colon <= MAX_KIND_LENGTH ? key.substring(0, colon) : OTHER_KINDS;
        Cache<String, Window> cache = kinds.get(kind);
        if (cache != null) {
            return cache;
        }
        // a racing thread may add one kind too many; the bound is on memory, not an exact count
        return kinds.computeIfAbsent(kinds.size() < MAX_KINDS ? kind : OTHER_KINDS, ignored -> newCache());
    }

    private Cache<String, Window> newCache() {
        // maintenance (eviction) runs on the calling thread, so a full cache is trimmed before the call returns
        return Caffeine.newBuilder().maximumSize(maximumKeysPerKind).expireAfterAccess(1, TimeUnit.DAYS)
                .executor(Runnable::run).build();
    }
}
