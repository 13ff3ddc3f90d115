package dev.clientportal.core.analytics;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The view log written behind: views queue in memory and go to {@link ViewStore#appendAll} in batches, when a batch
 * is full or its oldest view waited {@code maxDelay}, and whenever the host calls {@link #flush()}. No thread of its
 * own: the thread whose view makes a batch due writes it, one writer at a time, while other threads keep queueing.
 *
 * <p>A write that fails is not lost silently: its views go back to the head of the queue (order kept), a warning is
 * logged, and the next write is tried after {@code maxDelay} (or at the next {@link #flush()}). A failure that
 * retrying cannot cure (a view the store rejects) would block the queue for good, so then the batch is written view
 * by view and each view the store still rejects is dropped with an error naming it. The queue is bounded by
 * {@value #PENDING_BATCHES} batches: a caller that finds it full waits for the writer and writes itself (callers
 * faster than the store slow down to its pace), or, while the store is down, fails as an unbuffered write would.
 */
final class ViewLogBuffer {

    /** How many full batches may wait while the store is down before queueing refuses more. */
    static final int PENDING_BATCHES = 20;

    private static final Logger LOG = LoggerFactory.getLogger(ViewLogBuffer.class);

    private final ViewStore store;
    private final int maxBatch;
    private final Duration maxDelay;
    private final Clock clock;
    /** The queued views, oldest first; guarded by its own monitor. */
    private final ArrayDeque<Queued> pending = new ArrayDeque<>();
    /** Held by the one thread writing batches. */
    private final ReentrantLock writing = new ReentrantLock();
    /** After a failed write, automatic writes wait until then; guarded by {@link #pending}. */
    private Instant retryNotBefore = Instant.MIN;

    ViewLogBuffer(ViewStore store, int maxBatch, Duration maxDelay, Clock clock) {
        this.store = store;
        this.maxBatch = maxBatch;
        this.maxDelay = maxDelay;
        this.clock = clock;
    }

    /**
     * Queues a view, and writes the due batches when no other thread is writing. When the queue is full the caller
     * waits for the writer and writes itself (callers faster than the store slow down to its pace), unless the last
     * write failed within {@code maxDelay}: then the store is down and queueing fails at once.
     *
     * @throws PortalException {@code STORE_UNAVAILABLE} when the queue is full because the store keeps failing
     */
    void add(DocumentView view) {
        while (true) {
            boolean queued = false;
            boolean due = false;
            synchronized (pending) {
                Instant now = clock.instant();
                if (pending.size() < capacity()) {
                    pending.addLast(new Queued(view, now));
                    queued = true;
                    due = due(now);
                } else if (now.isBefore(retryNotBefore)) {
                    throw unavailable(view);
                }
            }
            if (queued) {
                if (due && writing.tryLock()) {
                    try {
                        write(false);
                    } finally {
                        writing.unlock();
                    }
                }
                return;
            }
            // Full: wait for the writer and write what is due, then queue again. Other threads may fill the room
            // this write made before this one queues, so it tries again; a failed write sets retryNotBefore and
            // the next pass refuses instead.
            writing.lock();
            try {
                write(false);
            } finally {
                writing.unlock();
            }
        }
    }

    /** The most views the queue holds. */
    private int capacity() {
        return maxBatch * PENDING_BATCHES;
    }

    /** The failure of queueing a view while the store keeps failing; the caller holds the queue's monitor. */
    private PortalException unavailable(DocumentView view) {
        return new PortalException(ErrorCode.STORE_UNAVAILABLE, pending.size() + " views wait to be written to the"
                + " view log and its last write failed; view " + view.id() + " is not recorded");
    }

    /**
     * Writes every queued view now, waiting for a write in progress first.
     *
     * @return how many views are still queued: 0 unless a write failed (or other threads queued more meanwhile)
     */
    int flush() {
        writing.lock();
        try {
            write(true);
        } finally {
            writing.unlock();
        }
        synchronized (pending) {
            return pending.size();
        }
    }

    /** Writes batches while they are due (or, for a flush, until the queue is empty); the caller holds the lock. */
    private void write(boolean everything) {
        while (true) {
            List<DocumentView> batch;
            synchronized (pending) {
                if (pending.isEmpty() || !everything && !due(clock.instant())) {
                    return;
                }
                batch = new ArrayList<>(Math.min(maxBatch, pending.size()));
                while (batch.size() < maxBatch && !pending.isEmpty()) {
                    batch.add(pending.peekFirst().view());
                    pending.removeFirst();
                }
            }
            if (!appended(batch)) {
                return;
            }
        }
    }

    /** Whether a batch is due: full, or its oldest view waited long enough, and no failure asks to wait. */
    private boolean due(Instant now) {
        Queued oldest = pending.peekFirst();
        return oldest != null && !now.isBefore(retryNotBefore)
                && (pending.size() >= maxBatch || !now.isBefore(oldest.queuedAt().plus(maxDelay)));
    }

    /** Appends a batch; on failure puts back what was not written and answers {@code false}. */
    private boolean appended(List<DocumentView> batch) {
        try {
            store.appendAll(batch);
            return true;
        } catch (RuntimeException e) {
            if (retryable(e)) {
                requeue(batch, batch.size(), e);
                return false;
            }
        }
        for (int i = 0; i < batch.size(); i++) {
            DocumentView view = batch.get(i);
            try {
                store.append(view);
            } catch (RuntimeException e) {
                if (retryable(e)) {
                    requeue(batch.subList(i, batch.size()), batch.size(), e);
                    return false;
                }
                if (e instanceof PortalException portal && portal.errorCode() == ErrorCode.DUPLICATE_KEY) {
                    LOG.info("View {} is in the view log already: an earlier write applied after all", view.id());
                } else {
                    LOG.error("The view log rejects view {} of {} in workspace {}; it is dropped", view.id(),
                            view.document(), view.workspaceId(), e);
                }
            }
        }
        return true;
    }

    /** Puts views back at the head of the queue, in their order, and holds automatic writes for a while. */
    private void requeue(List<DocumentView> views, int batchSize, RuntimeException failure) {
        int waiting;
        synchronized (pending) {
            Instant now = clock.instant();
            for (int i = views.size() - 1; i >= 0; i--) {
                pending.addFirst(new Queued(views.get(i), now));
            }
            retryNotBefore = now.plus(maxDelay);
            waiting = pending.size();
        }
        LOG.warn("Could not write a batch of {} views to the view log; {} views stay queued for the next flush",
                batchSize, waiting, failure);
    }

    /**
     * Whether writing the same views again may succeed: the store was unreachable or lost a race, or failed in a
     * way it did not classify.
     */
    private static boolean retryable(RuntimeException failure) {
        return !(failure instanceof PortalException portal) || portal.errorCode().retryable();
    }

    /** A view and when it was queued. */
    private record Queued(DocumentView view, Instant queuedAt) {
    }
}
