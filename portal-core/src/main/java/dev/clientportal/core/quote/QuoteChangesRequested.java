package dev.clientportal.core.quote;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.UUID;

/** The client asked for changes to a quote; the business typically revises it. */
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
