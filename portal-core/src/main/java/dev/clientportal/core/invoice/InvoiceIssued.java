package dev.clientportal.core.invoice;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.spi.DomainEvent;
import dev.clientportal.core.workspace.WorkspaceId;

import java.time.Instant;
import java.time.LocalDate;

/** An invoice was issued: it has a number and is owed. Hosts typically email it now. */
public record InvoiceIssued(WorkspaceId workspaceId, InvoiceId invoiceId, ClientId clientId, String number,
                            Money total, LocalDate dueDate, Instant occurredAt) implements DomainEvent {
}
