package dev.clientportal.core.invoice;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.spi.DomainEvent;
import dev.clientportal.core.workspace.WorkspaceId;

import java.time.Instant;

/** A credit note was issued against an invoice; part of it may have become client credit. */
public record CreditNoteIssued(WorkspaceId workspaceId, CreditNoteId creditNoteId, InvoiceId invoiceId,
                               ClientId clientId, String number, Money total, Money appliedToInvoice,
                               Money toClientCredit, Instant occurredAt) implements DomainEvent {
}
