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

    /**
     * This occurrence's id, a time-ordered UUID (version 7); the same on every delivery of the event.
     *
     * @return the event's id, the same on every delivery
     */
    UUID eventId();

    /**
     * The stable name of the kind of event, dotted and lower case ({@code invoice.issued}). Written out by every
     * event type, never derived from the class name, so renaming a class does not change what consumers see.
     *
     * @return the kind of event, dotted and lower case, e.g. {@code invoice.issued}
     */
    String type();

    /**
     * The unit within which events are delivered in the order they were raised, {@code kind:uuid}
     * ({@code invoice:019c…}); events of different keys may be delivered in any order.
     *
     * @return the ordering key, {@code kind:uuid}, e.g. {@code invoice:019c…}
     */
    String aggregateKey();

    /**
     * The workspace it happened in.
     *
     * @return the workspace it happened in
     */
    WorkspaceId workspaceId();

    /**
     * When it happened, from the portal's clock.
     *
     * @return when it happened, from the portal's clock
     */
    Instant occurredAt();

    /**
     * The aggregate key of a kind and an id: {@code kind + ":" + id}.
     *
     * @param kind the kind of aggregate, e.g. {@code invoice}
     * @param id   the aggregate's id
     * @return {@code kind + ":" + id}
     */
    static String key(String kind, UUID id) {
        return kind + ":" + id;
    }
}
