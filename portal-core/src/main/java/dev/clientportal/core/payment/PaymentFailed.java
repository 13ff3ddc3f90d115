package dev.clientportal.core.payment;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.UUID;

/**
 * A pending payment could not be collected; nothing of it was applied.
 *
 * @param eventId     this occurrence's id, the same on every delivery
 * @param workspaceId the workspace
 * @param paymentId   the payment
 * @param clientId    the paying client
 * @param amount      what could not be collected
 * @param reference   the payment's external reference
 * @param reason      why it failed, as the gateway reported
 * @param occurredAt  when it happened, from the portal's clock
 */
public record PaymentFailed(UUID eventId, WorkspaceId workspaceId, PaymentId paymentId, ClientId clientId, Money amount,
                            String reference, String reason, Instant occurredAt) implements DomainEvent {
    /** The stable {@link #type()} of this event. */
    public static final String TYPE = "payment.failed";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateKey() {
        return DomainEvent.key("payment", paymentId.value());
    }
}
