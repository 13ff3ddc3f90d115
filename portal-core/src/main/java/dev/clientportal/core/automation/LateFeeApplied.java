package dev.clientportal.core.automation;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The run charged a late fee on an invoice: what it owes rose by {@code amount}.
 *
 * @param eventId     this occurrence's id, the same on every delivery
 * @param workspaceId the workspace
 * @param invoiceId   the invoice
 * @param clientId    the billed client
 * @param number      the invoice's number
 * @param period      the late-fee period, from 1
 * @param amount      the fee
 * @param periodStart the day its period started, when it falls due
 * @param occurredAt  when it happened, from the portal's clock
 */
public record LateFeeApplied(UUID eventId, WorkspaceId workspaceId, InvoiceId invoiceId, ClientId clientId,
                             String number, int period, Money amount, LocalDate periodStart, Instant occurredAt) implements DomainEvent {
    /** The stable {@link #type()} of this event. */
    public static final String TYPE = "invoice.late_fee_applied";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateKey() {
        return DomainEvent.key("invoice", invoiceId.value());
    }
}
