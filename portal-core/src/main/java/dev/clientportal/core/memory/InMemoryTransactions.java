package dev.clientportal.core.memory;

import dev.clientportal.core.spi.TransactionRunner;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serializable transactions for the in-memory stores: one lock for all of them, and an undo log that restores
 * every write if the work throws. A transaction started inside another on the same thread joins it.
 */
final class InMemoryTransactions implements TransactionRunner {

    private static final int SPINS_BEFORE_PARKING = 200;

    private final ReentrantLock lock = new ReentrantLock();
    private final ThreadLocal<Deque<Runnable>> undoLog = new ThreadLocal<>();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (undoLog.get() != null) {
            return work.get();
        }
        acquire();
        Deque<Runnable> undo = new ArrayDeque<>();
        undoLog.set(undo);
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            while (!undo.isEmpty()) {
                undo.pop().run();
            }
            throw e;
        } finally {
            undoLog.remove();
            lock.unlock();
        }
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
