package dev.clientportal.core.invoice;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.UUID;

/**
 * A paid invoice is owed again, because a payment on it was refunded.
 *
 * @param eventId     this occurrence's id, the same on every delivery
 * @param workspaceId the workspace
 * @param invoiceId   the invoice
 * @param clientId    the billed client
 * @param number      the invoice's number
 * @param amountDue   what is owed on it again
 * @param occurredAt  when it happened, from the portal's clock
 */
public record InvoiceReopened(UUID eventId,
                              WorkspaceId workspaceId, InvoiceId invoiceId, ClientId clientId, String number,
                              Money amountDue, Instant occurredAt) implements DomainEvent {
    /** The stable {@link #type()} of this event. */
    public static final String TYPE = "invoice.reopened";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateKey() {
        return DomainEvent.key("invoice", invoiceId.value());
    }
}
