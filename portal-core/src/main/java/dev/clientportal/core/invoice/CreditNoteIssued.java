package dev.clientportal.core.invoice;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.UUID;

/** A credit note was issued against an invoice; part of it may have become client credit. */
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
