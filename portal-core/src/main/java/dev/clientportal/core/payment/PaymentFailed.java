package dev.clientportal.core.payment;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.spi.DomainEvent;
import dev.clientportal.core.workspace.WorkspaceId;

import java.time.Instant;

/** A pending payment could not be collected; nothing of it was applied. */
public record PaymentFailed(WorkspaceId workspaceId, PaymentId paymentId, ClientId clientId, Money amount,
                            String reference, String reason, Instant occurredAt) implements DomainEvent {
}
