package dev.clientportal.core.messaging;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.spi.DomainEvent;
import dev.clientportal.core.workspace.WorkspaceId;

import java.time.Instant;

/** A message was posted; hosts typically notify the other side. */
public record MessagePosted(WorkspaceId workspaceId, ClientId clientId, MessageThreadId threadId, MessageId messageId,
                            int sequence, String author, Instant occurredAt) implements DomainEvent {
}
