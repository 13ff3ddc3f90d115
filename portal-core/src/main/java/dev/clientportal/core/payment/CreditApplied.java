package dev.clientportal.core.payment;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.UUID;

/**
 * Client credit settled (part of) an invoice.
 *
 * @param eventId     this occurrence's id, the same on every delivery
 * @param workspaceId the workspace
 * @param clientId    the client whose credit was used
 * @param invoiceId   the invoice it settled
 * @param amount      the credit applied
 * @param occurredAt  when it happened, from the portal's clock
 */
public record CreditApplied(UUID eventId, WorkspaceId workspaceId, ClientId clientId, InvoiceId invoiceId, Money amount,
                            Instant occurredAt) implements DomainEvent {
    /** The stable {@link #type()} of this event. */
    public static final String TYPE = "invoice.credit_applied";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateKey() {
        return DomainEvent.key("invoice", invoiceId.value());
    }
}
