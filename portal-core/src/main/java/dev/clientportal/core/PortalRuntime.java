package dev.clientportal.core;

import dev.clientportal.core.audit.AuditLog;
import dev.clientportal.core.spi.DomainEvent;
import dev.clientportal.core.spi.EventPublisher;
import dev.clientportal.core.spi.IdGenerator;
import dev.clientportal.core.spi.TransactionRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What every use case runs with: the clock, id generation, the audit log, and transactions whose domain events
 * are published only after they commit. {@link ClientPortal} builds one; feature packages receive it.
 */
public final class PortalRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(PortalRuntime.class);

    private final Clock clock;
    private final IdGenerator ids;
    private final TransactionRunner transactions;
    private final EventPublisher publisher;
    private final AuditLog audit;
    private final ThreadLocal<List<DomainEvent>> pending = new ThreadLocal<>();

    /** A runtime from its parts; all are required. */
    public PortalRuntime(Clock clock, IdGenerator ids, TransactionRunner transactions, EventPublisher publisher,
                         AuditLog audit) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
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
     * Runs work in a transaction. Events it raises are published after the outermost transaction commits and
     * dropped if it rolls back. Called inside another {@code execute} on the same thread, the work joins it.
     */
    public <T> T execute(Function<EventSink, T> work) {
        List<DomainEvent> outer = pending.get();
        if (outer != null) {
            return work.apply(outer::add);
        }
        List<DomainEvent> raised = new ArrayList<>(2);
        pending.set(raised);
        T result;
        try {
            result = transactions.inTransaction(() -> {
                raised.clear();
                return work.apply(raised::add);
            });
        } finally {
            pending.remove();
        }
        for (DomainEvent event : raised) {
            publish(event);
        }
        return result;
    }

    /**
     * Publishes an event at once, for work that commits as it goes (analytics writes, which are not part of a
     * business transaction). A failing publisher is logged, never thrown.
     */
    public void publish(DomainEvent event) {
        try {
            publisher.publish(event);
        } catch (RuntimeException e) {
            LOG.warn("event publisher failed for {}", event, e);
        }
    }

    /** Collects the domain events a unit of work raises. */
    @FunctionalInterface
    public interface EventSink {
        /** Queues an event for publication after commit. */
        void raise(DomainEvent event);
    }
}
