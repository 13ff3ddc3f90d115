package dev.clientportal.core.outbox;

import dev.clientportal.core.kernel.DomainEvent;

import java.util.Objects;
import java.util.UUID;

/**
 * An undelivered event in the outbox, as a relay claims it.
 *
 * @param event    the event, as it was appended
 * @param attempts how many delivery attempts of it failed so far
 */
public record OutboxEntry(DomainEvent event, int attempts) {

    /**
     * Requires the event and a non-negative attempt count.
     *
     * @param event    the event, as it was appended
     * @param attempts how many delivery attempts of it failed so far
     */
    public OutboxEntry {
        Objects.requireNonNull(event, "event");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative: " + attempts);
        }
    }

    /**
     * The event's id, the entry's identity.
     *
     * @return the event's id, the entry's identity
     */
    public UUID eventId() {
        return event.eventId();
    }

    /**
     * The event's aggregate key, within which entries are delivered in order.
     *
     * @return the event's aggregate key, within which entries are delivered in order
     */
    public String aggregateKey() {
        return event.aggregateKey();
    }
}
