package dev.clientportal.core.memory;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.audit.AuditCheckpoint;
import dev.clientportal.core.audit.AuditEntry;
import dev.clientportal.core.audit.AuditPersonalData;
import dev.clientportal.core.audit.AuditTrail;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Audit chains in memory, one per workspace, each behind its own head lock held until the appending transaction
 * ends, as a database holds the row lock of a per-workspace head row. Readers in other transactions see only
 * committed entries; the transaction holding the lock also sees its own.
 */
final class InMemoryAuditTrail implements AuditTrail {

    private static final int SPINS_BEFORE_PARKING = 200;

    private final InMemoryTransactions transactions;
    private final Map<WorkspaceId, Chain> chains = new ConcurrentHashMap<>();
    /** Personal-data side records by (workspace, entry id); replaced atomically, as a row update would be. */
    private final Map<SideKey, AuditPersonalData> personalData = new ConcurrentHashMap<>();

    InMemoryAuditTrail(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public AuditEntry appendNext(WorkspaceId workspaceId, Function<AuditCheckpoint, AuditEntry> next) {
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(next, "next");
        return transactions.inTransaction(() -> {
            Chain chain = chains.computeIfAbsent(workspaceId, Chain::new);
            chain.acquire(transactions.lockWaitNanos());
            // registered at once, so the lock is released even when building the entry fails
            transactions.onCompletion(chain::release);
            AuditCheckpoint head = chain.head();
            AuditEntry entry = Objects.requireNonNull(next.apply(head), "next entry");
            if (!entry.workspaceId().equals(workspaceId) || entry.sequence() != head.nextSequence()
                    || !entry.previousHash().equals(head.hash())) {
                throw new IllegalArgumentException("entry " + entry.sequence() + " of workspace "
                        + entry.workspaceId() + " does not follow the head " + head);
            }
            chain.add(entry);
            transactions.onRollback(chain::removeLast);
            return entry;
        });
    }

    @Override
    public Optional<AuditEntry> latest(WorkspaceId workspaceId) {
        return transactions.inTransaction(() -> {
            Chain chain = chains.get(workspaceId);
            if (chain == null) {
                return Optional.empty();
            }
            int size = chain.visibleSize();
            AuditEntry[] entries = chain.entries;
            return size == 0 ? Optional.empty() : Optional.of(entries[size - 1]);
        });
    }

    @Override
    public List<AuditEntry> entries(WorkspaceId workspaceId, long fromSequence, int limit) {
        return transactions.inTransaction(() -> {
            Chain chain = chains.get(workspaceId);
            if (chain == null) {
                return List.of();
            }
            int size = chain.visibleSize();
            AuditEntry[] entries = chain.entries;
            int from = (int) Math.max(0, Math.min(size, fromSequence - 1));
            int to = (int) Math.min(size, (long) from + limit);
            return List.of(Arrays.copyOfRange(entries, from, to));
        });
    }

    @Override
    public List<AuditEntry> forSubject(WorkspaceId workspaceId, String subjectType, String subjectId) {
        return visibleEntries(workspaceId,
                entry -> entry.subjectType().equals(subjectType) && entry.subjectId().equals(subjectId));
    }

    @Override
    public List<AuditEntry> byActor(WorkspaceId workspaceId, String actor) {
        return visibleEntries(workspaceId, entry -> entry.actor().equals(actor));
    }

    /** The entries of a workspace's chain this transaction may see that pass a test, in sequence order. */
    private List<AuditEntry> visibleEntries(WorkspaceId workspaceId, Predicate<AuditEntry> test) {
        return transactions.inTransaction(() -> {
            Chain chain = chains.get(workspaceId);
            if (chain == null) {
                return List.of();
            }
            int size = chain.visibleSize();
            AuditEntry[] entries = chain.entries;
            List<AuditEntry> found = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                if (test.test(entries[i])) {
                    found.add(entries[i]);
                }
            }
            return List.copyOf(found);
        });
    }

    @Override
    public void storePersonalData(AuditPersonalData record) {
        Objects.requireNonNull(record, "record");
        transactions.inTransaction(() -> {
            SideKey key = new SideKey(record.workspaceId(), record.entryId());
            if (personalData.putIfAbsent(key, record) != null) {
                throw new PortalException(ErrorCode.DUPLICATE_KEY, "audit entry " + record.sequence()
                        + " has personal data already");
            }
            transactions.onRollback(() -> personalData.remove(key, record));
            return null;
        });
    }

    @Override
    public Map<UUID, AuditPersonalData> personalData(WorkspaceId workspaceId, Collection<UUID> entryIds) {
        return transactions.inTransaction(() -> {
            Map<UUID, AuditPersonalData> found = new HashMap<>();
            for (UUID entryId : entryIds) {
                AuditPersonalData record = personalData.get(new SideKey(workspaceId, entryId));
                if (record != null) {
                    found.put(entryId, record);
                }
            }
            return Map.copyOf(found);
        });
    }

    @Override
    public boolean erasePersonalData(AuditPersonalData tombstone) {
        if (!tombstone.erased()) {
            throw new IllegalArgumentException("only a tombstone may replace personal data");
        }
        return transactions.inTransaction(() -> {
            SideKey key = new SideKey(tombstone.workspaceId(), tombstone.entryId());
            AuditPersonalData live = personalData.get(key);
            if (live == null || live.erased() || live.sequence() != tombstone.sequence()
                    || !personalData.replace(key, live, tombstone)) {
                return false;
            }
            transactions.onRollback(() -> personalData.replace(key, tombstone, live));
            return true;
        });
    }

    List<AuditPersonalData> allPersonalData() {
        return transactions.inTransaction(() -> List.copyOf(personalData.values()));
    }

    private record SideKey(WorkspaceId workspaceId, UUID entryId) {
    }

    List<AuditEntry> all() {
        return transactions.inTransaction(() -> {
            List<AuditEntry> all = new ArrayList<>();
            for (Chain chain : chains.values()) {
                int size = chain.visibleSize();
                all.addAll(Arrays.asList(chain.entries).subList(0, size));
            }
            return all;
        });
    }

    /**
     * One workspace's chain: an array that only the lock holder writes, and the count of committed entries that
     * readers without the lock may see. The array is replaced when it grows, and published
     * before the count, so a reader that sees a count finds at least that many entries in the array it reads next.
     */
    private static final class Chain {
        private final ReentrantLock lock = new ReentrantLock();
        private final WorkspaceId workspaceId;
        private volatile AuditEntry[] entries = new AuditEntry[16];
        /** Entries including the lock holder's uncommitted ones; read and written only under the lock. */
        private int size;
        /** Entries committed; written under the lock, read by anyone. */
        private volatile int committed;

        Chain(WorkspaceId workspaceId) {
            this.workspaceId = workspaceId;
        }

        /**
         * Spins briefly before parking, as {@link InMemoryTransactions} does: an append holds the lock for
         * microseconds, and parking costs more than waiting for it. With row locks the wait is bounded, as a
         * database's lock wait is: two transactions appending to two workspaces in opposite order end with one of
         * them failing retryably instead of both waiting for ever.
         *
         * @throws PortalException {@link ErrorCode#CONCURRENT_MODIFICATION} when the head stays held longer than
         *         {@code waitNanos} (0: wait as long as it takes, as the serialized mode never contends)
         */
        void acquire(long waitNanos) {
            for (int spin = 0; spin < SPINS_BEFORE_PARKING; spin++) {
                if (lock.tryLock()) {
                    return;
                }
                Thread.onSpinWait();
            }
            if (waitNanos == 0) {
                lock.lock();
                return;
            }
            try {
                if (lock.tryLock(waitNanos, TimeUnit.NANOSECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new PortalException(ErrorCode.CONCURRENT_MODIFICATION, "the audit chain of workspace "
                    + workspaceId + " stayed locked by another transaction: the lock wait timed out; retry");
        }

        AuditCheckpoint head() {
            return size == 0 ? AuditCheckpoint.genesis(workspaceId) : AuditCheckpoint.of(entries[size - 1]);
        }

        void add(AuditEntry entry) {
            AuditEntry[] array = entries;
            if (size == array.length) {
                array = Arrays.copyOf(array, array.length * 2);
                entries = array;
            }
            array[size++] = entry;
        }

        /** Drops the newest entry; its slot is overwritten by the next {@link #add}. */
        void removeLast() {
            size--;
        }

        /**
         * Runs when the appending transaction ends, after a rollback has undone its entries: publishes what it
         * committed (nothing after a rollback) and lets the next appender in.
         */
        void release() {
            committed = size;
            lock.unlock();
        }

        int visibleSize() {
            return lock.isHeldByCurrentThread() ? size : committed;
        }
    }
}
