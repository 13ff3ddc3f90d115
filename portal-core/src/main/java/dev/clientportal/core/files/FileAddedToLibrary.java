package dev.clientportal.core.files;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.spi.DomainEvent;
import dev.clientportal.core.workspace.WorkspaceId;

import java.time.Instant;

/** A file entered a client's library, shared by the business or uploaded by the client. */
public record FileAddedToLibrary(WorkspaceId workspaceId, ClientId clientId, FileId fileId, String name,
                                 SharedFile.Source source, Instant occurredAt) implements DomainEvent {
}
