package dev.clientportal.jpa;

import dev.clientportal.core.files.FileId;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.messaging.Message;
import dev.clientportal.core.messaging.MessageId;
import dev.clientportal.core.messaging.MessageThreadId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A message row in {@code cp_message}, written once: its number in the thread is unique
 * ({@code cp_message_sequence_uk}), its attachments a JSON array of file ids.
 */
@Entity(name = "Message")
@Table(name = "cp_message")
class MessageEntity {

    @Id
    UUID id;

    @Column(name = "workspace_id", nullable = false)
    UUID workspaceId;

    @Column(name = "thread_id", nullable = false)
    UUID threadId;

    @Column(name = "sequence_no", nullable = false)
    int sequence;

    @Column(name = "author", nullable = false, length = 300)
    String author;

    @Column(name = "body", nullable = false, length = Json.TEXT)
    String body;

    @Column(name = "attachments", nullable = false, length = Json.TEXT)
    String attachments;

    @Column(name = "posted_at", nullable = false)
    Instant postedAt;

    protected MessageEntity() {
    }

    static MessageEntity of(Message message) {
        MessageEntity entity = new MessageEntity();
        entity.id = message.id().value();
        entity.workspaceId = message.workspaceId().value();
        entity.threadId = message.threadId().value();
        entity.sequence = message.sequence();
        entity.author = message.author();
        entity.body = message.body();
        entity.attachments = Json.write(Json.strings(message.attachments().stream().map(FileId::toString).toList()));
        entity.postedAt = message.postedAt();
        return entity;
    }

    Message toMessage() {
        return new Message(new MessageId(id), new WorkspaceId(workspaceId), new MessageThreadId(threadId), sequence,
                author, body, Json.strings(Json.read(attachments)).stream().map(FileId::of).toList(), postedAt);
    }
}
