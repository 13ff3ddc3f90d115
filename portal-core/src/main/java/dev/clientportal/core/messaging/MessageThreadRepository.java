package dev.clientportal.core.messaging;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.List;
import java.util.Optional;

/** Stores message threads, always scoped by workspace. */
public interface MessageThreadRepository {

    /**
     * Inserts a thread (version 0) or updates it if the stored version still equals {@code thread.version()}.
     *
     * @param thread the thread to insert or update
     * @return the thread as stored, with its new version
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#CONCURRENT_MODIFICATION}
     *         when another writer saved it first
     */
    MessageThread save(MessageThread thread);

    /**
     * The thread with this id in the workspace.
     *
     * @param workspaceId the workspace to look in
     * @param id          the thread's id
     * @return the thread, empty if the workspace has none with that id
     */
    Optional<MessageThread> find(WorkspaceId workspaceId, MessageThreadId id);

    /**
     * A client's threads, latest message first (then id).
     *
     * @param workspaceId the workspace to look in
     * @param clientId    the client
     * @return the client's threads, latest message first, then by id
     */
    List<MessageThread> forClient(WorkspaceId workspaceId, ClientId clientId);
}
