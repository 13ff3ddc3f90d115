package dev.clientportal.core.invoice;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.spi.DomainEvent;
import dev.clientportal.core.workspace.WorkspaceId;

import java.time.Instant;

/** Nothing is due on an invoice any more (paid, credited, or both). */
public record InvoicePaid(WorkspaceId workspaceId, InvoiceId invoiceId, ClientId clientId, String number,
                          Instant occurredAt) implements DomainEvent {
}
