package dev.clientportal.core.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Rate-limit windows in this JVM. Windows are judged by the {@code now} each call passes, so they expire exactly
 * with the portal's clock; Caffeine only bounds the memory: at most {@code maximumKeys} keys, and a key untouched
 * for a day is dropped (an ended window counts nothing anyway; windows longer than a day would be cut short).
 */
final class CaffeineRateLimitCounter implements RateLimitCounter {

    private final Cache<String, Window> windows;

    CaffeineRateLimitCounter(long maximumKeys) {
        this.windows = Caffeine.newBuilder().maximumSize(maximumKeys).expireAfterAccess(1, TimeUnit.DAYS).build();
    }

    @Override
    public int hit(String key, Duration window, Instant now) {
        RateLimitCounter.requireValid(key, window, now);
        return windows.asMap().compute(key, (ignored, current) -> Window.afterHit(current, window, now)).hits();
    }

    @Override
    public int count(String key, Duration window, Instant now) {
        RateLimitCounter.requireValid(key, window, now);
        return Window.countAt(windows.getIfPresent(key), window, now);
    }
}
