package dev.clientportal.core.payment;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.UUID;

/**
 * A payment was recorded (once per reference, however often the outside world reports it).
 *
 * @param eventId     this occurrence's id, the same on every delivery
 * @param workspaceId the workspace
 * @param paymentId   the payment
 * @param clientId    the paying client
 * @param amount      the amount received
 * @param reference   the payment's external reference
 * @param toCredit    what was left over and became client credit
 * @param occurredAt  when it happened, from the portal's clock
 */
public record PaymentRecorded(UUID eventId,
                              WorkspaceId workspaceId, PaymentId paymentId, ClientId clientId, Money amount,
                              String reference, Money toCredit, Instant occurredAt) implements DomainEvent {
    /** The stable {@link #type()} of this event. */
    public static final String TYPE = "payment.recorded";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateKey() {
        return DomainEvent.key("payment", paymentId.value());
    }
}
