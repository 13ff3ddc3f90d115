package dev.clientportal.core.quote;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.UUID;

/**
 * The client rejected a quote, saying why.
 *
 * @param eventId     this occurrence's id, the same on every delivery
 * @param workspaceId the workspace it happened in
 * @param quoteId     the rejected revision
 * @param clientId    the client of the quote
 * @param number      the quote number
 * @param revision    the revision's counter, 1 for the first
 * @param reason      why the client rejected it
 * @param rejectedBy  the actor who rejected it, e.g. {@code contact:…}
 * @param occurredAt  when it happened, from the portal's clock
 */
public record QuoteRejected(UUID eventId,
                            WorkspaceId workspaceId, QuoteId quoteId, ClientId clientId, String number, int revision,
                            String reason, String rejectedBy, Instant occurredAt) implements DomainEvent {
    /** The stable {@link #type()} of this event. */
    public static final String TYPE = "quote.rejected";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateKey() {
        return DomainEvent.key("quote", quoteId.value());
    }
}
