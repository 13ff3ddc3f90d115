package dev.clientportal.core.memory;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;

import org.jspecify.annotations.Nullable;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * A map of rows that behaves like a database table inside the in-memory transactions.
 *
 * <p>Serialized mode: every access runs under the transaction lock, so the plain map inside is never touched by two
 * threads at once, and writes are undone when the transaction rolls back. Row-lock mode: the map holds committed
 * rows only; a transaction reads its own buffered writes and others' committed ones (READ COMMITTED), and every
 * write, {@link #update} and {@link #insertIfAbsent} first locks the row until the transaction ends (a second
 * writer waits, as for {@code SELECT ... FOR UPDATE}).
 */
final class Table<K, V> {

    private final InMemoryTransactions transactions;
    private final Map<K, V> rows;
    /** Who holds each locked row; {@code null} in the serialized mode. */
    private final @Nullable ConcurrentHashMap<K, RowLockTransaction> locks;

    Table(InMemoryTransactions transactions) {
        this.transactions = transactions;
        boolean rowLocks = transactions.locksRows();
        this.rows = rowLocks ? new ConcurrentHashMap<>() : new HashMap<>();
        this.locks = rowLocks ? new ConcurrentHashMap<>() : null;
    }

    @Nullable V get(K key) {
        if (locks == null) {
            return read(() -> rows.get(key));
        }
        return visible(transactions.current(), key);
    }

    Collection<V> values() {
        if (locks == null) {
            return read(() -> java.util.List.copyOf(rows.values()));
        }
        RowLockTransaction transaction = transactions.current();
        Map<Object, Object> pending = transaction == null ? null : transaction.pendingIn(this);
        if (pending == null) {
            return transactions.readCommitted(() -> java.util.List.copyOf(rows.values()));
        }
        Map<K, V> view = transactions.readCommitted(() -> new HashMap<>(rows));
        overlay(view, pending);
        return java.util.List.copyOf(view.values());
    }

    void put(K key, V value) {
        transactions.inTransaction(() -> {
            if (locks == null) {
                V previous = rows.put(key, value);
                transactions.onRollback(() -> {
                    if (previous == null) {
                        rows.remove(key);
                    } else {
                        rows.put(key, previous);
                    }
                });
            } else {
                RowLockTransaction transaction = transactions.requireOpen("a write");
                lock(transaction, key);
                transaction.write(this, key, value);
            }
            return null;
        });
    }

    void remove(K key) {
        transactions.inTransaction(() -> {
            if (locks == null) {
                V previous = rows.remove(key);
                if (previous != null) {
                    transactions.onRollback(() -> rows.put(key, previous));
                }
            } else {
                RowLockTransaction transaction = transactions.requireOpen("a delete");
                lock(transaction, key);
                transaction.write(this, key, RowLockTransaction.DELETED);
            }
            return null;
        });
    }

    /**
     * Inserts a row whose version is 0, or replaces one whose stored version equals the given one; stores and
     * returns it with the next version. The row is locked first, so a second writer compares with the first one's
     * committed version.
     */
    V saveVersioned(K key, V row, long version, LongFunction<V> withVersion, java.util.function.ToLongFunction<V> versionOf,
                    String subject) {
        return transactions.inTransaction(() -> {
            V stored = lockedRow(key);
            if (version == 0 && stored != null) {
                throw new PortalException(ErrorCode.DUPLICATE_KEY, subject + " " + key + " exists already");
            }
            if (version != 0 && (stored == null || versionOf.applyAsLong(stored) != version)) {
                throw new PortalException(ErrorCode.CONCURRENT_MODIFICATION, subject + " " + key
                        + " was changed by someone else (expected version " + version + ", found "
                        + (stored == null ? "none" : versionOf.applyAsLong(stored)) + "); load it again and retry");
            }
            V saved = withVersion.apply(version + 1);
            put(key, saved);
            return saved;
        });
    }

    /**
     * Read-modify-write of one row under its lock ({@code SELECT ... FOR UPDATE}, then {@code UPDATE}): the change
     * gets the latest committed row ({@code null} when there is none) and returns the row to store.
     */
    V update(K key, Change<V> change) {
        return transactions.inTransaction(() -> {
            V changed = change.apply(lockedRow(key));
            put(key, changed);
            return changed;
        });
    }

    /**
     * Stores the row unless the key holds one already, as an insert into a unique index does: returns the row that
     * holds the key (committed by another transaction, or written by this one) and stores nothing, or {@code null}
     * once the given row is stored. A racing inserter of the same key waits for the first one's transaction.
     */
    @Nullable V insertIfAbsent(K key, V value) {
        return transactions.inTransaction(() -> {
            V holder = lockedRow(key);
            if (holder == null) {
                put(key, value);
            }
            return holder;
        });
    }

    /**
     * Locks a row, stored or not, until the transaction ends without writing it ({@code SELECT ... FOR UPDATE} on a
     * head row): serializes the writers of something stored elsewhere. Needs an open transaction.
     */
    void lock(K key) {
        if (locks != null) {
            lock(transactions.requireOpen("a row lock"), key);
        }
    }

    <T> T read(Supplier<T> reader) {
        return transactions.inTransaction(reader);
    }

    /** The row as this transaction may change it: locked first in the row-lock mode. Needs an open transaction. */
    private @Nullable V lockedRow(K key) {
        if (locks == null) {
            return rows.get(key);
        }
        RowLockTransaction transaction = transactions.requireOpen("a locked read");
        lock(transaction, key);
        return visible(transaction, key);
    }

    @SuppressWarnings("unchecked")
    private @Nullable V visible(@Nullable RowLockTransaction transaction, K key) {
        if (transaction != null) {
            Object pending = transaction.pending(this, key);
            if (pending != null) {
                return pending == RowLockTransaction.DELETED ? null : (V) pending;
            }
        }
        return transactions.readCommitted(() -> rows.get(key));
    }

    private void lock(RowLockTransaction transaction, K key) {
        ConcurrentHashMap<K, RowLockTransaction> held = requireLocks();
        long deadline = 0;
        while (true) {
            RowLockTransaction holder = held.putIfAbsent(key, transaction);
            if (holder == null) {
                transaction.locked(this, key);
                return;
            }
            if (holder == transaction) {
                return;
            }
            if (deadline == 0) {
                deadline = System.nanoTime() + transactions.lockWaitNanos();
            }
            transaction.awaitEnd(holder, deadline);
        }
    }

    /** Makes a transaction's writes the committed rows; called at commit, while it still holds their locks. */
    @SuppressWarnings("unchecked")
    void publish(Map<Object, Object> written) {
        overlay(rows, written);
    }

    /** Releases a row lock the given transaction holds. */
    void unlock(Object key, RowLockTransaction holder) {
        requireLocks().remove(key, holder);
    }

    private ConcurrentHashMap<K, RowLockTransaction> requireLocks() {
        if (locks == null) {
            throw new IllegalStateException("rows are locked only by transactions with row locks");
        }
        return locks;
    }

    @SuppressWarnings("unchecked")
    private void overlay(Map<K, V> target, Map<Object, Object> written) {
        for (Map.Entry<Object, Object> write : written.entrySet()) {
            if (write.getValue() == RowLockTransaction.DELETED) {
                target.remove((K) write.getKey());
            } else {
                target.put((K) write.getKey(), (V) write.getValue());
            }
        }
    }

    /** The row to store, computed from the latest committed one. */
    @FunctionalInterface
    interface Change<V> {

        /** The new row given the current one, {@code null} when there is none. */
        V apply(@Nullable V current);
    }
}
