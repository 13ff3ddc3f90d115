package dev.clientportal.core.spi;

/**
 * Receives domain events after the transaction that raised them has committed.
 *
 * <p>A publisher that throws does not undo the committed change; the failure is logged and the next events are
 * still delivered. Hosts that need delivery guarantees use a transactional outbox.
 */
@FunctionalInterface
public interface EventPublisher {

    /** Handles one event. */
    void publish(DomainEvent event);

    /** A publisher that drops every event. */
    static EventPublisher none() {
        return event -> { };
    }
}
