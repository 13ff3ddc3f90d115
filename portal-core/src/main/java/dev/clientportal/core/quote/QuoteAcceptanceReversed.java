package dev.clientportal.core.quote;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.spi.DomainEvent;
import dev.clientportal.core.workspace.WorkspaceId;

import java.time.Instant;
import java.util.List;

/**
 * The business reversed a quote's acceptance.
 *
 * @param voidedInvoices    issued invoices of the acceptance that the reversal voided
 * @param discardedInvoices draft invoices of the acceptance that the reversal deleted
 */
public record QuoteAcceptanceReversed(WorkspaceId workspaceId, QuoteId quoteId, ClientId clientId, String number,
                                      String reason, List<InvoiceId> voidedInvoices,
                                      List<InvoiceId> discardedInvoices, Instant occurredAt) implements DomainEvent {

    /** Copies the lists. */
    public QuoteAcceptanceReversed {
        voidedInvoices = List.copyOf(voidedInvoices);
        discardedInvoices = List.copyOf(discardedInvoices);
    }
}
