package dev.clientportal.core.access;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.spi.DomainEvent;
import dev.clientportal.core.workspace.WorkspaceId;

import java.time.Instant;

/** A contact's portal access was revoked: its sessions and links stopped working at once. */
public record PortalAccessRevoked(WorkspaceId workspaceId, ClientId clientId, ContactId contactId, String reason,
                                  Instant occurredAt) implements DomainEvent {
}
