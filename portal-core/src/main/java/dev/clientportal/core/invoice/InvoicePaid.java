package dev.clientportal.core.invoice;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.UUID;

/**
 * Nothing is due on an invoice any more (paid, credited, or both).
 *
 * @param eventId     this occurrence's id, the same on every delivery
 * @param workspaceId the workspace
 * @param invoiceId   the invoice
 * @param clientId    the billed client
 * @param number      the invoice's number
 * @param occurredAt  when it happened, from the portal's clock
 */
public record InvoicePaid(UUID eventId, WorkspaceId workspaceId, InvoiceId invoiceId, ClientId clientId, String number,
                          Instant occurredAt) implements DomainEvent {
    /** The stable {@link #type()} of this event. */
    public static final String TYPE = "invoice.paid";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateKey() {
        return DomainEvent.key("invoice", invoiceId.value());
    }
}
