package dev.clientportal.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs calls on their own threads, released together by a latch, and waits a bounded time for all of them: the
 * way tests make two decisions race without sleeping.
 */
public final class Race {

    private static final long TIMEOUT_SECONDS = 30;

    private Race() {
    }

    /**
     * What one call of a race ended with.
     *
     * @param value   its result, {@code null} when it failed
     * @param failure what it threw, {@code null} when it returned
     */
    public record Outcome<T>(T value, Throwable failure) {
        /** Whether the call returned. */
        public boolean succeeded() {
            return failure == null;
        }
    }

    /** Starts every call at once and returns their outcomes in the order of the calls. */
    @SafeVarargs
    public static <T> List<Outcome<T>> run(Callable<T>... calls) {
        ExecutorService threads = Executors.newFixedThreadPool(calls.length);
        CountDownLatch ready = new CountDownLatch(calls.length);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    assertThat(go.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("released in time").isTrue();
                    return call.call();
                }));
            }
            assertThat(ready.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("every racer started").isTrue();
            go.countDown();
            List<Outcome<T>> outcomes = new ArrayList<>();
            for (Future<T> future : futures) {
                outcomes.add(outcome(future));
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while racing", e);
        } finally {
            threads.shutdownNow();
        }
    }

    private static <T> Outcome<T> outcome(Future<T> future) throws InterruptedException {
        try {
            return new Outcome<>(future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS), null);
        } catch (ExecutionException e) {
            return new Outcome<>(null, e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("a racer did not finish within " + TIMEOUT_SECONDS + " s", e);
        }
    }
}
