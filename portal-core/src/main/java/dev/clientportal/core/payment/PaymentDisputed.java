package dev.clientportal.core.payment;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.UUID;

/** The client disputed a payment with its bank (a chargeback); the business should respond at the gateway. */
public record PaymentDisputed(UUID eventId,
                              WorkspaceId workspaceId, PaymentId paymentId, ClientId clientId, Money amount,
                              String reference, String disputeReference, String reason, Instant occurredAt)
        implements DomainEvent {
    /** The stable {@link #type()} of this event. */
    public static final String TYPE = "payment.disputed";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateKey() {
        return DomainEvent.key("payment", paymentId.value());
    }
}
