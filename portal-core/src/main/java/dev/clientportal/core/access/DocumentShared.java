package dev.clientportal.core.access;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.spi.DomainEvent;
import dev.clientportal.core.workspace.WorkspaceId;

import java.time.Instant;

/** A share link to one document was created. */
public record DocumentShared(WorkspaceId workspaceId, ClientId clientId, DocumentRef document, DocumentLinkId linkId,
                             Instant expiresAt, Instant occurredAt) implements DomainEvent {
}
