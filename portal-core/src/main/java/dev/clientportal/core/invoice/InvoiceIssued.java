package dev.clientportal.core.invoice;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An invoice was issued: it has a number and is owed. Hosts typically email it now. */
public record InvoiceIssued(UUID eventId,
                            WorkspaceId workspaceId, InvoiceId invoiceId, ClientId clientId, String number,
                            Money total, LocalDate dueDate, Instant occurredAt) implements DomainEvent {
    /** The stable {@link #type()} of this event. */
    public static final String TYPE = "invoice.issued";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateKey() {
        return DomainEvent.key("invoice", invoiceId.value());
    }
}
