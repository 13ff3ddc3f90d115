package dev.clientportal.core.invoice;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Combines concurrent requests of one key into batches run by one thread at a time. A caller queues its request in
 * the key's lane; whoever takes the lane's turn drains what is queued and runs it as one batch, while later callers
 * queue up behind it for the next batch, so the batches grow with the contention and a lone caller runs alone. The
 * turn is held only by a thread serving batches, and handed to the oldest waiting caller when it is released.
 *
 * <p>A batch runner completes every request it was given, each with a result, or by sending it back to its caller
 * to run alone (in the caller's own thread, with its own exception), or by failing it with an exception that the
 * caller rethrows. Lanes are held weakly: a key nobody waits on costs no memory.
 *
 * @param <K> the key that requests are combined by
 * @param <Q> what a request asks for
 * @param <R> what a request answers
 */
final class CombiningLanes<K, Q, R> {

    /**
     * Runs a batch of requests and completes each of them. Once every request is completed, the runner may call
     * {@code handOver} (once) to let the next batch start while it finishes slow work of its own, such as what runs
     * after a commit; otherwise the turn passes on when it returns.
     */
    @FunctionalInterface
    interface BatchRunner<Q, R> {
        void run(List<Request<Q, R>> batch, Runnable handOver);
    }

    /** What a caller does with its request once the lanes are done with it. */
    enum Outcome { ANSWERED, RUN_ALONE, FAILED }

    private final int maxBatch;
    private final BatchRunner<Q, R> runner;
    private final LoadingCache<K, Lane<Q, R>> lanes = Caffeine.newBuilder().weakValues().build(key -> new Lane<>());

    CombiningLanes(int maxBatch, BatchRunner<Q, R> runner) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be at least 1");
        }
        this.maxBatch = maxBatch;
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    /**
     * Queues a request in its key's lane and waits until a batch has served it, serving batches itself while it
     * holds the turn.
     *
     * @return the request, completed
     */
    Request<Q, R> submit(K key, Q query) {
        Lane<Q, R> lane = lanes.get(key);
        Request<Q, R> mine = new Request<>(query, Thread.currentThread());
        lane.queue.add(mine);
        while (mine.outcome == null) {
            if (lane.turn.tryAcquire()) {
                Tenure tenure = new Tenure(lane);
                try {
                    serveUntilDone(lane, mine, tenure);
                } finally {
                    tenure.end();
                }
            } else {
                mine.await();
            }
        }
        return mine;
    }

    private void serveUntilDone(Lane<Q, R> lane, Request<Q, R> mine, Tenure tenure) {
        while (mine.outcome == null && !tenure.ended()) {
            List<Request<Q, R>> batch = new ArrayList<>(Math.min(maxBatch, 16));
            for (Request<Q, R> next; batch.size() < maxBatch && (next = lane.queue.poll()) != null; ) {
                batch.add(next);
            }
            if (batch.isEmpty()) {
                return;
            }
            try {
                runner.run(batch, tenure::end);
            } finally {
                for (Request<Q, R> request : batch) {
                    if (request.outcome == null) {
                        request.runAlone();
                    }
                }
            }
        }
    }

    /** One thread's hold of a lane's turn, given back once: when its batch hands over, or when it stops serving. */
    private static final class Tenure {
        private final Lane<?, ?> lane;
        private final AtomicBoolean ended = new AtomicBoolean();

        Tenure(Lane<?, ?> lane) {
            this.lane = lane;
        }

        boolean ended() {
            return ended.get();
        }

        /** Gives the turn back and wakes the oldest waiting caller to take it; later calls do nothing. */
        void end() {
            if (ended.compareAndSet(false, true)) {
                lane.turn.release();
                Request<?, ?> next = lane.queue.peek();
                if (next != null) {
                    next.wake();
                }
            }
        }
    }

    /** The queue of one key's requests and the turn to serve them. */
    private static final class Lane<Q, R> {
        final ConcurrentLinkedQueue<Request<Q, R>> queue = new ConcurrentLinkedQueue<>();
        final Semaphore turn = new Semaphore(1);
    }

    /** One caller's request, completed once by the batch that serves it. */
    static final class Request<Q, R> {
        private final Q query;
        private final Thread caller;
        private volatile @Nullable Outcome outcome;
        private volatile boolean woken;
        private @Nullable R result;
        private @Nullable RuntimeException failure;

        Request(Q query, Thread caller) {
            this.query = query;
            this.caller = caller;
        }

        Q query() {
            return query;
        }

        /** Whether the calling thread is the one that asked: a batch runner may answer its own request differently. */
        boolean askedByCurrentThread() {
            return caller == Thread.currentThread();
        }

        /** Completes the request with its answer. */
        void answer(R answer) {
            result = answer;
            complete(Outcome.ANSWERED);
        }

        /** Completes the request by sending it back to its caller to run alone. */
        void runAlone() {
            complete(Outcome.RUN_ALONE);
        }

        /** Completes the request with an exception its caller rethrows. */
        void fail(RuntimeException exception) {
            failure = exception;
            complete(Outcome.FAILED);
        }

        Outcome outcome() {
            return Objects.requireNonNull(outcome, "the request is not completed yet");
        }

        R result() {
            return Objects.requireNonNull(result, "the request has no answer");
        }

        RuntimeException failure() {
            return Objects.requireNonNull(failure, "the request did not fail");
        }

        private void complete(Outcome how) {
            if (outcome != null) {
                throw new IllegalStateException("the request is completed already");
            }
            outcome = how;
            LockSupport.unpark(caller);
        }

        private void wake() {
            woken = true;
            LockSupport.unpark(caller);
        }

        private void await() {
            while (outcome == null && !woken) {
                LockSupport.park(this);
            }
            woken = false;
        }
    }
}
