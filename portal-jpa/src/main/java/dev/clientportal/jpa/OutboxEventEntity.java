package dev.clientportal.jpa;

import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.outbox.OutboxEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * An undelivered event: its place in the outbox (an identity column, so entries keep the order of appending), the
 * event as JSON with its type name, and the state of its delivery. Delivered entries are deleted.
 */
@Entity(name = "OutboxEvent")
@Table(name = "cp_outbox_event")
class OutboxEventEntity {

    /** The longest error text kept from a failed attempt. */
    static final int ERROR_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "outbox_order")
    Long order;

    @Column(name = "event_id", nullable = false)
    UUID eventId;

    @Column(name = "event_type", nullable = false, length = 100)
    String eventType;

    @Column(name = "aggregate_key", nullable = false, length = 200)
    String aggregateKey;

    @Column(name = "workspace_id", nullable = false)
    UUID workspaceId;

    @Column(name = "occurred_at", nullable = false)
    Instant occurredAt;

    @Column(name = "payload", nullable = false, length = Json.TEXT)
    String payload;

    @Column(name = "attempts", nullable = false)
    int attempts;

    /** When a failed entry is due again; {@code null} while it never failed (due at once). */
    @Column(name = "next_attempt_at")
    Instant nextAttemptAt;

    /** The relay holding it, {@code null} when none does. */
    @Column(name = "owner", length = 200)
    String owner;

    @Column(name = "lease_until")
    Instant leaseUntil;

    @Column(name = "last_error", length = ERROR_LENGTH)
    String lastError;

    protected OutboxEventEntity() {
    }

    static OutboxEventEntity of(DomainEvent event) {
        OutboxEventEntity entity = new OutboxEventEntity();
        entity.eventId = event.eventId();
        entity.eventType = event.type();
        entity.aggregateKey = event.aggregateKey();
        entity.workspaceId = event.workspaceId().value();
        entity.occurredAt = event.occurredAt();
        entity.payload = EventJson.write(event);
        return entity;
    }

    OutboxEntry toEntry() {
        return new OutboxEntry(EventJson.read(eventType, payload), attempts);
    }
}
