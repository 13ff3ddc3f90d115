package dev.clientportal.core.payment;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.spi.DomainEvent;
import dev.clientportal.core.workspace.WorkspaceId;

import java.time.Instant;

/** A payment is on its way but its money has not arrived (a bank debit clearing); it settles nothing yet. */
public record PaymentPending(WorkspaceId workspaceId, PaymentId paymentId, ClientId clientId, Money amount,
                             String reference, Instant occurredAt) implements DomainEvent {
}
