package dev.clientportal.core.spi;

import org.jspecify.annotations.Nullable;

import java.util.function.Supplier;

/**
 * Runs a unit of work atomically: everything it writes is committed together or not at all.
 *
 * <p>The host supplies one (Spring's {@code TransactionTemplate}, the JPA adapter's runner, or the in-memory
 * one). A {@link RuntimeException} thrown by the work rolls the transaction back and is rethrown unchanged. Work
 * started while a transaction is already open on the thread joins it, so the outermost transaction decides.
 *
 * <p>A host whose container owns transactions maps {@link #afterCommit} to its own hook: Spring's
 * {@code TransactionSynchronizationManager.registerSynchronization(... afterCommit ...)}, Micronaut's
 * {@code TransactionSynchronization}. The portal publishes events and calls the outside world only from there.
 */
public interface TransactionRunner {

    /**
     * Runs the work in a transaction (or joins the one open on this thread) and returns its result.
     *
     * @param <T>  the type of the work's result
     * @param work the work
     * @return the work's result
     */
    <T extends @Nullable Object> T inTransaction(Supplier<T> work);

    /**
     * Runs work that only reads. Adapters may open a read-only transaction (no flush, a replica); the default runs
     * it in an ordinary one.
     *
     * @param <T>  the type of the work's result
     * @param work the work, which only reads
     * @return the work's result
     */
    default <T extends @Nullable Object> T inReadOnlyTransaction(Supplier<T> work) {
        return inTransaction(work);
    }

    /**
     * Whether a transaction is open on this thread, the host's or the portal's. The portal retries work that lost
     * a race ({@code CONCURRENT_MODIFICATION}) only when it opened the outermost transaction itself.
     *
     * @return whether a transaction is open on this thread
     */
    boolean isTransactionOpen();

    /**
     * Runs a callback once the outermost transaction open on this thread has committed; never when it rolls back.
     * A callback that throws is logged by the runner and does not undo the commit nor stop the next callbacks.
     *
     * @param callback what to run after the commit
     * @throws IllegalStateException when no transaction is open on this thread
     */
    void afterCommit(Runnable callback);

    /**
     * Runs a callback once the outermost transaction open on this thread has ended, committed or rolled back, before
     * the {@link #afterCommit} callbacks where the runner can; adapters release what they held for the transaction
     * there (a JVM queue in front of a locked row). A runner that cannot tell returns {@code false} and never calls
     * the callback, so a caller must not depend on it; the default is such a runner.
     *
     * @param callback what to run when the transaction has ended; it must not throw
     * @return whether the callback was registered and will run exactly once
     * @throws IllegalStateException when no transaction is open on this thread
     */
    default boolean afterCompletion(Runnable callback) {
        return false;
    }
}
