package dev.clientportal.core.payment;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.spi.DomainEvent;
import dev.clientportal.core.workspace.WorkspaceId;

import java.time.Instant;

/** Client credit settled (part of) an invoice. */
public record CreditApplied(WorkspaceId workspaceId, ClientId clientId, InvoiceId invoiceId, Money amount,
                            Instant occurredAt) implements DomainEvent {
}
