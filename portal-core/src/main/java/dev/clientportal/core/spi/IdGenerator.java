package dev.clientportal.core.spi;

import java.time.Clock;
import java.util.UUID;

/** Creates identifiers for new aggregates and entries. Implementations are thread-safe. */
@FunctionalInterface
public interface IdGenerator {

    /** A new identifier, never returned before. */
    UUID next();

    /**
     * Time-ordered UUIDs (version 7): the first 48 bits are the clock's milliseconds, so new rows land at the end of
     * database indexes. The remaining 74 bits start random in every millisecond and then grow by a random step
     * (RFC 9562's monotonic method), so ids of one thread sort in creation order and a secure random number is
     * drawn once per thread and millisecond rather than once per id.
     */
    static IdGenerator timeOrdered(Clock clock) {
        ThreadLocal<TimeOrderedIds> perThread = ThreadLocal.withInitial(TimeOrderedIds::new);
        return () -> perThread.get().next(clock.millis());
    }

    /** Random UUIDs (version 4). */
    static IdGenerator random() {
        return UUID::randomUUID;
    }
}
