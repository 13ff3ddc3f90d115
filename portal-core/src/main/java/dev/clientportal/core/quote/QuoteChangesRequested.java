package dev.clientportal.core.quote;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.spi.DomainEvent;
import dev.clientportal.core.workspace.WorkspaceId;

import java.time.Instant;

/** The client asked for changes to a quote; the business typically revises it. */
public record QuoteChangesRequested(WorkspaceId workspaceId, QuoteId quoteId, ClientId clientId, String number,
                                    int revision, String comment, String requestedBy, Instant occurredAt)
        implements DomainEvent {
}
