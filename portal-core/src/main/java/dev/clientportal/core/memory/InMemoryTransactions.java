package dev.clientportal.core.memory;

import dev.clientportal.core.spi.TransactionRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serializable transactions for the in-memory stores: one lock for all of them, and an undo log that restores
 * every write if the work throws. A transaction started inside another on the same thread joins it. After-commit
 * callbacks run once the outermost transaction has committed and released the lock.
 */
final class InMemoryTransactions implements TransactionRunner {

    private static final Logger LOG = LoggerFactory.getLogger(InMemoryTransactions.class);

    private static final int SPINS_BEFORE_PARKING = 200;

    private final ReentrantLock lock = new ReentrantLock();
    private final ThreadLocal<Deque<Runnable>> undoLog = new ThreadLocal<>();
    private final ThreadLocal<List<Runnable>> afterCommit = new ThreadLocal<>();
    private final ThreadLocal<List<Runnable>> onCompletion = new ThreadLocal<>();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (undoLog.get() != null) {
            return work.get();
        }
        acquire();
        Deque<Runnable> undo = new ArrayDeque<>();
        List<Runnable> committed = new ArrayList<>(2);
        List<Runnable> completed = new ArrayList<>(1);
        undoLog.set(undo);
        afterCommit.set(committed);
        onCompletion.set(completed);
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error e) {
            while (!undo.isEmpty()) {
                undo.pop().run();
            }
            throw e;
        } finally {
            undoLog.remove();
            afterCommit.remove();
            onCompletion.remove();
            for (Runnable release : completed) {
                release.run();
            }
            lock.unlock();
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

    @Override
    public void afterCommit(Runnable callback) {
        List<Runnable> callbacks = afterCommit.get();
        if (callbacks == null) {
            throw new IllegalStateException("afterCommit needs an open transaction on this thread");
        }
        callbacks.add(callback);
    }

    @Override
    public boolean isTransactionOpen() {
        return undoLog.get() != null;
    }

    /**
     * Runs a callback when the current transaction ends, committed or rolled back, before its after-commit
     * callbacks: releases what a store held for the transaction (a per-workspace lock, as a database's row lock).
     *
     * @throws IllegalStateException when no transaction is open on this thread
     */
    void onCompletion(Runnable release) {
        List<Runnable> releases = onCompletion.get();
        if (releases == null) {
            throw new IllegalStateException("onCompletion needs an open transaction on this thread");
        }
        releases.add(release);
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
        Deque<Runnable> log = undoLog.get();
        if (log != null) {
            log.push(undo);
        }
    }
}
