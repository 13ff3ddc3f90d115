package dev.clientportal.core.kernel;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs a host's own transaction again when it lost a race: for hosts that open the transaction around portal calls
 * (the portal retries only transactions it opened itself). Wrap the <em>whole</em> transaction, never work inside
 * one: a database marks a transaction that lost a race for rollback, so only a new one can succeed.
 *
 * <pre>{@code
 * Invoice issued = RetryOnConflict.run(() -> transactionTemplate.execute(status ->
 *         portal.invoicing().issue(staff, draftId)));
 * }</pre>
 *
 * <p>Only {@link ErrorCode#CONCURRENT_MODIFICATION} (a lost race: an optimistic-lock conflict, a deadlock or a
 * serialization failure the database broke) is run again, after a short random pause that grows with each attempt
 * so racing writers spread out; every other exception, and the last lost race, reaches the caller unchanged. An
 * unavailable store or gateway is retryable too, but on a scale of seconds: that is the host's policy, not this
 * helper's. Use it for idempotent work: work that, run again after a rollback, does the same thing once.
 */
public final class RetryOnConflict {

    /** How many times {@link #run(Supplier)} runs the work at most, the first run included. */
    public static final int DEFAULT_ATTEMPTS = 5;
    /** The most attempts {@link #run(int, Supplier)} accepts. */
    public static final int MAX_ATTEMPTS = 20;

    private static final Logger LOG = LoggerFactory.getLogger(RetryOnConflict.class);
    private static final long FIRST_BACKOFF_MICROS = 1_000;
    private static final long MAX_BACKOFF_MICROS = 50_000;

    private RetryOnConflict() {
    }

    /**
     * Runs the work, and again after a lost race, up to {@link #DEFAULT_ATTEMPTS} times in all.
     *
     * @param work the whole transaction, opened and committed by the work itself
     * @param <T>  the work's result type
     * @return what the first successful run returned
     * @throws PortalException the last failure when every attempt lost a race, or the first other failure
     */
    public static <T extends @Nullable Object> T run(Supplier<T> work) {
        return run(DEFAULT_ATTEMPTS, work);
    }

    /**
     * Runs the work, and again after a lost race, up to {@code attempts} times in all.
     *
     * @param attempts how many runs at most, 1 to {@link #MAX_ATTEMPTS}
     * @param work     the whole transaction, opened and committed by the work itself
     * @param <T>      the work's result type
     * @return what the first successful run returned
     * @throws PortalException {@link ErrorCode#INVALID_VALUE} when {@code attempts} is out of range; otherwise the
     *                         last failure when every attempt lost a race, or the first other failure
     */
    public static <T extends @Nullable Object> T run(int attempts, Supplier<T> work) {
        if (attempts < 1 || attempts > MAX_ATTEMPTS) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "attempts", attempts,
                    "must be between 1 and " + MAX_ATTEMPTS);
        }
        Objects.requireNonNull(work, "work");
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (PortalException e) {
                if (e.errorCode() != ErrorCode.CONCURRENT_MODIFICATION || attempt >= attempts) {
                    throw e;
                }
                LOG.debug("lost a race (attempt {} of {}); running the work again", attempt, attempts, e);
                pause(attempt, e);
            }
        }
    }

    /**
     * Waits a random time that grows with the attempt (0.5–1 ms after the first, doubling up to 25–50 ms). An
     * interrupt ends the wait and rethrows {@code cause} with the interrupt recorded and the flag set again.
     */
    private static void pause(int attempt, PortalException cause) {
        long ceiling = Math.min(MAX_BACKOFF_MICROS, FIRST_BACKOFF_MICROS << Math.min(Math.max(attempt, 1) - 1, 16));
        long micros = ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1);
        try {
            TimeUnit.MICROSECONDS.sleep(micros);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cause.addSuppressed(e);
            throw cause;
        }
    }
}
