package dev.clientportal.core.spi;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.SplittableRandom;
import java.util.UUID;

/** One thread's state of {@link IdGenerator#timeOrdered}: monotonic UUIDv7 within each millisecond. */
final class TimeOrderedIds {

    private static final long RANDOM_BITS = 0x3FFFFFFFFFFFFFFFL;

    private final SecureRandom random = drbg();
    private final SplittableRandom steps = new SplittableRandom(random.nextLong());
    private long millis = -1;
    private long high;
    private long low;

    UUID next(long now) {
        if (now > millis) {
            millis = now;
            high = random.nextInt(0x1000);
            low = random.nextLong() & RANDOM_BITS;
        } else {
            low += 1 + steps.nextInt(1 << 16);
            if (low > RANDOM_BITS) {
                low &= RANDOM_BITS;
                high = (high + 1) & 0xFFF;
            }
        }
        return new UUID((millis << 16) | 0x7000L | high, low | 0x8000000000000000L);
    }

    /** A DRBG per thread: no contention between request threads, and no read of /dev/urandom per draw. */
    private static SecureRandom drbg() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }
}
