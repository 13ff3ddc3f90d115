package dev.clientportal.core.messaging;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.UUID;

/** A message was posted; hosts typically notify the other side. */
public record MessagePosted(UUID eventId,
                            WorkspaceId workspaceId, ClientId clientId, MessageThreadId threadId, MessageId messageId,
                            int sequence, String author, Instant occurredAt) implements DomainEvent {
    /** The stable {@link #type()} of this event. */
    public static final String TYPE = "message.posted";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateKey() {
        return DomainEvent.key("thread", threadId.value());
    }
}
