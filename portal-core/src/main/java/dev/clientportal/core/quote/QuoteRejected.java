package dev.clientportal.core.quote;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.spi.DomainEvent;
import dev.clientportal.core.workspace.WorkspaceId;

import java.time.Instant;

/** The client rejected a quote, saying why. */
public record QuoteRejected(WorkspaceId workspaceId, QuoteId quoteId, ClientId clientId, String number, int revision,
                            String reason, String rejectedBy, Instant occurredAt) implements DomainEvent {
}
