package dev.clientportal.core.payment;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.spi.DomainEvent;
import dev.clientportal.core.workspace.WorkspaceId;

import java.time.Instant;

/** Part or all of a payment was refunded. */
public record PaymentRefunded(WorkspaceId workspaceId, PaymentId paymentId, RefundId refundId, ClientId clientId,
                              Money amount, String reference, Instant occurredAt) implements DomainEvent {
}
