package dev.clientportal.jpa;

import dev.clientportal.core.payment.GatewayEvent;
import dev.clientportal.core.payment.GatewayEventEntry;
import dev.clientportal.core.payment.GatewayEventOutcome;
import dev.clientportal.core.payment.PaymentId;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One received gateway event, keyed by (workspace, gateway, event id): the primary key is what lets an event in once
 * across instances. The event itself is kept as JSON (its record's components) with its kind; the columns the
 * parked query filters and sorts on are kept beside it.
 */
@Entity(name = "GatewayEvent")
@Table(name = "cp_gateway_event")
class GatewayEventEntity {

    /** The event records by the kind name stored for them. */
    private static final Map<String, Class<? extends GatewayEvent>> KINDS = Map.of(
            "PENDING", GatewayEvent.Pending.class,
            "SUCCEEDED", GatewayEvent.Succeeded.class,
            "FAILED", GatewayEvent.Failed.class,
            "REFUNDED", GatewayEvent.Refunded.class,
            "DISPUTED", GatewayEvent.Disputed.class);

    @EmbeddedId
    Key key;

    @Column(name = "kind", nullable = false, length = 20)
    String kind;

    @Column(name = "event", nullable = false, length = Json.TEXT)
    String event;

    @Column(name = "payment_reference", nullable = false, length = 200)
    String paymentReference;

    @Column(name = "occurred_at", nullable = false)
    Instant occurredAt;

    @Column(name = "status", nullable = false, length = 10)
    String status;

    @Column(name = "payment_id")
    UUID paymentId;

    @Column(name = "detail", nullable = false, length = 2_000)
    String detail;

    @Column(name = "received_at", nullable = false)
    Instant receivedAt;

    @Column(name = "version", nullable = false)
    long version;

    protected GatewayEventEntity() {
    }

    static GatewayEventEntity of(GatewayEventEntry entry) {
        GatewayEventEntity entity = new GatewayEventEntity();
        entity.key = Key.of(entry);
        entity.kind = kindOf(entry.event());
        entity.event = EventJson.writeRecord((Record) entry.event());
        entity.paymentReference = entry.event().paymentReference();
        entity.occurredAt = entry.event().occurredAt();
        entity.receivedAt = entry.receivedAt();
        entity.version = 1;
        entity.copy(entry);
        return entity;
    }

    /** Takes the outcome, the one thing a later save changes. */
    void copy(GatewayEventEntry entry) {
        status = entry.outcome().status().name();
        PaymentId outcomePayment = entry.outcome().paymentId();
        paymentId = outcomePayment == null ? null : outcomePayment.value();
        detail = entry.outcome().detail();
    }

    GatewayEventEntry toDomain() {
        Class<? extends GatewayEvent> eventClass = KINDS.get(kind);
        if (eventClass == null) {
            throw new IllegalStateException("a stored gateway event has the unknown kind " + kind);
        }
        GatewayEvent stored = eventClass.cast(EventJson.readRecord(event, eventClass.asSubclass(Record.class)));
        return new GatewayEventEntry(stored,
                new GatewayEventOutcome(GatewayEventOutcome.Status.valueOf(status),
                        paymentId == null ? null : new PaymentId(paymentId), detail), receivedAt, version);
    }

    private static String kindOf(GatewayEvent event) {
        for (Map.Entry<String, Class<? extends GatewayEvent>> kind : KINDS.entrySet()) {
            if (kind.getValue() == event.getClass()) {
                return kind.getKey();
            }
        }
        throw new IllegalArgumentException("unknown gateway event " + event.getClass().getName());
    }

    /** A workspace, a gateway and the gateway's event id. */
    @Embeddable
    static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "workspace_id", nullable = false)
        UUID workspaceId;

        @Column(name = "gateway", nullable = false, length = 200)
        String gateway;

        @Column(name = "event_id", nullable = false, length = 200)
        String eventId;

        protected Key() {
        }

        Key(UUID workspaceId, String gateway, String eventId) {
            this.workspaceId = workspaceId;
            this.gateway = gateway;
            this.eventId = eventId;
        }

        static Key of(GatewayEventEntry entry) {
            return new Key(entry.workspaceId().value(), entry.gateway(), entry.eventId());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.workspaceId.equals(workspaceId) && key.gateway.equals(gateway)
                    && key.eventId.equals(eventId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(workspaceId, gateway, eventId);
        }
    }
}
