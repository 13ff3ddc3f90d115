package dev.clientportal.core.quote;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.UUID;

/**
 * The client asked for changes to a quote; the business typically revises it.
 *
 * @param eventId     this occurrence's id, the same on every delivery
 * @param workspaceId the workspace it happened in
 * @param quoteId     the revision changes were asked for
 * @param clientId    the client of the quote
 * @param number      the quote number
 * @param revision    the revision's counter, 1 for the first
 * @param comment     what the client wants changed
 * @param requestedBy the actor who asked, e.g. {@code contact:…}
 * @param occurredAt  when it happened, from the portal's clock
 */
public record QuoteChangesRequested(UUID eventId,
                                    WorkspaceId workspaceId, QuoteId quoteId, ClientId clientId, String number,
                                    int revision, String comment, String requestedBy, Instant occurredAt)
        implements DomainEvent {
    /** The stable {@link #type()} of this event. */
    public static final String TYPE = "quote.changes_requested";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateKey() {
        return DomainEvent.key("quote", quoteId.value());
    }
}
