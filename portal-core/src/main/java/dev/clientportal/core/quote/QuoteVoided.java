package dev.clientportal.core.quote;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.spi.DomainEvent;
import dev.clientportal.core.workspace.WorkspaceId;

import java.time.Instant;

/** The business withdrew a quote. */
public record QuoteVoided(WorkspaceId workspaceId, QuoteId quoteId, ClientId clientId, String number, String reason,
                          Instant occurredAt) implements DomainEvent {
}
