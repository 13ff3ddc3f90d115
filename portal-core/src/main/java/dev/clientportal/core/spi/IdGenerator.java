package dev.clientportal.core.spi;

import java.time.Clock;
import java.util.UUID;

/** Creates identifiers for new aggregates and entries. Implementations are thread-safe. */
@FunctionalInterface
public interface IdGenerator {

    /**
     * A new identifier, never returned before.
     *
     * @return a new identifier, never returned before
     */
    UUID next();

    /**
     * Time-ordered UUIDs (version 7): the first 48 bits are the clock's milliseconds, so new rows land at the end of
     * database indexes. The remaining 74 bits start random in every millisecond and then grow by a random step
     * (RFC 9562's monotonic method), so ids of one thread sort in creation order and a secure random number is
     * drawn once per thread and millisecond rather than once per id.
     *
     * @param clock the clock whose milliseconds lead each id
     * @return a generator of time-ordered UUIDs
     */
    static IdGenerator timeOrdered(Clock clock) {
        ThreadLocal<TimeOrderedIds> perThread = ThreadLocal.withInitial(TimeOrderedIds::new);
        return () -> perThread.get().next(clock.millis());
    }

    /**
     * Random UUIDs (version 4).
     *
     * @return a generator of random UUIDs
     */
    static IdGenerator random() {
        return UUID::randomUUID;
    }
}
