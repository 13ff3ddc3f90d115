package dev.clientportal.jpa;

import dev.clientportal.core.audit.AuditCheckpoint;
import dev.clientportal.core.audit.AuditEntry;
import dev.clientportal.core.audit.AuditPersonalData;
import dev.clientportal.core.audit.AuditTrail;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.spi.TransactionRunner;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The audit chain in {@code cp_audit_entry}, its heads in {@code cp_audit_head} and the personal-data side records in
 * {@code cp_audit_personal_data}. An append makes sure the workspace's head row exists with a statement that never
 * fails on an existing row (PostgreSQL {@code ON CONFLICT DO NOTHING}; MariaDB {@code ON DUPLICATE KEY UPDATE},
 * which locks the row exclusively at once, so two appenders never both hold a shared lock they then want to
 * upgrade; H2 a {@code MERGE} after locking the workspace row), then locks it {@code FOR UPDATE}: appends to one
 * workspace wait for each other and never fail. Entries are read in sequence order by their primary key, so
 * verification pages through the chain with one statement per page. Side records are read with a shared lock
 * (the latest committed row): an erasure that reads them while another erasure of the same entry is open waits for
 * it and then finds nothing left to erase.
 *
 * <p>A head this instance has seen is locked by one {@code SELECT … FOR UPDATE}, and within a transaction only once:
 * further appends find it managed and locked. The first append of a transaction flushes its entry (a failure
 * arrives typed from this port); later ones in the same transaction are the same statements against a head it
 * holds, so they wait for the next flush, where the provider sends them as JDBC batches.
 */
final class JpaAuditTrail implements AuditTrail {

    private static final String POSTGRESQL_HEAD = "insert into cp_audit_head (workspace_id, last_sequence, last_hash)"
            + " values (?1, 0, ?2) on conflict (workspace_id) do nothing";
    private static final String MARIADB_HEAD = "insert into cp_audit_head (workspace_id, last_sequence, last_hash)"
            + " values (?1, 0, ?2) on duplicate key update last_sequence = last_sequence";
    private static final String H2_HEAD = "merge into cp_audit_head h using (values (cast(?1 as uuid))) s (id)"
            + " on h.workspace_id = s.id when not matched then insert (workspace_id, last_sequence, last_hash)"
            + " values (?1, 0, ?2)";

    private static final int REMEMBERED_HEADS = 100_000;

    private final EntityManagers entityManagers;
    private final TransactionRunner transactions;
    private final Cache<UUID, Boolean> existingHeads = Caffeine.newBuilder().maximumSize(REMEMBERED_HEADS).build();

    /** Both from the same transaction management: ports called outside a transaction open one of their own. */
    JpaAuditTrail(EntityManagers entityManagers, TransactionRunner transactions) {
        this.entityManagers = entityManagers;
        this.transactions = transactions;
    }

    @Override
    public AuditEntry appendNext(WorkspaceId workspaceId, Function<AuditCheckpoint, AuditEntry> next) {
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(next, "next");
        return transactions.inTransaction(() -> append(workspaceId, next));
    }

    private AuditEntry append(WorkspaceId workspaceId, Function<AuditCheckpoint, AuditEntry> next) {
        EntityManager entityManager = entityManagers.current();
        AuditHeadEntity head;
        try {
            head = existingHeads.getIfPresent(workspaceId.value()) == null ? null
                    : entityManager.find(AuditHeadEntity.class, workspaceId.value(), LockModeType.PESSIMISTIC_WRITE);
            if (head == null) {
                head = lockUnseenHead(entityManager, workspaceId);
                existingHeads.put(workspaceId.value(), Boolean.TRUE);
            }
        } catch (RuntimeException e) {
            throw Failures.translate(e, "lock the audit head of workspace " + workspaceId);
        }
        AuditCheckpoint checkpoint = head.lastSequence == 0 ? AuditCheckpoint.genesis(workspaceId)
                : new AuditCheckpoint(workspaceId, head.lastSequence, head.lastHash);
        AuditEntry entry = Objects.requireNonNull(next.apply(checkpoint), "next entry");
        if (!entry.workspaceId().equals(workspaceId) || entry.sequence() != checkpoint.nextSequence()
                || !entry.previousHash().equals(checkpoint.hash())) {
            throw new IllegalArgumentException("entry " + entry.sequence() + " of workspace " + entry.workspaceId()
                    + " does not follow the head " + checkpoint);
        }
        try {
            entityManager.persist(AuditEntryEntity.of(entry));
            head.lastSequence = entry.sequence();
            head.lastHash = entry.hash();
            if (!head.appendedInTransaction) {
                entityManager.flush();
                head.appendedInTransaction = true;
            }
            return entry;
        } catch (RuntimeException e) {
            throw Failures.translate(e, "append audit entry " + entry.sequence() + " of workspace " + workspaceId);
        }
    }

    /** Locks a head this instance has not seen yet, creating it if the workspace has none. */
    private static AuditHeadEntity lockUnseenHead(EntityManager entityManager, WorkspaceId workspaceId) {
        // a plain read first: a locking read of a missing row takes a gap lock on MariaDB, and two gap locks
        // deadlock the two inserts that follow
        AuditHeadEntity head = entityManager.find(AuditHeadEntity.class, workspaceId.value());
        if (head != null) {
            if (entityManager.getLockMode(head) != LockModeType.PESSIMISTIC_WRITE) {
                entityManager.refresh(head, LockModeType.PESSIMISTIC_WRITE);
            }
        } else {
            SqlDialect dialect = SqlDialect.of(entityManager);
            if (dialect == SqlDialect.H2) {
                entityManager.createQuery("select w.id from Workspace w where w.id = :id", UUID.class)
                        .setParameter("id", workspaceId.value())
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .getResultList();
            }
            entityManager.createNativeQuery(switch (dialect) {
                        case POSTGRESQL -> POSTGRESQL_HEAD;
                        case MARIADB -> MARIADB_HEAD;
                        case H2 -> H2_HEAD;
                    })
                    .setParameter(1, workspaceId.value())
                    .setParameter(2, AuditEntry.GENESIS_HASH)
                    .executeUpdate();
            head = entityManager.find(AuditHeadEntity.class, workspaceId.value(),
                    LockModeType.PESSIMISTIC_WRITE);
        }
        return head;
    }

    @Override
    public Optional<AuditEntry> latest(WorkspaceId workspaceId) {
        return read("read the latest audit entry", () -> entityManagers.current()
                .createQuery("select e from AuditEntry e where e.key.workspaceId = :ws"
                        + " order by e.key.sequence desc", AuditEntryEntity.class)
                .setParameter("ws", workspaceId.value())
                .setMaxResults(1)
                .getResultList().stream().findFirst().map(AuditEntryEntity::toDomain));
    }

    @Override
    public List<AuditEntry> entries(WorkspaceId workspaceId, long fromSequence, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return read("read audit entries", () -> entityManagers.current()
                .createQuery("select e from AuditEntry e where e.key.workspaceId = :ws and e.key.sequence >= :from"
                        + " order by e.key.sequence", AuditEntryEntity.class)
                .setParameter("ws", workspaceId.value())
                .setParameter("from", fromSequence)
                .setMaxResults(limit)
                .getResultList().stream().map(AuditEntryEntity::toDomain).toList());
    }

    @Override
    public List<AuditEntry> forSubject(WorkspaceId workspaceId, String subjectType, String subjectId) {
        return read("read the audit entries of a subject", () -> entityManagers.current()
                .createQuery("select e from AuditEntry e where e.key.workspaceId = :ws and e.subjectType = :type"
                        + " and e.subjectId = :id order by e.key.sequence", AuditEntryEntity.class)
                .setParameter("ws", workspaceId.value())
                .setParameter("type", subjectType)
                .setParameter("id", subjectId)
                .getResultList().stream().map(AuditEntryEntity::toDomain).toList());
    }

    @Override
    public List<AuditEntry> byActor(WorkspaceId workspaceId, String actor) {
        return read("read the audit entries of an actor", () -> entityManagers.current()
                .createQuery("select e from AuditEntry e where e.key.workspaceId = :ws and e.actor = :actor"
                        + " order by e.key.sequence", AuditEntryEntity.class)
                .setParameter("ws", workspaceId.value())
                .setParameter("actor", actor)
                .getResultList().stream().map(AuditEntryEntity::toDomain).toList());
    }

    /** A read in the caller's transaction, or in a read-only one of its own. */
    private <T> T read(String action, Supplier<T> query) {
        return transactions.inReadOnlyTransaction(() -> Versioned.read(action, query));
    }

    @Override
    public void storePersonalData(AuditPersonalData record) {
        Objects.requireNonNull(record, "record");
        transactions.inTransaction(() -> {
            EntityManager entityManager = entityManagers.current();
            try {
                entityManager.persist(AuditPersonalDataEntity.of(record));
                entityManager.flush();
                return record;
            } catch (RuntimeException e) {
                throw Failures.translate(e, "store the personal data of audit entry " + record.sequence());
            }
        });
    }

    @Override
    public Map<UUID, AuditPersonalData> personalData(WorkspaceId workspaceId, Collection<UUID> entryIds) {
        if (entryIds.isEmpty()) {
            return Map.of();
        }
        return read("read audit personal data", () -> {
            Map<UUID, AuditPersonalData> found = new HashMap<>();
            entityManagers.current()
                    .createQuery("select p from AuditPersonalData p where p.key.workspaceId = :ws"
                            + " and p.key.entryId in :ids", AuditPersonalDataEntity.class)
                    .setParameter("ws", workspaceId.value())
                    .setParameter("ids", List.copyOf(new HashSet<>(entryIds)))
                    .setLockMode(LockModeType.PESSIMISTIC_READ)
                    .getResultList()
                    .forEach(entity -> found.put(entity.key.entryId, entity.toDomain()));
            return Map.copyOf(found);
        });
    }

    @Override
    public boolean erasePersonalData(AuditPersonalData tombstone) {
        if (!tombstone.erased()) {
            throw new IllegalArgumentException("only a tombstone may replace personal data");
        }
        return transactions.inTransaction(() -> {
            EntityManager entityManager = entityManagers.current();
            try {
                AuditPersonalDataEntity record = entityManager.find(AuditPersonalDataEntity.class,
                        new AuditPersonalDataEntity.Key(tombstone.workspaceId().value(), tombstone.entryId()));
                if (record == null) {
                    return false;
                }
                // the latest committed row under its write lock: a concurrent erasure waits, then finds it erased
                entityManager.refresh(record, LockModeType.PESSIMISTIC_WRITE);
                if (record.erasedBy != 0 || record.sequence != tombstone.sequence()) {
                    return false;
                }
                record.salt = "";
                record.values = Json.write(Json.object());
                record.erasedBy = tombstone.erasedBy();
                record.erasedAt = tombstone.erasedAt();
                entityManager.flush();
                return true;
            } catch (RuntimeException e) {
                throw Failures.translate(e, "erase the personal data of audit entry " + tombstone.sequence());
            }
        });
    }
}
