package dev.clientportal.core.spi;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/** Creates identifiers for new aggregates and entries. Implementations are thread-safe. */
@FunctionalInterface
public interface IdGenerator {

    /** A new identifier, never returned before. */
    UUID next();

    /**
     * Time-ordered UUIDs (version 7): the first 48 bits are the clock's milliseconds, the rest random, so new rows
     * land at the end of database indexes.
     */
    static IdGenerator timeOrdered(Clock clock) {
        SecureRandom random = new SecureRandom();
        return () -> {
            long millis = clock.millis();
            long randomHigh = random.nextLong();
            long randomLow = random.nextLong();
            long most = (millis << 16) | 0x7000L | (randomHigh & 0x0FFFL);
            long least = (randomLow & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
            return new UUID(most, least);
        };
    }

    /** Random UUIDs (version 4). */
    static IdGenerator random() {
        return UUID::randomUUID;
    }
}
