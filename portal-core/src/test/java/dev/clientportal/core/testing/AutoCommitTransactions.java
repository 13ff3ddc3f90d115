package dev.clientportal.core.testing;

import dev.clientportal.core.spi.TransactionRunner;

import java.util.function.Supplier;

/**
 * A runner that opens no transaction: every store call commits on its own, as a database connection in auto-commit
 * mode. Build a second portal instance with it over the same in-memory stores and its reads no longer hold the
 * stores' global lock, so another instance's transaction can commit between them — the interleaving two instances
 * over one database produce. Use it only for work whose first write is the one that may fail, since nothing is
 * rolled back.
 */
public final class AutoCommitTransactions implements TransactionRunner {

    private final TransactionRunner stores;

    private AutoCommitTransactions(TransactionRunner stores) {
        this.stores = stores;
    }

    /** Auto-commit over the given stores' runner (which each store call still uses on its own). */
    public static AutoCommitTransactions over(TransactionRunner stores) {
        return new AutoCommitTransactions(stores);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    /** Runs the callback at once: in auto-commit mode every write has committed already. */
    @Override
    public void afterCommit(Runnable callback) {
        callback.run();
    }

    @Override
    public boolean isTransactionOpen() {
        return stores.isTransactionOpen();
    }
}
