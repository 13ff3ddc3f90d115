package dev.clientportal.core.automation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When a declined auto-charge is tried again: 1, 3 and 5 days after the period's first decline, then never (the
 * invoice stays open and reminders take over). Counted from the first decline, not from each retry, so a late run
 * does not push the later retries back — but never sooner than a day after the attempt before: after an outage the
 * missed retries are made a day apart, not in a row (a burst of retries is what card issuers flag).
 */
final class ChargeRetries {

    /** Days after the first decline of the retries, in order: attempt 2, 3 and 4. */
    private static final List<Duration> AFTER_FIRST_FAILURE = List.of(Duration.ofDays(1), Duration.ofDays(3),
            Duration.ofDays(5));
    /** The least time between two attempts of one period. */
    static final Duration MIN_SPACING = Duration.ofDays(1);
    /** The most attempts of one period: the first and its retries. */
    static final int MAX_ATTEMPTS = AFTER_FIRST_FAILURE.size() + 1;

    private ChargeRetries() {
    }

    /**
     * When the attempt after a declined one is due.
     *
     * @param firstFailedAt when the period's first attempt was declined
     * @param declined      the number of the attempt just declined, from 1
     * @param declinedAt    when it was declined
     * @return when to make attempt {@code declined + 1}; empty after the last retry
     */
    static Optional<Instant> nextAttempt(Instant firstFailedAt, int declined, Instant declinedAt) {
        if (declined < 1 || declined > AFTER_FIRST_FAILURE.size()) {
            return Optional.empty();
        }
        Instant scheduled = firstFailedAt.plus(AFTER_FIRST_FAILURE.get(declined - 1));
        Instant spaced = declinedAt.plus(MIN_SPACING);
        return Optional.of(scheduled.isBefore(spaced) ? spaced : scheduled);
    }
}
