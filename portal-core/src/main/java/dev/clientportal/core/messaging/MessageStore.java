package dev.clientportal.core.messaging;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.List;
import java.util.Map;

/** Stores messages and who has read how far. */
public interface MessageStore {

    /**
     * Appends a message.
     *
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#DUPLICATE_KEY} when the
     *         thread already has a message with this sequence number
     */
    void append(Message message);

    /** Up to {@code limit} messages of a thread with sequence greater than {@code afterSequence}, in order. */
    List<Message> messages(WorkspaceId workspaceId, MessageThreadId threadId, int afterSequence, int limit);

    /** Records that a participant has read a thread up to a sequence number; never moves backwards. */
    void markRead(WorkspaceId workspaceId, MessageThreadId threadId, String participant, int upToSequence);

    /**
     * For each thread of the client with messages the participant has not read (written by others, after its read
     * mark), how many; threads without unread messages are absent. One query.
     */
    Map<MessageThreadId, Integer> unreadCounts(WorkspaceId workspaceId, ClientId clientId, String participant);
}
