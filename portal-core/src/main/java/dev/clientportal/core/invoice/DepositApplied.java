package dev.clientportal.core.invoice;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.spi.DomainEvent;
import dev.clientportal.core.workspace.WorkspaceId;

import java.time.Instant;

/**
 * A remainder invoice was issued and the deposit the client paid was applied to it: the deposit invoice was
 * credited ({@code creditNoteId}) and {@code applied} of the resulting client credit settled part of this invoice.
 */
public record DepositApplied(WorkspaceId workspaceId, InvoiceId invoiceId, ClientId clientId, String number,
                             InvoiceId depositInvoiceId, CreditNoteId creditNoteId, Money applied,
                             Instant occurredAt) implements DomainEvent {
}
