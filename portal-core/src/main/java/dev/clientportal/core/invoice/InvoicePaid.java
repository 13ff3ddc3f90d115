package dev.clientportal.core.invoice;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.UUID;

/** Nothing is due on an invoice any more (paid, credited, or both). */
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
