package dev.clientportal.core.access;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;

import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;

/**
 * Counts hits per key in fixed windows, for sign-in rate limits. A key's window opens at its first hit and lasts
 * {@code window}; a hit at or after the window's end opens a new one, counting from 1. Counts are exact under
 * concurrency: {@code n} hits from any number of threads or instances count {@code n}.
 *
 * <p>Keys are not scoped by workspace: a sign-in link's workspace is unknown until it has been redeemed, and the
 * limits exist to stop that guessing. Callers start keys with the kind of thing they count and a colon
 * ({@code failed-prefix:}, {@code failed-address:}, {@code requested-address:},
 * {@code requested-email:<workspace>:}); each kind has keys of its own, and counters that bound their memory bound
 * each kind apart, so hits of one kind never push out the counts of another. Each call commits on its own, inside or outside a transaction: a failed sign-in rolls
 * its transaction back, its count must stay. A database adapter keeps one row per key ({@code key} primary key,
 * {@code window_start}, {@code hits}) and hits it with one upsert in a transaction of its own, e.g. PostgreSQL's
 * {@code INSERT … VALUES (:key, :now, 1) ON CONFLICT (key) DO UPDATE SET hits = CASE WHEN window_start <= :now -
 * :window THEN 1 ELSE hits + 1 END, window_start = CASE … THEN :now ELSE window_start END RETURNING hits}
 * (MariaDB: {@code ON DUPLICATE KEY UPDATE}, then a read in the same transaction); rows whose window ended may be
 * deleted at any time.
 *
 * <p>{@link #inThisInstance()} counts in this JVM only: right for one instance; with {@code N} instances behind a
 * load balancer every limit is {@code N} times looser.
 */
public interface RateLimitCounter {

    /** The longest key; adapters size their key column for it. */
    int MAX_KEY_LENGTH = 400;

    /**
     * Counts one hit on a key and returns the hits in its current window, this one included (1 for the first).
     *
     * @param key    what is counted, e.g. a token prefix or a client address, with its kind
     * @param window the length of a counting window; positive
     * @param now    the current time, from the portal's clock
     * @return the hits in the current window, this one included (1 for the first)
     * @throws PortalException {@link ErrorCode#INVALID_VALUE} for a blank or too long key or a window that is not
     *         positive
     */
    int hit(String key, Duration window, Instant now);

    /**
     * The hits counted on a key in the window that is open at {@code now}; 0 when it has none or its window ended.
     *
     * @param key    what is counted, as given to {@link #hit}
     * @param window the length of a counting window; positive
     * @param now    the current time, from the portal's clock
     * @return the hits in the window open at {@code now}; 0 when it has none or its window ended
     * @throws PortalException {@link ErrorCode#INVALID_VALUE} as {@link #hit}
     */
    int count(String key, Duration window, Instant now);

    /**
     * Counters in this JVM's memory (Caffeine, at most 100,000 keys of each kind): the single-instance default.
     *
     * @return a counter kept in this JVM's memory: the single-instance default
     */
    static RateLimitCounter inThisInstance() {
        return new CaffeineRateLimitCounter(100_000);
    }

    /**
     * Checks a key, a window and an instant; adapters call it first.
     *
     * @param key    what is counted
     * @param window the length of a counting window
     * @param now    the instant of the hit
     * @throws PortalException {@link ErrorCode#REQUIRED} or {@link ErrorCode#INVALID_VALUE}
     */
    static void requireValid(String key, Duration window, Instant now) {
        PortalException.requireField(key, "key");
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "key", key.length() + " characters",
                    "must be 1 to " + MAX_KEY_LENGTH + " characters, not blank");
        }
        PortalException.requireField(window, "window");
        PortalException.requireField(now, "now");
        if (window.isNegative() || window.isZero()) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "window", window, "must be positive");
        }
    }

    /**
     * One key's window: when it opened and how many hits it counted. Adapters that keep windows in memory share the
     * rule through it.
     *
     * @param start when the window opened
     * @param hits  hits counted in it, at least 1
     */
    record Window(Instant start, int hits) {

        /**
         * Requires a start and a positive count.
         *
         * @param start when the window opened
         * @param hits  hits counted in it, at least 1
         */
        public Window {
            PortalException.requireField(start, "start");
            if (hits < 1) {
                throw PortalException.invalid(ErrorCode.INVALID_VALUE, "hits", hits, "must be at least 1");
            }
        }

        /**
         * Whether the window is still open at {@code now}.
         *
         * @param window the length of a counting window
         * @param now    the current time, from the portal's clock
         * @return whether the window is still open at {@code now}
         */
        public boolean isOpen(Duration window, Instant now) {
            return now.isBefore(start.plus(window));
        }

        /**
         * The window after one more hit at {@code now}: this one counting one more, or a new one.
         *
         * @param current the key's window so far, or {@code null} when it has none
         * @param window  the length of a counting window
         * @param now     the current time, from the portal's clock
         * @return {@code current} counting one more, or a new window when it has ended or there is none
         */
        public static Window afterHit(@Nullable Window current, Duration window, Instant now) {
            return current != null && current.isOpen(window, now) ? new Window(current.start, current.hits + 1)
                    : new Window(now, 1);
        }

        /**
         * The hits a window counts at {@code now}.
         *
         * @param current the key's window, or {@code null} when it has none
         * @param window  the length of a counting window
         * @param now     the current time, from the portal's clock
         * @return the hits counted, 0 when there is no window or it has ended
         */
        public static int countAt(@Nullable Window current, Duration window, Instant now) {
            return current != null && current.isOpen(window, now) ? current.hits : 0;
        }
    }
}
