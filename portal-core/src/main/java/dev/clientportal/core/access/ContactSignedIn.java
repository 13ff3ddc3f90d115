package dev.clientportal.core.access;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.spi.DomainEvent;
import dev.clientportal.core.workspace.WorkspaceId;

import java.time.Instant;

/** A contact redeemed a magic link and has a session. */
public record ContactSignedIn(WorkspaceId workspaceId, ClientId clientId, ContactId contactId, SessionId sessionId,
                              String address, Instant occurredAt) implements DomainEvent {
}
