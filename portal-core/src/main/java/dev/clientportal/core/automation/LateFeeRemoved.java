package dev.clientportal.core.automation;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.Money;

import java.time.Instant;
import java.util.UUID;

/**
 * Staff removed a late fee from an invoice: what it owes fell by {@code amount}.
 *
 * @param eventId     this occurrence's id, the same on every delivery
 * @param workspaceId the workspace
 * @param invoiceId   the invoice
 * @param clientId    the billed client
 * @param number      the invoice's number
 * @param period      the late-fee period, from 1
 * @param amount      the fee removed
 * @param reason      why staff removed it
 * @param occurredAt  when it happened, from the portal's clock
 */
public record LateFeeRemoved(UUID eventId, WorkspaceId workspaceId, InvoiceId invoiceId, ClientId clientId,
                             String number, int period, Money amount, String reason, Instant occurredAt) implements DomainEvent {
    /** The stable {@link #type()} of this event. */
    public static final String TYPE = "invoice.late_fee_removed";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateKey() {
        return DomainEvent.key("invoice", invoiceId.value());
    }
}
