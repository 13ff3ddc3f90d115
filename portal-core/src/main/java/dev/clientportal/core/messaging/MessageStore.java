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
     * @param message the message, its sequence the next of its thread
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#DUPLICATE_KEY} when the
     *         thread already has a message with this sequence number
     */
    void append(Message message);

    /**
     * Up to {@code limit} messages of a thread with sequence greater than {@code afterSequence}, in order.
     *
     * @param workspaceId   the workspace to look in
     * @param threadId      the thread
     * @param afterSequence the last sequence already read, 0 for the start
     * @param limit         the most messages to return
     * @return the messages in sequence order; empty past the last
     */
    List<Message> messages(WorkspaceId workspaceId, MessageThreadId threadId, int afterSequence, int limit);

    /**
     * Records that a participant has read a thread up to a sequence number; never moves backwards.
     *
     * @param workspaceId  the workspace of the thread
     * @param threadId     the thread
     * @param participant  the reader as an actor, e.g. {@code staff:owner@acme.example} or {@code contact:…}
     * @param upToSequence the last sequence read
     */
    void markRead(WorkspaceId workspaceId, MessageThreadId threadId, String participant, int upToSequence);

    /**
     * For each thread of the client with messages the participant has not read (written by others, after its read
     * mark), how many; threads without unread messages are absent. One query.
     *
     * @param workspaceId the workspace to look in
     * @param clientId    the client whose threads to count
     * @param participant the reader as an actor, e.g. {@code staff:owner@acme.example} or {@code contact:…}
     * @return the unread count per thread that has unread messages
     */
    Map<MessageThreadId, Integer> unreadCounts(WorkspaceId workspaceId, ClientId clientId, String participant);
}
