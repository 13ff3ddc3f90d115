package dev.clientportal.core.internal;

import dev.clientportal.core.outbox.EventOutbox;
import dev.clientportal.core.outbox.EventRelay;
import dev.clientportal.core.outbox.OutboxEntry;
import dev.clientportal.core.outbox.RelayResult;
import dev.clientportal.core.outbox.RelaySettings;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.RetryOnConflict;
import dev.clientportal.core.spi.EventPublisher;
import dev.clientportal.core.spi.TransactionRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

@Internal
public final class OutboxRelay implements EventRelay {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int MAX_BATCH = 10_000;
    private static final int MAX_ERROR_LENGTH = 1_000;
    /** How many entries the fast path delivers, at most, for events that waited behind the ones it delivered. */
    private static final int MAX_FOLLOWERS = 1_000;

    private final EventOutbox outbox;
    private final TransactionRunner transactions;
    private final EventPublisher publisher;
    private final Clock clock;
    private final RelaySettings settings;

    public OutboxRelay(EventOutbox outbox, TransactionRunner transactions, EventPublisher publisher, Clock clock,
                RelaySettings settings) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public RelayResult deliverDue(int max) {
        if (max < 1 || max > MAX_BATCH) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "max", max, "must be between 1 and " + MAX_BATCH);
        }
        Instant now = clock.instant();
        List<OutboxEntry> claimed = inTransaction(() -> outbox.claimDue(settings.owner(), max, now,
                now.plus(settings.lease())));
        Outcome outcome = publish(claimed, false);
        return new RelayResult(outcome.delivered().size(), outcome.failed(), inTransaction(outbox::undelivered));
    }

    /** Delivers those of the given entries that are claimable now; what it cannot deliver waits for the schedule. */
    public RelayResult deliver(Collection<UUID> eventIds) {
        Set<UUID> wanted = Set.copyOf(eventIds);
        if (wanted.isEmpty()) {
            return new RelayResult(0, 0, 0);
        }
        Instant now = clock.instant();
        List<OutboxEntry> claimed = inTransaction(() -> outbox.claim(settings.owner(), wanted, now,
                now.plus(settings.lease())));
        // Entries of these aggregates may have waited behind the ones just delivered (another transaction's, which
        // could not be claimed while these were in flight): they are claimed in the transaction that marks these
        // delivered, and delivered now rather than at the next scheduled run.
        Outcome outcome = publish(claimed, true);
        int deliveredWanted = (int) outcome.delivered().stream().filter(wanted::contains).count();
        int failedWanted = outcome.failed();
        int followers = 0;
        while (true) {
            List<OutboxEntry> next = outcome.followers();
            if (next.isEmpty() && followers < MAX_FOLLOWERS && !outcome.deliveredKeys().isEmpty()) {
                next = lateFollowers(outcome.deliveredKeys());
            }
            if (next.isEmpty()) {
                break;
            }
            followers += next.size();
            outcome = publish(next, followers < MAX_FOLLOWERS);
            deliveredWanted += (int) outcome.delivered().stream().filter(wanted::contains).count();
        }
        return new RelayResult(deliveredWanted, failedWanted, wanted.size() - deliveredWanted);
    }

    /**
     * Claims, after the commit that marked entries of these aggregates delivered, what was appended behind them
     * meanwhile. A transaction that committed such an entry while the marking transaction was still open saw the
     * earlier entry held and left its own (its after-commit claim could not take it), and the marking transaction's
     * follower claim could not see it yet; a fresh transaction sees both, so nothing waits for the schedule.
     */
    private List<OutboxEntry> lateFollowers(Set<String> aggregateKeys) {
        Instant now = clock.instant();
        return inTransaction(() -> outbox.claimDueOf(settings.owner(), aggregateKeys, MAX_FOLLOWERS, now,
                now.plus(settings.lease())));
    }

    /**
     * Publishes claimed entries in order, outside any transaction, then records the outcome in one. After a failure
     * the rest of that aggregate is released unpublished, so no later event overtakes the failed one. With
     * {@code claimFollowers}, the same transaction claims the entries that waited behind the delivered ones.
     */
    private Outcome publish(List<OutboxEntry> claimed, boolean claimFollowers) {
        if (claimed.isEmpty()) {
            return new Outcome(List.of(), Set.of(), 0, List.of());
        }
        List<UUID> delivered = new ArrayList<>(claimed.size());
        Set<String> deliveredKeys = new HashSet<>();
        List<Failure> failures = new ArrayList<>(0);
        List<UUID> held = new ArrayList<>(0);
        Set<String> stopped = new HashSet<>(0);
        for (OutboxEntry entry : claimed) {
            if (stopped.contains(entry.aggregateKey())) {
                held.add(entry.eventId());
                continue;
            }
            try {
                publisher.publish(entry.event());
                delivered.add(entry.eventId());
                deliveredKeys.add(entry.aggregateKey());
            } catch (RuntimeException e) {
                LOG.warn("event publisher failed for {} {} (attempt {}); retrying later", entry.event().type(),
                        entry.eventId(), entry.attempts() + 1, e);
                stopped.add(entry.aggregateKey());
                failures.add(new Failure(entry, e));
            }
        }
        Instant now = clock.instant();
        List<OutboxEntry> followers = inTransaction(() -> {
            outbox.markDelivered(settings.owner(), delivered);
            for (Failure failure : failures) {
                int attempts = failure.entry().attempts() + 1;
                outbox.markFailed(settings.owner(), failure.entry().eventId(), now.plus(settings.backoff(attempts)),
                        describe(failure.error()));
            }
            if (!held.isEmpty()) {
                outbox.release(settings.owner(), held);
            }
            return claimFollowers && !deliveredKeys.isEmpty()
                    ? outbox.claimDueOf(settings.owner(), deliveredKeys, MAX_FOLLOWERS, now,
                            now.plus(settings.lease()))
                    : List.<OutboxEntry>of();
        });
        return new Outcome(delivered, deliveredKeys, failures.size(), followers);
    }

    /**
     * Runs relay work in a transaction of its own. A claim or a mark that loses a race with another relay (a
     * deadlock the database broke, a serialization failure) runs again, as a unit of work would; the relay's
     * transactions change nothing before they commit, so running one again is safe.
     */
    private <T> T inTransaction(Supplier<T> work) {
        if (transactions.isTransactionOpen()) {
            return transactions.inTransaction(work);
        }
        return RetryOnConflict.run(PortalRuntime.MAX_ATTEMPTS, () -> transactions.inTransaction(work));
    }

    private static String describe(RuntimeException error) {
        String text = error.getClass().getName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
    }

    private record Failure(OutboxEntry entry, RuntimeException error) {
    }

    private record Outcome(List<UUID> delivered, Set<String> deliveredKeys, int failed, List<OutboxEntry> followers) {
    }
}
