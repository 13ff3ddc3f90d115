package dev.clientportal.core.spi;

import java.util.function.Supplier;

/**
 * Runs a unit of work atomically: everything it writes is committed together or not at all.
 *
 * <p>The host supplies one (Spring's {@code TransactionTemplate}, the JPA adapter's runner, or the in-memory
 * one). A {@link RuntimeException} thrown by the work rolls the transaction back and is rethrown unchanged.
 */
@FunctionalInterface
public interface TransactionRunner {

    /** Runs the work in a transaction and returns its result. */
    <T> T inTransaction(Supplier<T> work);
}
