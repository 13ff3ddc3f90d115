package dev.clientportal.jpa;

import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.outbox.EventOutbox;
import dev.clientportal.core.outbox.OutboxEntry;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The transactional outbox in {@code cp_outbox_event}. Appends are inserts in the caller's transaction. A claim runs
 * four statements whatever it claims:
 * <ol>
 *   <li>the candidates: due, free entries with no earlier entry of their aggregate that is held or waiting for a
 *       retry, earliest first, read without locks;</li>
 *   <li>the undelivered entries of those aggregates up to the last candidate, read without locks: a candidate is
 *       taken only when every earlier entry of its aggregate is taken by this call too;</li>
 *   <li>the taken entries locked, {@code FOR UPDATE SKIP LOCKED} on PostgreSQL and MariaDB, with the same
 *       conditions checked again: what another relay holds (or took meanwhile) is passed over, and so is every
 *       entry behind it (H2 knows no {@code SKIP LOCKED}: there relays wait for each other and then see the
 *       claim);</li>
 *   <li>one update that gives what is left to the owner until the lease ends.</li>
 * </ol>
 * Only entries a claim takes are ever locked by it. An entry that waits behind another relay's claim is therefore
 * never held by a claim that cannot take it, so that relay's follow-up claim ({@link #claimDueOf}, in the
 * transaction that marks the earlier entry delivered) finds it free and delivers it at once.
 *
 * <p>The relay's fast path appends entries already claimed ({@link #appendClaimed}).
 *
 * <p>Delivered entries are deleted, so the table holds only what is still to deliver. Entries of one aggregate are
 * appended by transactions that change that aggregate and so hold its row lock in turn: the identity order of
 * its entries is the order in which they committed.
 */
final class JpaEventOutbox implements EventOutbox {

    /** Rows per multi-row insert: 6 parameters each, far below every driver's limit. */
    private static final int ROWS_PER_INSERT = 200;
    private static final String DUE = "(e.next_attempt_at is null or e.next_attempt_at <= ?1)"
            + " and (e.owner is null or e.lease_until <= ?1)";
    private static final String NOT_BEHIND_A_BLOCKED_ENTRY = "not exists (select 1 from cp_outbox_event p"
            + " where p.aggregate_key = e.aggregate_key and p.outbox_order < e.outbox_order"
            + " and (p.next_attempt_at > ?1 or (p.owner is not null and p.lease_until > ?1)))";

    private final EntityManagers entityManagers;

    JpaEventOutbox(EntityManagers entityManagers) {
        this.entityManagers = entityManagers;
    }

    @Override
    public void append(List<DomainEvent> events) {
        insert(events, null, null);
    }

    /**
     * Inserts the events already held by {@code owner}, then finds, in one statement, those with an earlier
     * undelivered entry of their aggregate that this call did not append, and gives them back: two statements where
     * an append and a claim would take six, and on PostgreSQL one ({@link #appendClaimedInOneStatement}).
     */
    @Override
    public List<OutboxEntry> appendClaimed(List<DomainEvent> events, String owner, Instant now, Instant leaseUntil) {
        EntityManager entityManager = entityManagers.current();
        if (events.size() <= ROWS_PER_INSERT && SqlDialect.known(entityManager) == SqlDialect.POSTGRESQL) {
            return appendClaimedInOneStatement(entityManager, events, owner, leaseUntil);
        }
        insert(events, owner, leaseUntil);
        List<UUID> ids = events.stream().map(DomainEvent::eventId).toList();
        try {
            @SuppressWarnings("unchecked")
            List<Object> blocked = entityManager.createNativeQuery("select e.event_id from cp_outbox_event e"
                            + " where e.event_id in (?1) and exists (select 1 from cp_outbox_event p"
                            + " where p.aggregate_key = e.aggregate_key and p.outbox_order < e.outbox_order"
                            + " and p.event_id not in (?1))")
                    .setParameter(1, ids)
                    .getResultList();
            return handedBack(events, owner, blocked);
        } catch (RuntimeException e) {
            throw Failures.translate(e, "claim " + events.size() + " appended outbox entries for " + owner);
        }
    }

    /**
     * PostgreSQL: the insert and the search for earlier entries in one statement. The insert's rows are returned
     * by a data-modifying {@code WITH}, whose outer query reads the table as it stood before the statement, so the
     * rows inserted are never taken for earlier ones of their own aggregate.
     */
    private List<OutboxEntry> appendClaimedInOneStatement(EntityManager entityManager, List<DomainEvent> events,
                                                          String owner, Instant leaseUntil) {
        try {
            entityManager.flush();
            Query query = entityManager.createNativeQuery("with added as (" + insertStatement(events.size(), true)
                    + " returning event_id, aggregate_key, outbox_order) select a.event_id from added a"
                    + " where exists (select 1 from cp_outbox_event p where p.aggregate_key = a.aggregate_key"
                    + " and p.outbox_order < a.outbox_order)");
            bindRows(query, events, owner, leaseUntil);
            @SuppressWarnings("unchecked")
            List<Object> blocked = query.getResultList();
            return handedBack(events, owner, blocked);
        } catch (RuntimeException e) {
            throw Failures.translate(e, "append and claim " + events.size() + " outbox entries for " + owner);
        }
    }

    /** Gives back the entries that wait behind an earlier one of their aggregate; answers the others. */
    private List<OutboxEntry> handedBack(List<DomainEvent> events, String owner, List<Object> blocked) {
        Set<UUID> waiting = new HashSet<>();
        blocked.forEach(id -> waiting.add(NativeColumns.uuid(id)));
        if (!waiting.isEmpty()) {
            release(owner, waiting);
        }
        return events.stream().filter(event -> !waiting.contains(event.eventId()))
                .map(event -> new OutboxEntry(event, 0)).toList();
    }

    /** Inserts the events, free ({@code owner} null) or held by {@code owner} until {@code leaseUntil}. */
    private void insert(List<DomainEvent> events, String owner, Instant leaseUntil) {
        EntityManager entityManager = entityManagers.current();
        try {
            if (events.size() == 1) {
                OutboxEventEntity entity = OutboxEventEntity.of(events.get(0));
                entity.owner = owner;
                entity.leaseUntil = leaseUntil;
                entityManager.persist(entity);
            } else {
                insertAll(entityManager, events, owner, leaseUntil);
            }
            entityManager.flush();
        } catch (RuntimeException e) {
            throw Failures.translate(e, "append " + events.size() + " events to the outbox");
        }
    }

    /**
     * Many events in multi-row inserts of up to {@value #ROWS_PER_INSERT} rows: the identity column numbers the rows
     * of one statement in their order, as it numbers single inserts, without a round trip per event for the id the
     * provider would read back.
     */
    private static void insertAll(EntityManager entityManager, List<DomainEvent> events, String owner,
                                  Instant leaseUntil) {
        for (int from = 0; from < events.size(); from += ROWS_PER_INSERT) {
            List<DomainEvent> chunk = events.subList(from, Math.min(events.size(), from + ROWS_PER_INSERT));
            Query insert = entityManager.createNativeQuery(insertStatement(chunk.size(), owner != null));
            bindRows(insert, chunk, owner, leaseUntil);
            insert.executeUpdate();
        }
    }

    /** A multi-row insert of {@code rows} entries, free or with an owner and a lease ({@code held}). */
    private static String insertStatement(int rows, boolean held) {
        StringBuilder sql = new StringBuilder("insert into cp_outbox_event (event_id, event_type, aggregate_key,"
                + " workspace_id, occurred_at, payload, attempts" + (held ? ", owner, lease_until" : "")
                + ") values ");
        for (int row = 0; row < rows; row++) {
            sql.append(row == 0 ? "" : ", ").append(held ? "(?, ?, ?, ?, ?, ?, 0, ?, ?)" : "(?, ?, ?, ?, ?, ?, 0)");
        }
        return sql.toString();
    }

    /** Binds the rows of {@link #insertStatement} in order, an owner and lease to each when {@code owner} is set. */
    private static void bindRows(Query insert, List<DomainEvent> events, String owner, Instant leaseUntil) {
        int p = 0;
        for (DomainEvent event : events) {
            OutboxEventEntity row = OutboxEventEntity.of(event);
            insert.setParameter(++p, row.eventId);
            insert.setParameter(++p, row.eventType);
            insert.setParameter(++p, row.aggregateKey);
            insert.setParameter(++p, row.workspaceId);
            insert.setParameter(++p, row.occurredAt);
            insert.setParameter(++p, row.payload);
            if (owner != null) {
                insert.setParameter(++p, owner);
                insert.setParameter(++p, leaseUntil);
            }
        }
    }

    @Override
    public List<OutboxEntry> claimDue(String owner, int max, Instant now, Instant leaseUntil) {
        return claimAmong("", null, owner, max, now, leaseUntil);
    }

    @Override
    public List<OutboxEntry> claim(String owner, Collection<UUID> eventIds, Instant now, Instant leaseUntil) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return claimAmong(" and e.event_id in (?3)", List.copyOf(new HashSet<>(eventIds)), owner, eventIds.size(),
                now, leaseUntil);
    }

    @Override
    public List<OutboxEntry> claimDueOf(String owner, Collection<String> aggregateKeys, int max, Instant now,
                                        Instant leaseUntil) {
        if (aggregateKeys.isEmpty()) {
            return List.of();
        }
        return claimAmong(" and e.aggregate_key in (?3)", List.copyOf(new HashSet<>(aggregateKeys)), owner, max,
                now, leaseUntil);
    }

    @SuppressWarnings("unchecked")
    private List<OutboxEntry> claimAmong(String among, List<?> amongValues, String owner, int max, Instant now,
                                         Instant leaseUntil) {
        if (max <= 0) {
            return List.of();
        }
        EntityManager entityManager = entityManagers.current();
        try {
            Query query = entityManager.createNativeQuery("select e.* from cp_outbox_event e where " + DUE + among
                            + " and " + NOT_BEHIND_A_BLOCKED_ENTRY + " order by e.outbox_order limit ?2",
                            OutboxEventEntity.class)
                    .setParameter(1, now)
                    .setParameter(2, max);
            if (amongValues != null) {
                query.setParameter(3, amongValues);
            }
            List<OutboxEventEntity> candidates = query.getResultList();
            if (candidates.isEmpty()) {
                return List.of();
            }
            List<OutboxEventEntity> taken = locked(entityManager, inOrderOfTheirAggregates(entityManager, candidates),
                    now);
            if (taken.isEmpty()) {
                return List.of();
            }
            entityManager.createQuery("update OutboxEvent e set e.owner = :owner, e.leaseUntil = :leaseUntil"
                            + " where e.order in :orders")
                    .setParameter("owner", owner)
                    .setParameter("leaseUntil", leaseUntil)
                    .setParameter("orders", taken.stream().map(entity -> entity.order).toList())
                    .executeUpdate();
            List<OutboxEntry> claimed = new ArrayList<>(taken.size());
            for (OutboxEventEntity entity : taken) {
                claimed.add(entity.toEntry());
                entityManager.detach(entity);
            }
            return claimed;
        } catch (RuntimeException e) {
            throw Failures.translate(e, "claim outbox entries for " + owner);
        }
    }

    /**
     * Locks the entries to take, checking again that each is due and not behind a held entry, and keeps those locked
     * in order: an entry another relay holds is skipped, and so is everything after it of its aggregate.
     */
    @SuppressWarnings("unchecked")
    private static List<OutboxEventEntity> locked(EntityManager entityManager, List<OutboxEventEntity> taken,
                                                  Instant now) {
        if (taken.isEmpty()) {
            return taken;
        }
        String lock = SqlDialect.of(entityManager) == SqlDialect.H2 ? " for update" : " for update skip locked";
        Set<Long> locked = new HashSet<>();
        for (Object order : (List<Object>) entityManager.createNativeQuery("select e.outbox_order"
                        + " from cp_outbox_event e where e.outbox_order in (?2) and " + DUE + " and "
                        + NOT_BEHIND_A_BLOCKED_ENTRY + lock)
                .setParameter(1, now)
                .setParameter(2, taken.stream().map(entity -> entity.order).toList())
                .getResultList()) {
            locked.add(((Number) order).longValue());
        }
        Set<String> stopped = new HashSet<>();
        List<OutboxEventEntity> kept = new ArrayList<>(taken.size());
        for (OutboxEventEntity entry : taken) {
            if (!stopped.contains(entry.aggregateKey) && locked.contains(entry.order)) {
                kept.add(entry);
            } else {
                stopped.add(entry.aggregateKey);
            }
        }
        return kept;
    }

    /** The candidates, in outbox order, whose every earlier entry of their aggregate is a candidate taken before. */
    private static List<OutboxEventEntity> inOrderOfTheirAggregates(EntityManager entityManager,
                                                                    List<OutboxEventEntity> candidates) {
        Set<String> aggregates = new HashSet<>();
        candidates.forEach(candidate -> aggregates.add(candidate.aggregateKey));
        long last = candidates.get(candidates.size() - 1).order;
        Map<String, List<Long>> queues = new HashMap<>();
        for (Object[] row : entityManager.createQuery("select e.aggregateKey, e.order from OutboxEvent e"
                        + " where e.aggregateKey in :keys and e.order <= :last order by e.order", Object[].class)
                .setParameter("keys", aggregates)
                .setParameter("last", last)
                .getResultList()) {
            queues.computeIfAbsent((String) row[0], key -> new ArrayList<>()).add((Long) row[1]);
        }
        Set<Long> takenOrders = new HashSet<>();
        List<OutboxEventEntity> taken = new ArrayList<>();
        for (OutboxEventEntity candidate : candidates) {
            boolean earlierTaken = true;
            for (Long earlier : queues.getOrDefault(candidate.aggregateKey, List.of())) {
                if (earlier >= candidate.order) {
                    break;
                }
                earlierTaken &= takenOrders.contains(earlier);
            }
            if (earlierTaken) {
                takenOrders.add(candidate.order);
                taken.add(candidate);
            }
        }
        return taken;
    }

    @Override
    public void markDelivered(String owner, Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return;
        }
        try {
            entityManagers.current().createQuery("delete from OutboxEvent e where e.eventId in :ids")
                    .setParameter("ids", List.copyOf(new HashSet<>(eventIds)))
                    .executeUpdate();
        } catch (RuntimeException e) {
            throw Failures.translate(e, "mark " + eventIds.size() + " outbox entries delivered");
        }
    }

    @Override
    public boolean markFailed(String owner, UUID eventId, Instant nextAttemptAt, String error) {
        String kept = error == null ? "" : error.length() > OutboxEventEntity.ERROR_LENGTH
                ? error.substring(0, OutboxEventEntity.ERROR_LENGTH) : error;
        try {
            return entityManagers.current().createQuery("update OutboxEvent e set e.attempts = e.attempts + 1,"
                            + " e.nextAttemptAt = :next, e.owner = null, e.leaseUntil = null, e.lastError = :error"
                            + " where e.eventId = :id and e.owner = :owner")
                    .setParameter("next", nextAttemptAt)
                    .setParameter("error", kept)
                    .setParameter("id", eventId)
                    .setParameter("owner", owner)
                    .executeUpdate() == 1;
        } catch (RuntimeException e) {
            throw Failures.translate(e, "record a failed delivery of outbox entry " + eventId);
        }
    }

    @Override
    public void release(String owner, Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return;
        }
        try {
            entityManagers.current().createQuery("update OutboxEvent e set e.owner = null, e.leaseUntil = null"
                            + " where e.eventId in :ids and e.owner = :owner")
                    .setParameter("ids", List.copyOf(new HashSet<>(eventIds)))
                    .setParameter("owner", owner)
                    .executeUpdate();
        } catch (RuntimeException e) {
            throw Failures.translate(e, "release " + eventIds.size() + " outbox entries");
        }
    }

    @Override
    public long undelivered() {
        return Versioned.read("count the undelivered outbox entries", () -> entityManagers.current()
                .createQuery("select count(e) from OutboxEvent e", Long.class).getSingleResult());
    }
}
