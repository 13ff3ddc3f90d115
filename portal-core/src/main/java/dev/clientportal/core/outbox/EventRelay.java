package dev.clientportal.core.outbox;

import dev.clientportal.core.spi.EventPublisher;
import dev.clientportal.core.spi.TransactionRunner;

import java.time.Clock;
import java.util.Collection;
import java.util.UUID;

/**
 * Delivers outbox entries to the {@link EventPublisher}: claims them in one transaction, publishes them outside
 * any transaction, then marks them delivered, or failed with a backoff, in another. Delivery is at least once (a
 * crash between publishing and marking delivers again after the lease), so consumers deduplicate by event id.
 * Entries of one aggregate are published in order; after a failure the rest of that aggregate waits for the retry.
 *
 * <p>The portal delivers what a transaction wrote right after it commits; a host calls {@link #deliverDue} on a
 * schedule (every few seconds, on every instance) to pick up what that missed: publisher failures, crashes.
 */
public interface EventRelay {

    /**
     * Claims and delivers up to {@code max} due entries.
     *
     * @param max how many entries to deliver at most, 1 to 10,000
     * @return how many entries were delivered and failed, and how many remain undelivered
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#INVALID_VALUE} when
     *         {@code max} is not between 1 and 10,000
     */
    RelayResult deliverDue(int max);
}
