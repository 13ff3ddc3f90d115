package dev.clientportal.core.memory;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;

import org.jspecify.annotations.Nullable;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One transaction of the row-locking mode: the writes it buffers per table (nobody else sees them before commit),
 * the rows it locked (held until it ends), and the callbacks to run when it ends. Used by one thread; other threads
 * only wait for it to end and follow {@link #waitingFor} to find deadlocks.
 */
final class RowLockTransaction {

    /** The buffered value of a row the transaction deleted. */
    static final Object DELETED = new Object();

    private static final int SPINS_BEFORE_WAITING = 100;
    private static final int LONGEST_WAIT_CHAIN = 64;
    /** Held while a transaction checks for a cycle and registers what it waits for. */
    private static final Object DEADLOCK_CHECK = new Object();

    private final Map<Table<?, ?>, Map<Object, Object>> writes = new IdentityHashMap<>(4);
    private final List<Table<?, ?>> lockedTables = new ArrayList<>();
    private final List<Object> lockedKeys = new ArrayList<>();
    private final List<Runnable> afterCommit = new ArrayList<>(2);
    private @Nullable List<Runnable> onCompletion;
    private @Nullable Deque<Runnable> undo;

    /** The transaction this one waits for, {@code null} when it does not wait. */
    private volatile @Nullable RowLockTransaction waitingFor;
    private volatile boolean ended;

    /** The buffered value of a row ({@link #DELETED} for a deleted one), {@code null} when this wrote none. */
    @Nullable Object pending(Table<?, ?> table, Object key) {
        Map<Object, Object> rows = writes.get(table);
        return rows == null ? null : rows.get(key);
    }

    /** Every row this transaction wrote in a table, {@code null} when it wrote none. */
    @Nullable Map<Object, Object> pendingIn(Table<?, ?> table) {
        return writes.get(table);
    }

    /** Buffers a write; the caller holds the row's lock. */
    void write(Table<?, ?> table, Object key, Object value) {
        writes.computeIfAbsent(table, any -> new HashMap<>()).put(key, value);
    }

    /** Remembers a row lock to release when the transaction ends. */
    void locked(Table<?, ?> table, Object key) {
        lockedTables.add(table);
        lockedKeys.add(key);
    }

    /**
     * Waits until {@code owner} ends, as a database waits for the holder of a row lock. Fails at once when waiting
     * would close a cycle (a deadlock), and when {@code deadline} passes. The messages name no row: its key may be a
     * secret's hash.
     *
     * @throws PortalException {@link ErrorCode#CONCURRENT_MODIFICATION}, which a caller may retry in a new transaction
     */
    void awaitEnd(RowLockTransaction owner, long deadline) {
        for (int spin = 0; spin < SPINS_BEFORE_WAITING; spin++) {
            if (owner.ended) {
                return;
            }
            Thread.onSpinWait();
        }
        try {
            // one check at a time, as a database's deadlock detector: of two transactions closing a cycle at the same
            // moment, the one that checks second is the only one to fail, and the other goes on waiting
            synchronized (DEADLOCK_CHECK) {
                if (waitsOnItself(owner)) {
                    throw new PortalException(ErrorCode.CONCURRENT_MODIFICATION, "deadlock detected: a row this "
                            + "transaction writes is held by another transaction that waits for this one; retry the "
                            + "transaction");
                }
                waitingFor = owner;
            }
            synchronized (owner) {
                while (!owner.ended) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        throw new PortalException(ErrorCode.CONCURRENT_MODIFICATION, "timed out waiting for a row lock held "
                                + "by another transaction; retry the transaction");
                    }
                    owner.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PortalException(ErrorCode.CONCURRENT_MODIFICATION, "interrupted while waiting for a row lock",
                    e);
        } finally {
            waitingFor = null;
        }
    }

    private boolean waitsOnItself(RowLockTransaction owner) {
        RowLockTransaction next = owner;
        for (int step = 0; next != null && step < LONGEST_WAIT_CHAIN; step++) {
            if (next == this) {
                return true;
            }
            next = next.waitingFor;
        }
        return false;
    }

    List<Runnable> afterCommit() {
        return afterCommit;
    }

    void onCompletion(Runnable release) {
        if (onCompletion == null) {
            onCompletion = new ArrayList<>(1);
        }
        onCompletion.add(release);
    }

    void onRollback(Runnable step) {
        if (undo == null) {
            undo = new ArrayDeque<>();
        }
        undo.push(step);
    }

    /** Publishes every buffered write; the rows are still locked, so no other writer interleaves. */
    void commit() {
        for (Map.Entry<Table<?, ?>, Map<Object, Object>> table : writes.entrySet()) {
            table.getKey().publish(table.getValue());
        }
    }

    /** Drops the buffered writes and undoes what stores with maps of their own did. */
    void rollback() {
        writes.clear();
        if (undo != null) {
            while (!undo.isEmpty()) {
                undo.pop().run();
            }
        }
    }

    /** Releases what the transaction held, then wakes whoever waits for it. */
    void end() {
        try {
            if (onCompletion != null) {
                for (Runnable release : onCompletion) {
                    release.run();
                }
            }
        } finally {
            for (int i = 0; i < lockedTables.size(); i++) {
                lockedTables.get(i).unlock(lockedKeys.get(i), this);
            }
            ended = true;
            synchronized (this) {
                notifyAll();
            }
        }
    }
}
