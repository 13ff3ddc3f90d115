package dev.clientportal.core.invoice;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.spi.DomainEvent;
import dev.clientportal.core.workspace.WorkspaceId;

import java.time.Instant;

/** A paid invoice is owed again, because a payment on it was refunded. */
public record InvoiceReopened(WorkspaceId workspaceId, InvoiceId invoiceId, ClientId clientId, String number,
                              Money amountDue, Instant occurredAt) implements DomainEvent {
}
