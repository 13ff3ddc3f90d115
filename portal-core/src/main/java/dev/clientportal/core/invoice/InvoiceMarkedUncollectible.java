package dev.clientportal.core.invoice;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.spi.DomainEvent;
import dev.clientportal.core.workspace.WorkspaceId;

import java.time.Instant;

/** An invoice was written off as bad debt; it can still be paid. */
public record InvoiceMarkedUncollectible(WorkspaceId workspaceId, InvoiceId invoiceId, ClientId clientId,
                                         String number, Money amountDue, Instant occurredAt) implements DomainEvent {
}
