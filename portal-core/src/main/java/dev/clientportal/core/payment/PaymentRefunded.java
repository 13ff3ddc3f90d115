package dev.clientportal.core.payment;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.UUID;

/** Part or all of a payment was refunded. */
public record PaymentRefunded(UUID eventId,
                              WorkspaceId workspaceId, PaymentId paymentId, RefundId refundId, ClientId clientId,
                              Money amount, String reference, Instant occurredAt) implements DomainEvent {
    /** The stable {@link #type()} of this event. */
    public static final String TYPE = "payment.refunded";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateKey() {
        return DomainEvent.key("payment", paymentId.value());
    }
}
