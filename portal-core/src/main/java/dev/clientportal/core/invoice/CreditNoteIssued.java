package dev.clientportal.core.invoice;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.UUID;

/**
 * A credit note was issued against an invoice; part of it may have become client credit.
 *
 * @param eventId          this occurrence's id, the same on every delivery
 * @param workspaceId      the workspace
 * @param creditNoteId     the credit note
 * @param invoiceId        the invoice it credits
 * @param clientId         the credited client
 * @param number           the credit note's number
 * @param total            the credit note total
 * @param appliedToInvoice the part that reduced the invoice's amount due
 * @param toClientCredit   the part that became client credit
 * @param occurredAt       when it happened, from the portal's clock
 */
public record CreditNoteIssued(UUID eventId, WorkspaceId workspaceId, CreditNoteId creditNoteId, InvoiceId invoiceId,
                               ClientId clientId, String number, Money total, Money appliedToInvoice,
                               Money toClientCredit, Instant occurredAt) implements DomainEvent {
    /** The stable {@link #type()} of this event. */
    public static final String TYPE = "invoice.credit_note_issued";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateKey() {
        return DomainEvent.key("invoice", invoiceId.value());
    }
}
