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
 *
 * @param eventId          this occurrence's id, the same on every delivery
 * @param workspaceId      the workspace
 * @param invoiceId        the remainder invoice
 * @param clientId         the billed client
 * @param number           the remainder invoice's number
 * @param depositInvoiceId the deposit invoice
 * @param creditNoteId     the credit note that credited the deposit invoice
 * @param applied          the part of the resulting client credit that settled the remainder invoice
 * @param occurredAt       when it happened, from the portal's clock
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
