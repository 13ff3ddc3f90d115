package dev.clientportal.core.access;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.spi.DomainEvent;
import dev.clientportal.core.workspace.WorkspaceId;

import java.time.Instant;

/** A contact was (re-)invited to the portal. */
public record ContactInvited(WorkspaceId workspaceId, ClientId clientId, ContactId contactId, Instant expiresAt,
                             Instant occurredAt) implements DomainEvent {
}
