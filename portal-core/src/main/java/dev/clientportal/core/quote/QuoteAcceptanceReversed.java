package dev.clientportal.core.quote;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The business reversed a quote's acceptance.
 *
 * @param eventId           this occurrence's id, the same on every delivery
 * @param workspaceId       the workspace it happened in
 * @param quoteId           the revision whose acceptance was reversed
 * @param clientId          the client of the quote
 * @param number            the quote number
 * @param reason            why the business reversed it
 * @param voidedInvoices    issued invoices of the acceptance that the reversal voided
 * @param discardedInvoices draft invoices of the acceptance that the reversal deleted
 * @param occurredAt        when it happened, from the portal's clock
 */
public record QuoteAcceptanceReversed(UUID eventId,
                                      WorkspaceId workspaceId, QuoteId quoteId, ClientId clientId, String number,
                                      String reason, List<InvoiceId> voidedInvoices,
                                      List<InvoiceId> discardedInvoices, Instant occurredAt) implements DomainEvent {
    /** The stable {@link #type()} of this event. */
    public static final String TYPE = "quote.acceptance_reversed";

    /**
     * Copies the lists.
     *
     * @param eventId           this occurrence's id, the same on every delivery
     * @param workspaceId       the workspace it happened in
     * @param quoteId           the revision whose acceptance was reversed
     * @param clientId          the client of the quote
     * @param number            the quote number
     * @param reason            why the business reversed it
     * @param voidedInvoices    issued invoices of the acceptance that the reversal voided
     * @param discardedInvoices draft invoices of the acceptance that the reversal deleted
     * @param occurredAt        when it happened, from the portal's clock
     */
    public QuoteAcceptanceReversed {
        voidedInvoices = List.copyOf(voidedInvoices);
        discardedInvoices = List.copyOf(discardedInvoices);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateKey() {
        return DomainEvent.key("quote", quoteId.value());
    }
}
