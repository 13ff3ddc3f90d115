package dev.clientportal.core.quote;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * The client accepted a quote and its invoices were created.
 *
 * @param eventId          this occurrence's id, the same on every delivery
 * @param workspaceId      the workspace it happened in
 * @param quoteId          the accepted revision
 * @param clientId         the client of the quote
 * @param number           the quote number
 * @param revision         the accepted revision's counter, 1 for the first
 * @param total            the quote total
 * @param invoiceId        the invoice for the quote's content (issued without a deposit, a draft with one)
 * @param depositInvoiceId the issued deposit invoice, or {@code null}
 * @param deposit          the deposit amount (zero without one)
 * @param acceptedBy       the actor who accepted, e.g. {@code contact:…}
 * @param occurredAt       when it happened, from the portal's clock
 */
public record QuoteAccepted(UUID eventId,
                            WorkspaceId workspaceId, QuoteId quoteId, ClientId clientId, String number, int revision,
                            Money total, Money deposit, InvoiceId invoiceId, @Nullable InvoiceId depositInvoiceId,
                            String acceptedBy, Instant occurredAt) implements DomainEvent {
    /** The stable {@link #type()} of this event. */
    public static final String TYPE = "quote.accepted";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateKey() {
        return DomainEvent.key("quote", quoteId.value());
    }
}
