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
        // One DRBG per thread: no contention between request threads, and no read of /dev/urandom per id.
        ThreadLocal<SecureRandom> random = ThreadLocal.withInitial(IdGenerator::drbg);
        return () -> {
            byte[] bits = new byte[10];
            random.get().nextBytes(bits);
            long randomHigh = ((bits[0] & 0x0FL) << 8) | (bits[1] & 0xFFL);
            long randomLow = 0;
            for (int i = 2; i < 10; i++) {
                randomLow = (randomLow << 8) | (bits[i] & 0xFFL);
            }
            long most = (clock.millis() << 16) | 0x7000L | randomHigh;
            long least = (randomLow & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
            return new UUID(most, least);
        };
    }

    private static SecureRandom drbg() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (java.security.NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }

    /** Random UUIDs (version 4). */
    static IdGenerator random() {
        return UUID::randomUUID;
    }
}
