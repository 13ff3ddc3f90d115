package dev.clientportal.core.kernel;

import dev.clientportal.core.spi.EventPublisher;

import java.time.Instant;
import java.util.UUID;

/**
 * Something that happened in a workspace. The portal writes it to the outbox inside the transaction that caused it
 * and delivers it to the {@link EventPublisher} only after that transaction committed, at least once and in order
 * per {@link #aggregateKey()}: consumers deduplicate by {@link #eventId()}.
 */
public interface DomainEvent {

    /** This occurrence's id, a time-ordered UUID (version 7); the same on every delivery of the event. */
    UUID eventId();

    /**
     * The stable name of the kind of event, dotted and lower case ({@code invoice.issued}). Written out by every
     * event type, never derived from the class name, so renaming a class does not change what consumers see.
     */
    String type();

    /**
     * The unit within which events are delivered in the order they were raised, {@code kind:uuid}
     * ({@code invoice:019c…}); events of different keys may be delivered in any order.
     */
    String aggregateKey();

    /** The workspace it happened in. */
    WorkspaceId workspaceId();

    /** When it happened, from the portal's clock. */
    Instant occurredAt();

    /** The aggregate key of a kind and an id: {@code kind + ":" + id}. */
    static String key(String kind, UUID id) {
        return kind + ":" + id;
    }
}
