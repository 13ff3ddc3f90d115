package dev.clientportal.core.invoice;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An invoice was issued: it has a number and is owed. Hosts typically email it now.
 *
 * @param eventId     this occurrence's id, the same on every delivery
 * @param workspaceId the workspace
 * @param invoiceId   the invoice
 * @param clientId    the billed client
 * @param number      the invoice's number
 * @param total       the invoice total
 * @param dueDate     when it is due (the last installment's date with a schedule)
 * @param occurredAt  when it happened, from the portal's clock
 */
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
