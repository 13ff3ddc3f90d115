package dev.clientportal.core.payment;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.UUID;

/**
 * Part or all of a payment was refunded.
 *
 * @param eventId     this occurrence's id, the same on every delivery
 * @param workspaceId the workspace
 * @param paymentId   the payment
 * @param refundId    the refund
 * @param clientId    the paying client
 * @param amount      what this refund returned
 * @param reference   the refund's external reference
 * @param occurredAt  when it happened, from the portal's clock
 */
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
