package dev.clientportal.core.outbox;

import dev.clientportal.core.kernel.DomainEvent;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Domain events waiting to be delivered: appended inside the transaction that raised them (so they commit or roll
 * back with it) and claimed by relays, on any number of host instances, with an owner and a lease.
 *
 * <p>Entries keep the order of appending (an adapter numbers them, e.g. with an identity column). An entry is
 * <em>claimable</em> at {@code now} when it is undelivered, its next attempt is due ({@code <= now}), no live lease
 * holds it (a lease ending at or before {@code now} has expired), and every earlier undelivered entry of its
 * {@linkplain DomainEvent#aggregateKey() aggregate} is claimed by the same call ahead of it: so events of one aggregate
 * are handed out in order, and a later one never overtakes an earlier one that failed or is still being delivered.
 *
 * <p>The outbox is infrastructure of the whole portal, not tenant data: relay calls span every workspace; each entry
 * carries its event's workspace. Every method runs inside the caller's transaction.
 */
public interface EventOutbox {

    /**
     * Appends events in the given order, due at once; ids already in the outbox are a programming error.
     *
     * @param events the events to append, in the order they are to be delivered within each aggregate
     */
    void append(List<DomainEvent> events);

    /**
     * Appends events as {@link #append} does and claims them for {@code owner} in the same transaction, as
     * {@link #claim} would once they are written: the relay's fast path, which saves the transaction a claim after
     * commit would take. An event behind an earlier undelivered entry of its aggregate (one not appended by this
     * call) is left unclaimed, and so is everything after it of that aggregate. Adapters may override this with
     * fewer statements; the claims must be the same.
     *
     * @param events     the events to append, in the order they are to be delivered within each aggregate
     * @param owner      the relay instance claiming; it holds the lease once the transaction commits
     * @param now        the current instant
     * @param leaseUntil when the claim lapses and another relay may take the entries over
     * @return the claimed entries in outbox order
     */
    default List<OutboxEntry> appendClaimed(List<DomainEvent> events, String owner, Instant now,
                                            Instant leaseUntil) {
        append(events);
        return claim(owner, events.stream().map(DomainEvent::eventId).toList(), now, leaseUntil);
    }

    /**
     * Claims up to {@code max} claimable entries, earliest first, for {@code owner} until {@code leaseUntil}. Entries
     * whose earlier entries of the same aggregate are claimed ahead of them in this call are claimed too, in order.
     *
     * @param owner      the relay instance claiming; it holds the lease
     * @param max        how many entries to claim at most
     * @param now        the current instant; entries due at or before it and leases expired by it are claimable
     * @param leaseUntil when the claim lapses and another relay may take the entries over
     * @return the claimed entries in outbox order; empty when nothing is due
     */
    List<OutboxEntry> claimDue(String owner, int max, Instant now, Instant leaseUntil);

    /**
     * Claims those of the given entries that are claimable, as {@link #claimDue} would, in outbox order: the relay's
     * fast path for what one transaction has just written. Unknown, delivered or blocked ids are skipped.
     *
     * @param owner      the relay instance claiming; it holds the lease
     * @param eventIds   the ids of the entries to claim
     * @param now        the current instant; entries due at or before it and leases expired by it are claimable
     * @param leaseUntil when the claim lapses and another relay may take the entries over
     * @return the claimed entries in outbox order; empty when none of them is claimable
     */
    List<OutboxEntry> claim(String owner, Collection<UUID> eventIds, Instant now, Instant leaseUntil);

    /**
     * Claims up to {@code max} claimable entries of the given aggregates, as {@link #claimDue} would: the relay's
     * follow-up for entries that waited behind ones it has just delivered.
     *
     * @param owner         the relay instance claiming; it holds the lease
     * @param aggregateKeys the aggregates whose entries to claim, as {@link OutboxEntry#aggregateKey()} gives them
     * @param max           how many entries to claim at most
     * @param now           the current instant; entries due at or before it and leases expired by it are claimable
     * @param leaseUntil    when the claim lapses and another relay may take the entries over
     * @return the claimed entries in outbox order; empty when nothing of those aggregates is due
     */
    List<OutboxEntry> claimDueOf(String owner, Collection<String> aggregateKeys, int max, Instant now,
                                 Instant leaseUntil);

    /**
     * Records that entries were delivered: they are never claimed again and no longer block later entries of their
     * aggregate. The delivery happened, so this holds even if the owner's lease has meanwhile expired. An adapter
     * deletes them or keeps them marked; unknown ids are ignored.
     *
     * @param owner    the relay instance that delivered them
     * @param eventIds the ids of the delivered entries
     */
    void markDelivered(String owner, Collection<UUID> eventIds);

    /**
     * Records a failed attempt of an entry {@code owner} holds: counts it, releases the lease and makes the entry due
     * again at {@code nextAttemptAt}. Later entries of its aggregate stay blocked until it is delivered.
     *
     * @param owner         the relay instance that holds the entry
     * @param eventId       the id of the entry whose delivery failed
     * @param nextAttemptAt when the entry is due again
     * @param error         what went wrong, as kept with the entry for operators
     * @return false, changing nothing, when the entry is delivered, unknown, or claimed by another owner meanwhile
     */
    boolean markFailed(String owner, UUID eventId, Instant nextAttemptAt, String error);

    /**
     * Gives back entries {@code owner} holds without counting an attempt; entries held by others are untouched.
     *
     * @param owner    the relay instance giving the entries back
     * @param eventIds the ids of the entries to release
     */
    void release(String owner, Collection<UUID> eventIds);

    /**
     * How many entries are not delivered yet, due or not.
     *
     * @return the number of undelivered entries, 0 when the outbox is drained
     */
    long undelivered();
}
