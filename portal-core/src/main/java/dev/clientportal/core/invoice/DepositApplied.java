package dev.clientportal.core.invoice;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.UUID;

/**
 * A remainder invoice was issued and the deposit the client paid was applied to it: the deposit invoice was
 * credited ({@code creditNoteId}) and {@code applied} of the resulting client credit settled part of this invoice.
 */
public record DepositApplied(UUID eventId,
                             WorkspaceId workspaceId, InvoiceId invoiceId, ClientId clientId, String number,
                             InvoiceId depositInvoiceId, CreditNoteId creditNoteId, Money applied,
                             Instant occurredAt) implements DomainEvent {
    /** The stable {@link #type()} of this event. */
    public static final String TYPE = "invoice.deposit_applied";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateKey() {
        return DomainEvent.key("invoice", invoiceId.value());
    }
}
