package dev.clientportal.core.outbox;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;

import java.time.Duration;
import java.util.UUID;

/**
 * How the relay claims and retries.
 *
 * @param owner      who claims, unique per host instance (it names the lease holder in the outbox)
 * @param lease      how long a claim holds before another relay may take the entry over; longer than a delivery
 * @param firstRetry the wait after the first failed attempt; it doubles with every further failure
 * @param maxRetry   the longest wait between attempts
 */
public record RelaySettings(String owner, Duration lease, Duration firstRetry, Duration maxRetry) {

    /**
     * A lease of one minute, retries after 1 s, 2 s, 4 s, … up to 15 minutes.
     *
     * @return settings with a fresh random owner, a lease of one minute and retries after 1 s, 2 s, 4 s, … up to 15
     *         minutes
     */
    public static RelaySettings defaults() {
        return new RelaySettings("relay-" + UUID.randomUUID(), Duration.ofMinutes(1), Duration.ofSeconds(1),
                Duration.ofMinutes(15));
    }

    /**
     * Validates the settings.
     *
     * @param owner      who claims, unique per host instance (it names the lease holder in the outbox)
     * @param lease      how long a claim holds before another relay may take the entry over; longer than a delivery
     * @param firstRetry the wait after the first failed attempt; it doubles with every further failure
     * @param maxRetry   the longest wait between attempts
     * @throws PortalException {@link ErrorCode#INVALID_VALUE} for a blank owner or a duration that is not positive,
     *         or a longest wait shorter than the first
     */
    public RelaySettings {
        owner = PortalException.requireText(owner, "owner");
        requirePositive(lease, "lease");
        requirePositive(firstRetry, "firstRetry");
        requirePositive(maxRetry, "maxRetry");
        if (maxRetry.compareTo(firstRetry) < 0) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "maxRetry", maxRetry,
                    "must not be shorter than firstRetry " + firstRetry);
        }
    }

    /**
     * The same settings with another owner.
     *
     * @param value the new owner, unique per host instance
     * @return a copy with {@code value} as owner and the same lease and retry waits
     */
    public RelaySettings withOwner(String value) {
        return new RelaySettings(value, lease, firstRetry, maxRetry);
    }

    /**
     * The wait before the next attempt after {@code failures} failed ones: doubling from the first, capped.
     *
     * @param failures how many attempts have failed so far, at least 1
     * @return the first retry wait doubled for each failure after the first, never more than the longest wait
     */
    public Duration backoff(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures must be at least 1: " + failures);
        }
        Duration wait = firstRetry;
        for (int failure = 1; failure < failures && wait.compareTo(maxRetry) < 0; failure++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }

    private static void requirePositive(Duration value, String field) {
        PortalException.requireField(value, field);
        if (value.isNegative() || value.isZero()) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, field, value, "must be positive");
        }
    }
}
