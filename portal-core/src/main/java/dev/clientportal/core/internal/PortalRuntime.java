package dev.clientportal.core.internal;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.RetryOnConflict;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.spi.IdGenerator;
import dev.clientportal.core.spi.TransactionRunner;

import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What every use case runs with: the clock, id generation, the audit log, and transactions whose domain events
 * are written to the outbox inside the transaction and delivered only after the outermost commit.
 * {@code ClientPortal} builds one; feature packages receive it.
 */
@Internal
public final class PortalRuntime {

    /** How often {@link #execute} runs a unit of work that keeps losing races, the first run included. */
    public static final int MAX_ATTEMPTS = 5;


    private final Clock clock;
    private final IdGenerator ids;
    private final TransactionRunner transactions;
    private final OutboxRelay relay;
    private final AuditLog audit;
    private final ThreadLocal<List<DomainEvent>> pending = new ThreadLocal<>();
    private final List<InTransactionListener> listeners = new CopyOnWriteArrayList<>();

    /** A runtime from its parts; all are required. The relay stages events in its outbox and delivers them. */
    public PortalRuntime(Clock clock, IdGenerator ids, TransactionRunner transactions, OutboxRelay relay,
                         AuditLog audit) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.relay = Objects.requireNonNull(relay, "relay");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    /** The portal's clock. */
    public Clock clock() {
        return clock;
    }

    /** Today's date in a zone, by the portal's clock. */
    public LocalDate today(ZoneId zone) {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** The id generator. */
    public IdGenerator ids() {
        return ids;
    }

    /** The audit log; call it inside {@link #execute}. */
    public AuditLog audit() {
        return audit;
    }

    /**
     * Runs work in a transaction. Events it raises are appended to the outbox in that transaction and delivered
     * after the outermost transaction commits (the host's, when it opened one); on rollback they never leave.
     * Called inside another {@code execute} on the same thread, the work joins it.
     *
     * <p>When the portal opens the outermost transaction itself and the work fails with
     * {@link ErrorCode#CONCURRENT_MODIFICATION} (it lost a race with another writer), the whole unit of work runs
     * again, up to {@link #MAX_ATTEMPTS} times with a short jittered pause, then the exception is rethrown. Inside a
     * transaction the host owns, nothing is retried here: the exception propagates and the host retries its own
     * transaction, as only it can.
     */
    public <T extends @Nullable Object> T execute(Function<EventSink, T> work) {
        List<DomainEvent> outer = pending.get();
        if (outer != null) {
            return work.apply(outer::add);
        }
        if (transactions.isTransactionOpen()) {
            return transactions.inTransaction(() -> runAndStage(work));
        }
        return RetryOnConflict.run(MAX_ATTEMPTS, () -> transactions.inTransaction(() -> runAndStage(work)));
    }

    /** Runs work that has no result as a unit of work, exactly as {@link #execute} runs work that has one. */
    public void run(Consumer<EventSink> work) {
        Objects.requireNonNull(work, "work");
        this.<@Nullable Void>execute(events -> {
            work.accept(events);
            return null;
        });
    }

    /**
     * Runs a callback once the outermost transaction open on this thread has committed, before the events of this
     * unit of work are relayed; never on rollback. Call it inside {@link #execute}.
     */
    public void afterCommit(Runnable callback) {
        transactions.afterCommit(Objects.requireNonNull(callback, "callback"));
    }

    /**
     * Has a listener hear every domain event raised by a unit of work, inside that unit's transaction, once the work
     * itself is done and before the events are staged in the outbox: what the listener writes commits or rolls back
     * with the change that raised the event, and a retried unit of work is heard again only as its new attempt.
     * Events the listener raises are heard too. Register listeners while the portal is built.
     */
    public void listenInTransaction(InTransactionListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Whether a transaction is open on this thread, the host's or the portal's: then nothing is retried here. */
    public boolean transactionOpen() {
        return transactions.isTransactionOpen();
    }

    /**
     * Runs work that only reads, in a read-only transaction (or the one open on this thread). Nothing is retried:
     * reads do not conflict.
     */
    public <T extends @Nullable Object> T read(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        return transactions.inReadOnlyTransaction(work);
    }

    /**
     * Runs the work with a fresh event list, then stages its events in the outbox. The list is detached before the
     * transaction commits, so after-commit code that calls the portal again starts a unit of work of its own.
     */
    private <T extends @Nullable Object> T runAndStage(Function<EventSink, T> work) {
        List<DomainEvent> raised = new ArrayList<>(2);
        pending.set(raised);
        T result;
        try {
            result = work.apply(raised::add);
            // each listener hears the events in batches (what the work raised, then what the listeners raised)
            for (int heard = 0; heard < raised.size() && !listeners.isEmpty(); ) {
                List<DomainEvent> batch = List.copyOf(raised.subList(heard, raised.size()));
                heard = raised.size();
                for (InTransactionListener listener : listeners) {
                    listener.onAll(batch, raised::add);
                }
            }
        } finally {
            pending.remove();
        }
        if (!raised.isEmpty()) {
            OutboxRelay.Staged staged = relay.stage(List.copyOf(raised));
            transactions.afterCommit(() -> relay.deliverStaged(staged));
        }
        return result;
    }

    /** Hears the domain events of a unit of work inside its transaction; see {@link #listenInTransaction}. */
    @FunctionalInterface
    public interface InTransactionListener {
        /** Reacts to an event in the transaction that raised it; may write to stores and raise further events. */
        void on(DomainEvent event, EventSink events);

        /**
         * Reacts to a batch of events raised together, in order; a listener that looks something up per event can
         * look it up once for the batch instead (a bulk issue raises thousands). By default, one event at a time.
         */
        default void onAll(List<DomainEvent> batch, EventSink events) {
            for (DomainEvent event : batch) {
                on(event, events);
            }
        }
    }

    /** Collects the domain events a unit of work raises. */
    @FunctionalInterface
    public interface EventSink {
        /** Queues an event for the outbox; it is delivered after commit. */
        void raise(DomainEvent event);
    }
}
