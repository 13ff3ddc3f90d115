package dev.clientportal.core.invoice;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.spi.DomainEvent;
import dev.clientportal.core.workspace.WorkspaceId;

import java.time.Instant;

/** An issued invoice was voided; it keeps its number and is never payable again. */
public record InvoiceVoided(WorkspaceId workspaceId, InvoiceId invoiceId, ClientId clientId, String number,
                            String reason, Instant occurredAt) implements DomainEvent {
}
