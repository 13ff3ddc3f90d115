package dev.clientportal.core.messaging;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.UUID;

/**
 * A message was posted; hosts typically notify the other side.
 *
 * @param eventId     this occurrence's id, the same on every delivery
 * @param workspaceId the workspace it happened in
 * @param clientId    the client of the thread
 * @param threadId    the thread posted to
 * @param messageId   the new message
 * @param sequence    its position in the thread, from 1
 * @param author      the actor who wrote it ({@code staff:…} or {@code contact:…})
 * @param occurredAt  when it happened, from the portal's clock
 */
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
