package dev.clientportal.core.contract;

import dev.clientportal.core.spi.TransactionRunner;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Two transactions inserting the same natural key, interleaved as far as the stores allow: the first inserts and
 * keeps its transaction open until the second has started and is about to insert (or a short grace period has
 * passed, for stores that make the second wait before it can start), then commits. On a database the second insert
 * blocks on the unique index until the first commits, then fails.
 */
final class InterleavedInserts {

    private static final long TIMEOUT_SECONDS = 30;
    private static final long GRACE_MILLIS = 300;

    private InterleavedInserts() {
    }

    /**
     * Runs both inserts, asserts that the first committed, and returns what the second threw.
     *
     * @throws AssertionError when the second insert succeeded
     */
    static Throwable secondFails(TransactionRunner transactions, Runnable first, Runnable second) {
        CountDownLatch firstInserted = new CountDownLatch(1);
        CountDownLatch secondInserting = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> winner = threads.submit(() -> transactions.inTransaction(() -> {
                first.run();
                firstInserted.countDown();
                await(secondInserting, GRACE_MILLIS);
                return null;
            }));
            Future<?> loser = threads.submit(() -> {
                await(firstInserted, TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
                return transactions.inTransaction(() -> {
                    secondInserting.countDown();
                    second.run();
                    return null;
                });
            });
            winner.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            try {
                loser.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                return e.getCause();
            }
            throw new AssertionError("the second insert of the same key succeeded");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } catch (Exception e) {
            throw new AssertionError("the first insert failed or a transaction hung", e);
        } finally {
            threads.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch, long millis) {
        try {
            latch.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
