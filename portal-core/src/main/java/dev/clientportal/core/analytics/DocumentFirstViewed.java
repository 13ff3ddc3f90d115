package dev.clientportal.core.analytics;

import dev.clientportal.core.access.DocumentRef;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.spi.DomainEvent;
import dev.clientportal.core.workspace.WorkspaceId;

import java.time.Instant;

/** A person on the client's side opened an invoice or quote for the first time; hosts typically notify the business. */
public record DocumentFirstViewed(WorkspaceId workspaceId, ClientId clientId, DocumentRef document, String viewerKey,
                                  Instant viewedAt, Instant occurredAt) implements DomainEvent {
}
