package dev.clientportal.core.quote;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A quote was numbered and sent (revision 1; later revisions raise {@link QuoteRevised}). Hosts email it now.
 *
 * @param eventId     this occurrence's id, the same on every delivery
 * @param workspaceId the workspace it happened in
 * @param quoteId     the sent quote
 * @param clientId    the client it was sent to
 * @param number      the number it was given
 * @param total       the quote total
 * @param expiresOn   the last day it can be accepted
 * @param occurredAt  when it happened, from the portal's clock
 */
public record QuoteSent(UUID eventId,
                        WorkspaceId workspaceId, QuoteId quoteId, ClientId clientId, String number, Money total,
                        LocalDate expiresOn, Instant occurredAt) implements DomainEvent {
    /** The stable {@link #type()} of this event. */
    public static final String TYPE = "quote.sent";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateKey() {
        return DomainEvent.key("quote", quoteId.value());
    }
}
