package dev.clientportal.core.payment;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.UUID;

/**
 * The client disputed a payment with its bank (a chargeback); the business should respond at the gateway.
 *
 * @param eventId          this occurrence's id, the same on every delivery
 * @param workspaceId      the workspace
 * @param paymentId        the payment
 * @param clientId         the paying client
 * @param amount           the disputed amount
 * @param reference        the payment's external reference
 * @param disputeReference the gateway's id of the dispute
 * @param reason           why the client disputed it, as the gateway reported
 * @param occurredAt       when it happened, from the portal's clock
 */
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
