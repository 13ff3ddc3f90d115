package dev.clientportal.core.spi;

import dev.clientportal.core.kernel.DomainEvent;

/**
 * Receives domain events after the transaction that raised them has committed: the target of the portal's outbox
 * relay ({@code ClientPortal.eventRelay()}). Each event arrives at least once, in order per
 * {@link DomainEvent#aggregateKey()}; deduplicate by {@link DomainEvent#eventId()}.
 *
 * <p>A publisher that throws does not undo the committed change: the event stays in the outbox and is retried with
 * a backoff, and later events of its aggregate wait behind it.
 */
@FunctionalInterface
public interface EventPublisher {

    /**
     * Handles one event.
     *
     * @param event the event, after its transaction committed
     */
    void publish(DomainEvent event);

    /**
     * A publisher that drops every event.
     *
     * @return a publisher that drops every event
     */
    static EventPublisher none() {
        return event -> { };
    }
}
