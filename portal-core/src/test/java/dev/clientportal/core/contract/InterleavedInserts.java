package dev.clientportal.core.contract;

import dev.clientportal.core.spi.TransactionRunner;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Two transactions inserting the same natural key, interleaved as far as the stores allow: the first inserts and
 * keeps its transaction open until the second has started and is about to insert (or a short grace period has
 * passed, for stores that make the second wait before it can start), then commits. On a database the second insert
 * blocks on the unique index until the first commits, then fails, or, for an insert that skips a taken key, finds
 * the first one's row.
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
        Outcome<Void> outcome = interleave(transactions, () -> {
            first.run();
            return null;
        }, () -> {
            second.run();
            return null;
        });
        if (outcome.failure() == null) {
            throw new AssertionError("the second insert of the same key succeeded");
        }
        return outcome.failure();
    }

    /**
     * Runs both inserts, asserts that both committed, and returns what the second answered: for an insert that keeps
     * the first row of a key, the first insert's value.
     *
     * @throws AssertionError when either insert failed
     */
    static <T> T bothSucceed(TransactionRunner transactions, Supplier<T> first, Supplier<T> second) {
        Outcome<T> outcome = interleave(transactions, first, second);
        if (outcome.failure() != null) {
            throw new AssertionError("the second insert of the same key failed", outcome.failure());
        }
        return outcome.value();
    }

    /** What the second transaction answered, or what it threw. */
    private record Outcome<T>(T value, Throwable failure) {
    }

    private static <T> Outcome<T> interleave(TransactionRunner transactions, Supplier<T> first, Supplier<T> second) {
        CountDownLatch firstInserted = new CountDownLatch(1);
        CountDownLatch secondInserting = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<T> winner = threads.submit(() -> transactions.inTransaction(() -> {
                T value = first.get();
                firstInserted.countDown();
                await(secondInserting, GRACE_MILLIS);
                return value;
            }));
            Future<T> loser = threads.submit(() -> {
                await(firstInserted, TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
                return transactions.inTransaction(() -> {
                    secondInserting.countDown();
                    return second.get();
                });
            });
            winner.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            try {
                return new Outcome<>(loser.get(TIMEOUT_SECONDS, TimeUnit.SECONDS), null);
            } catch (ExecutionException e) {
                return new Outcome<>(null, e.getCause());
            }
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
