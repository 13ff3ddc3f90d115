package dev.clientportal.core.automation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When a declined auto-charge is tried again: 1, 3 and 5 days after the period's first decline, then never (the
 * invoice stays open and reminders take over). Counted from the first decline, not from each retry, so a late run
 * does not push the later retries back.
 */
final class ChargeRetries {

    /** Days after the first decline of the retries, in order: attempt 2, 3 and 4. */
    private static final List<Duration> AFTER_FIRST_FAILURE = List.of(Duration.ofDays(1), Duration.ofDays(3),
            Duration.ofDays(5));
    /** The most attempts of one period: the first and its retries. */
    static final int MAX_ATTEMPTS = AFTER_FIRST_FAILURE.size() + 1;

    private ChargeRetries() {
    }

    /**
     * When the attempt after a declined one is due.
     *
     * @param firstFailedAt when the period's first attempt was declined
     * @param declined      the number of the attempt just declined, from 1
     * @return when to make attempt {@code declined + 1}; empty after the last retry
     */
    static Optional<Instant> nextAttempt(Instant firstFailedAt, int declined) {
        if (declined < 1 || declined > AFTER_FIRST_FAILURE.size()) {
            return Optional.empty();
        }
        return Optional.of(firstFailedAt.plus(AFTER_FIRST_FAILURE.get(declined - 1)));
    }
}
