package dev.clientportal.core.memory;

import dev.clientportal.core.outbox.EventOutbox;
import dev.clientportal.core.outbox.OutboxEntry;
import dev.clientportal.core.kernel.DomainEvent;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The outbox in two tables: undelivered entries by event id, and each aggregate's undelivered entries in order.
 * Delivered entries are removed at once, so memory holds only what is still to deliver.
 */
final class InMemoryEventOutbox implements EventOutbox {

    private final InMemoryTransactions transactions;
    private final Table<UUID, Row> rows;
    private final Table<String, List<UUID>> queues;
    /** Outbox order; a rolled-back append leaves a gap, as a database sequence does. */
    private final AtomicLong positions = new AtomicLong();

    InMemoryEventOutbox(InMemoryTransactions transactions) {
        this.transactions = transactions;
        this.rows = new Table<>(transactions);
        this.queues = new Table<>(transactions);
    }

    @Override
    public void append(List<DomainEvent> events) {
        transactions.inTransaction(() -> {
            for (DomainEvent event : events) {
                Objects.requireNonNull(event, "event");
                if (rows.get(event.eventId()) != null) {
                    throw new IllegalArgumentException("event " + event.eventId() + " is in the outbox already");
                }
                rows.put(event.eventId(), new Row(positions.incrementAndGet(), event, 0, Instant.MIN, null,
                        Instant.MIN));
                // a locking read: a concurrent append to the same aggregate must not overwrite this one's queue
                queues.lock(event.aggregateKey());
                List<UUID> queue = queues.get(event.aggregateKey());
                queues.put(event.aggregateKey(), queue == null ? List.of(event.eventId())
                        : Stream.concat(queue.stream(), Stream.of(event.eventId())).toList());
            }
            return null;
        });
    }

    @Override
    public List<OutboxEntry> claimDue(String owner, int max, Instant now, Instant leaseUntil) {
        return transactions.inTransaction(() -> claimAmong(rows.values(), owner, max, now, leaseUntil));
    }

    @Override
    public List<OutboxEntry> claim(String owner, Collection<UUID> eventIds, Instant now,
                                   Instant leaseUntil) {
        return transactions.inTransaction(() -> claimAmong(eventIds.stream().map(rows::get)
                .filter(Objects::nonNull).toList(), owner, Integer.MAX_VALUE, now, leaseUntil));
    }

    @Override
    public List<OutboxEntry> claimDueOf(String owner, Collection<String> aggregateKeys, int max, Instant now,
                                        Instant leaseUntil) {
        return transactions.inTransaction(() -> claimAmong(aggregateKeys.stream().distinct().map(queues::get)
                .filter(Objects::nonNull).flatMap(List::stream).map(rows::get).toList(), owner, max, now,
                leaseUntil));
    }

    /**
     * Claims candidates in outbox order: each must be due and free, and every earlier entry of its aggregate must
     * have been taken by this very call.
     */
    private List<OutboxEntry> claimAmong(Collection<Row> candidates, String owner, int max, Instant now,
                                         Instant leaseUntil) {
        List<OutboxEntry> claimed = new ArrayList<>();
        Set<UUID> taken = new HashSet<>();
        for (Row seen : candidates.stream().sorted(Comparator.comparingLong(Row::position)).toList()) {
            if (claimed.size() >= max) {
                break;
            }
            if (!seen.claimableAt(now)) {
                continue;
            }
            // lock and read again (SELECT ... FOR UPDATE): another relay may have claimed it since it was seen
            rows.lock(seen.event().eventId());
            Row row = rows.get(seen.event().eventId());
            if (row == null || !row.claimableAt(now) || !earlierTaken(row, taken)) {
                continue;
            }
            rows.put(row.event().eventId(), row.claimed(owner, leaseUntil));
            taken.add(row.event().eventId());
            claimed.add(new OutboxEntry(row.event(), row.attempts()));
        }
        return claimed;
    }

    private boolean earlierTaken(Row row, Set<UUID> taken) {
        List<UUID> queue = queues.get(row.event().aggregateKey());
        for (UUID earlier : queue == null ? List.<UUID>of() : queue) {
            if (earlier.equals(row.event().eventId())) {
                return true;
            }
            if (!taken.contains(earlier)) {
                return false;
            }
        }
        throw new IllegalStateException("entry " + row.event().eventId() + " is missing from its aggregate queue");
    }

    @Override
    public void markDelivered(String owner, Collection<UUID> eventIds) {
        transactions.inTransaction(() -> {
            for (UUID id : eventIds) {
                rows.lock(id);
                Row row = rows.get(id);
                if (row == null) {
                    continue;
                }
                rows.remove(id);
                String key = row.event().aggregateKey();
                queues.lock(key);
                List<UUID> queue = queues.get(key);
                List<UUID> rest = queue == null ? List.of()
                        : queue.stream().filter(queued -> !queued.equals(id)).toList();
                if (rest.isEmpty()) {
                    queues.remove(key);
                } else {
                    queues.put(key, rest);
                }
            }
            return null;
        });
    }

    @Override
    public boolean markFailed(String owner, UUID eventId, Instant nextAttemptAt, String error) {
        return transactions.inTransaction(() -> {
            rows.lock(eventId);
            Row row = rows.get(eventId);
            if (row == null || !owner.equals(row.owner())) {
                return false;
            }
            rows.put(eventId, row.failed(nextAttemptAt));
            return true;
        });
    }

    @Override
    public void release(String owner, Collection<UUID> eventIds) {
        transactions.inTransaction(() -> {
            for (UUID id : eventIds) {
                rows.lock(id);
                Row row = rows.get(id);
                if (row != null && owner.equals(row.owner())) {
                    rows.put(id, row.released());
                }
            }
            return null;
        });
    }

    @Override
    public long undelivered() {
        return rows.read(() -> (long) rows.values().size());
    }

    /**
     * An undelivered entry.
     *
     * @param owner      who holds the claim, {@code null} when nobody ever claimed it or it was given back
     * @param leaseUntil when the claim lapses
     */
    private record Row(long position, DomainEvent event, int attempts, Instant nextAttemptAt, @Nullable String owner,
                       Instant leaseUntil) {

        boolean claimableAt(Instant now) {
            return !nextAttemptAt.isAfter(now) && (owner == null || !leaseUntil.isAfter(now));
        }

        Row claimed(String by, Instant until) {
            return new Row(position, event, attempts, nextAttemptAt, by, until);
        }

        Row failed(Instant next) {
            return new Row(position, event, attempts + 1, next, null, Instant.MIN);
        }

        Row released() {
            return new Row(position, event, attempts, nextAttemptAt, null, Instant.MIN);
        }
    }
}
