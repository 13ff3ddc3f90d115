package dev.clientportal.jpa;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.messaging.MessageThread;
import dev.clientportal.core.messaging.MessageThreadId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A message thread row in {@code cp_message_thread}. Its message count is the last sequence number taken, and its
 * row lock (taken by every versioned save) is what orders two instances appending to the thread at once.
 */
@Entity(name = "MessageThread")
@Table(name = "cp_message_thread")
class MessageThreadEntity {

    @Id
    UUID id;

    @Column(name = "workspace_id", nullable = false)
    UUID workspaceId;

    @Column(name = "client_id", nullable = false)
    UUID clientId;

    @Column(name = "subject", nullable = false, length = 200)
    String subject;

    /** The type of the document the thread is about; null with {@link #aboutId} when it is about none. */
    @Column(name = "about_type", length = 30)
    String aboutType;

    @Column(name = "about_id")
    UUID aboutId;

    @Column(name = "project", nullable = false, length = 200)
    String project;

    @Column(name = "started_by", nullable = false, length = 300)
    String startedBy;

    @Column(name = "started_at", nullable = false)
    Instant startedAt;

    @Column(name = "last_message_at", nullable = false)
    Instant lastMessageAt;

    @Column(name = "message_count", nullable = false)
    int messageCount;

    @Column(name = "version", nullable = false)
    long version;

    protected MessageThreadEntity() {
    }

    static MessageThreadEntity of(MessageThread thread) {
        MessageThreadEntity entity = new MessageThreadEntity();
        entity.id = thread.id().value();
        entity.workspaceId = thread.workspaceId().value();
        entity.version = 1;
        entity.copy(thread);
        return entity;
    }

    void copy(MessageThread thread) {
        clientId = thread.clientId().value();
        subject = thread.subject();
        aboutType = thread.about().map(document -> document.type().name()).orElse(null);
        aboutId = thread.about().map(DocumentRef::id).orElse(null);
        project = thread.project();
        startedBy = thread.startedBy();
        startedAt = thread.startedAt();
        lastMessageAt = thread.lastMessageAt();
        messageCount = thread.messageCount();
    }

    MessageThread toThread() {
        Optional<DocumentRef> about = aboutType == null || aboutId == null ? Optional.empty()
                : Optional.of(new DocumentRef(DocumentType.valueOf(aboutType), aboutId));
        return new MessageThread(new MessageThreadId(id), new WorkspaceId(workspaceId), new ClientId(clientId),
                subject, about, project, startedBy, startedAt, lastMessageAt, messageCount, version);
    }
}
