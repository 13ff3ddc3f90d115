package dev.clientportal.core.internal;

import dev.clientportal.core.kernel.DomainEvent;
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
        Outcome outcome = publish(claimed);
        return new RelayResult(outcome.delivered().size(), outcome.failed(), inTransaction(outbox::undelivered));
    }

    /**
     * Appends a unit of work's events in its open transaction, claimed for this relay at once where nothing earlier
     * of their aggregate is undelivered; after commit, {@link #deliverStaged} delivers them. Claiming in the writing
     * transaction saves the transaction a claim after commit would take; if the instance dies before delivering,
     * the lease runs out and any relay takes the entries over.
     */
    public Staged stage(List<DomainEvent> events) {
        Instant now = clock.instant();
        List<OutboxEntry> claimed = outbox.appendClaimed(events, settings.owner(), now, now.plus(settings.lease()));
        Set<UUID> taken = new HashSet<>();
        claimed.forEach(entry -> taken.add(entry.eventId()));
        List<UUID> waiting = events.stream().map(DomainEvent::eventId).filter(id -> !taken.contains(id)).toList();
        return new Staged(claimed, waiting);
    }

    /**
     * Delivers what {@link #stage} claimed, once its transaction has committed. The entries it could not claim
     * (behind an earlier one of their aggregate, which may have been delivered meanwhile) are claimed now if they
     * can be; what still waits is delivered after the earlier entry, or by the schedule.
     */
    public RelayResult deliverStaged(Staged staged) {
        Set<UUID> wanted = new HashSet<>(staged.waiting());
        staged.claimed().forEach(entry -> wanted.add(entry.eventId()));
        List<OutboxEntry> claimed = staged.claimed();
        if (!staged.waiting().isEmpty()) {
            Instant now = clock.instant();
            List<OutboxEntry> late = inTransaction(() -> outbox.claim(settings.owner(), staged.waiting(), now,
                    now.plus(settings.lease())));
            claimed = new ArrayList<>(claimed);
            claimed.addAll(late);
        }
        return deliverClaimed(wanted, claimed);
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
        return deliverClaimed(wanted, claimed);
    }

    /**
     * Publishes claimed entries, then claims and delivers the entries of their aggregates that waited behind them
     * (another transaction's, which could not be claimed while these were in flight) now rather than at the next
     * scheduled run.
     */
    private RelayResult deliverClaimed(Set<UUID> wanted, List<OutboxEntry> claimed) {
        Outcome outcome = publish(claimed);
        int deliveredWanted = (int) outcome.delivered().stream().filter(wanted::contains).count();
        int failedWanted = outcome.failed();
        int followers = 0;
        while (followers < MAX_FOLLOWERS && !outcome.deliveredKeys().isEmpty()) {
            List<OutboxEntry> next = followers(outcome.deliveredKeys());
            if (next.isEmpty()) {
                break;
            }
            followers += next.size();
            outcome = publish(next);
            deliveredWanted += (int) outcome.delivered().stream().filter(wanted::contains).count();
        }
        return new RelayResult(deliveredWanted, failedWanted, wanted.size() - deliveredWanted);
    }

    /**
     * Claims, after the commit that marked entries of these aggregates delivered, what waited behind them. A
     * transaction that appended such an entry while the earlier one was held saw it held and left its own; a claim
     * in a fresh transaction sees every entry committed until then, so nothing waits for the schedule.
     */
    private List<OutboxEntry> followers(Set<String> aggregateKeys) {
        Instant now = clock.instant();
        return inTransaction(() -> outbox.claimDueOf(settings.owner(), aggregateKeys, MAX_FOLLOWERS, now,
                now.plus(settings.lease())));
    }

    /**
     * Publishes claimed entries in order, outside any transaction, then records the outcome in one. After a failure
     * the rest of that aggregate is released unpublished, so no later event overtakes the failed one.
     */
    private Outcome publish(List<OutboxEntry> claimed) {
        if (claimed.isEmpty()) {
            return new Outcome(List.of(), Set.of(), 0);
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
        inTransaction(() -> {
            outbox.markDelivered(settings.owner(), delivered);
            for (Failure failure : failures) {
                int attempts = failure.entry().attempts() + 1;
                outbox.markFailed(settings.owner(), failure.entry().eventId(), now.plus(settings.backoff(attempts)),
                        describe(failure.error()));
            }
            if (!held.isEmpty()) {
                outbox.release(settings.owner(), held);
            }
            return null;
        });
        return new Outcome(delivered, deliveredKeys, failures.size());
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

    /**
     * A unit of work's events as {@link #stage} left them: those claimed for this relay, and the ids of those that
     * wait behind an earlier entry of their aggregate.
     */
    public record Staged(List<OutboxEntry> claimed, List<UUID> waiting) {
    }

    private record Outcome(List<UUID> delivered, Set<String> deliveredKeys, int failed) {
    }
}
