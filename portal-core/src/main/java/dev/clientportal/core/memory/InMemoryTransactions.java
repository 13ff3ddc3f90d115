package dev.clientportal.core.memory;

import dev.clientportal.core.spi.TransactionRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Transactions for the in-memory stores, in one of two modes.
 *
 * <p>{@link InMemoryStores.Mode#SERIALIZED}: one lock for all stores, and an undo log that restores every write if
 * the work throws. {@link InMemoryStores.Mode#ROW_LOCKS}: no global lock; a {@link RowLockTransaction} buffers its
 * writes and publishes them at commit, and each written row is locked until the transaction ends, as a database
 * at READ COMMITTED does. In both modes a transaction started inside another on the same thread joins it, and
 * after-commit callbacks run once the outermost transaction has committed and released what it held.
 */
final class InMemoryTransactions implements TransactionRunner {

    private static final Logger LOG = LoggerFactory.getLogger(InMemoryTransactions.class);

    private static final int SPINS_BEFORE_PARKING = 200;

    private final ReentrantLock lock = new ReentrantLock();
    /** Each thread's serialized transaction, reused from one transaction to the next (no garbage per transaction). */
    private final ThreadLocal<Serial> serial = ThreadLocal.withInitial(Serial::new);

    /** {@code null} in the serialized mode. */
    private final @Nullable ThreadLocal<RowLockTransaction> current;
    private final long lockWaitNanos;
    /**
     * Row-lock mode: a commit publishes its rows under the write lock and a read of committed rows takes the read
     * lock, so a reader sees a commit whole or not at all, as a database statement does.
     */
    private final ReentrantReadWriteLock publishing = new ReentrantReadWriteLock();

    /** Serialized transactions: one lock for every store. */
    InMemoryTransactions() {
        this.current = null;
        this.lockWaitNanos = 0;
    }

    /** Transactions with row locks and no global lock; a writer waits at most {@code lockWait} for a row. */
    InMemoryTransactions(Duration lockWait) {
        this.current = new ThreadLocal<>();
        this.lockWaitNanos = lockWait.toNanos();
    }

    /** Whether this runner locks rows instead of serializing every transaction. */
    boolean locksRows() {
        return current != null;
    }

    /** Reads committed rows while no commit is half published (row-lock mode). */
    <T extends @Nullable Object> T readCommitted(Supplier<T> read) {
        publishing.readLock().lock();
        try {
            return read.get();
        } finally {
            publishing.readLock().unlock();
        }
    }

    /** The row-locking transaction open on this thread, {@code null} when none is (or in the serialized mode). */
    @Nullable RowLockTransaction current() {
        return current == null ? null : current.get();
    }

    /** How long a writer waits for a row another transaction holds, in nanoseconds. */
    long lockWaitNanos() {
        return lockWaitNanos;
    }

    @Override
    public <T extends @Nullable Object> T inTransaction(Supplier<T> work) {
        if (current != null) {
            return inRowLockTransaction(current, work);
        }
        Serial transaction = serial.get();
        if (transaction.open) {
            return work.get();
        }
        acquire();
        transaction.open = true;
        T result;
        List<Runnable> committed;
        try {
            result = work.get();
        } catch (RuntimeException | Error e) {
            while (!transaction.undo.isEmpty()) {
                transaction.undo.pop().run();
            }
            throw e;
        } finally {
            transaction.open = false;
            transaction.undo.clear();
            // copied before they run: a callback may open the next transaction on this thread
            committed = transaction.afterCommit.isEmpty() ? List.of() : List.copyOf(transaction.afterCommit);
            transaction.afterCommit.clear();
            try {
                for (Runnable release : transaction.completion) {
                    release.run();
                }
            } finally {
                transaction.completion.clear();
                lock.unlock();
            }
        }
        for (Runnable callback : committed) {
            try {
                callback.run();
            } catch (RuntimeException e) {
                LOG.warn("after-commit callback failed", e);
            }
        }
        return result;
    }

    private <T extends @Nullable Object> T inRowLockTransaction(ThreadLocal<RowLockTransaction> open,
                                                               Supplier<T> work) {
        if (open.get() != null) {
            return work.get();
        }
        RowLockTransaction transaction = new RowLockTransaction();
        open.set(transaction);
        T result;
        try {
            result = work.get();
            publishing.writeLock().lock();
            try {
                transaction.commit();
            } finally {
                publishing.writeLock().unlock();
            }
        } catch (RuntimeException | Error e) {
            transaction.rollback();
            throw e;
        } finally {
            open.remove();
            transaction.end();
        }
        for (Runnable callback : transaction.afterCommit()) {
            try {
                callback.run();
            } catch (RuntimeException e) {
                LOG.warn("after-commit callback failed", e);
            }
        }
        return result;
    }

    @Override
    public void afterCommit(Runnable callback) {
        if (current != null) {
            requireOpen("afterCommit").afterCommit().add(callback);
            return;
        }
        Serial transaction = serial.get();
        if (!transaction.open) {
            throw new IllegalStateException("afterCommit needs an open transaction on this thread");
        }
        transaction.afterCommit.add(callback);
    }

    @Override
    public boolean isTransactionOpen() {
        return current != null ? current.get() != null : serial.get().open;
    }

    /**
     * Runs a callback when the current transaction ends, committed or rolled back, before its after-commit
     * callbacks: releases what a store held for the transaction (a per-workspace lock, as a database's row lock).
     *
     * @throws IllegalStateException when no transaction is open on this thread
     */
    void onCompletion(Runnable release) {
        if (current != null) {
            requireOpen("onCompletion").onCompletion(release);
            return;
        }
        Serial transaction = serial.get();
        if (!transaction.open) {
            throw new IllegalStateException("onCompletion needs an open transaction on this thread");
        }
        transaction.completion.add(release);
    }

    /**
     * Spins briefly before parking: transactions here last microseconds, and parking a thread costs more than
     * waiting for one to finish.
     */
    private void acquire() {
        for (int spin = 0; spin < SPINS_BEFORE_PARKING; spin++) {
            if (lock.tryLock()) {
                return;
            }
            Thread.onSpinWait();
        }
        lock.lock();
    }

    /** Remembers how to undo a write of the current transaction; outside a transaction writes are final. */
    void onRollback(Runnable undo) {
        if (current != null) {
            RowLockTransaction transaction = current.get();
            if (transaction != null) {
                transaction.onRollback(undo);
            }
            return;
        }
        Serial transaction = serial.get();
        if (transaction.open) {
            transaction.undo.push(undo);
        }
    }

    /**
     * The row-locking transaction open on this thread.
     *
     * @throws IllegalStateException when none is open
     */
    RowLockTransaction requireOpen(String what) {
        RowLockTransaction transaction = current();
        if (transaction == null) {
            throw new IllegalStateException(what + " needs an open transaction on this thread");
        }
        return transaction;
    }

    /** What a serialized transaction keeps while it is open on a thread. */
    private static final class Serial {
        private boolean open;
        private final Deque<Runnable> undo = new ArrayDeque<>();
        private final List<Runnable> afterCommit = new ArrayList<>(2);
        private final List<Runnable> completion = new ArrayList<>(1);
    }
}
