package dev.clientportal.core.messaging;

import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A conversation between the business and a client, optionally about one document or a project.
 *
 * @param id            identity
 * @param workspaceId   the workspace
 * @param clientId      the client
 * @param subject       what it is about, in words
 * @param about         the document it is about, if any
 * @param project       the project it is about, empty if none
 * @param startedBy     the actor who started it
 * @param startedAt     when
 * @param lastMessageAt when the latest message was posted
 * @param messageCount  how many messages it has; message sequence numbers run 1..messageCount
 * @param version       optimistic-locking version, 0 before the first save
 */
public record MessageThread(MessageThreadId id, WorkspaceId workspaceId, ClientId clientId, String subject,
                            Optional<DocumentRef> about, String project, String startedBy, Instant startedAt,
                            Instant lastMessageAt, int messageCount, long version) {

    /**
     * Requires every field.
     *
     * @param id            identity
     * @param workspaceId   the workspace
     * @param clientId      the client
     * @param subject       what it is about, in words
     * @param about         the document it is about, if any
     * @param project       the project it is about, empty if none
     * @param startedBy     the actor who started it
     * @param startedAt     when
     * @param lastMessageAt when the latest message was posted
     * @param messageCount  how many messages it has; message sequence numbers run 1..messageCount
     * @param version       optimistic-locking version, 0 before the first save
     */
    public MessageThread {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(subject, "subject");
        about = Objects.requireNonNullElse(about, Optional.empty());
        project = Objects.requireNonNullElse(project, "");
        Objects.requireNonNull(startedBy, "startedBy");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(lastMessageAt, "lastMessageAt");
    }

    MessageThread withMessageAt(Instant at) {
        return new MessageThread(id, workspaceId, clientId, subject, about, project, startedBy, startedAt, at,
                messageCount + 1, version);
    }

    /**
     * This thread as stored with the given version; used by repositories after a save.
     *
     * @param newVersion the version the repository stored
     * @return a copy of this thread with that version
     */
    public MessageThread withVersion(long newVersion) {
        return new MessageThread(id, workspaceId, clientId, subject, about, project, startedBy, startedAt,
                lastMessageAt, messageCount, newVersion);
    }
}
