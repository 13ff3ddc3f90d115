package dev.clientportal.core.messaging;

import dev.clientportal.core.files.FileId;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One message of a thread. The body is plain text: the portal never renders it as HTML, and hosts must escape it
 * when they display it.
 *
 * @param id          identity
 * @param workspaceId the workspace
 * @param threadId    the thread
 * @param sequence    its position in the thread, from 1
 * @param author      the actor who wrote it ({@code staff:…} or {@code contact:…})
 * @param body        the text
 * @param attachments files of the client's library attached to it
 * @param postedAt    when
 */
public record Message(MessageId id, WorkspaceId workspaceId, MessageThreadId threadId, int sequence, String author,
                      String body, List<FileId> attachments, Instant postedAt) {

    /**
     * Requires every field.
     *
     * @param id          identity
     * @param workspaceId the workspace
     * @param threadId    the thread
     * @param sequence    its position in the thread, from 1
     * @param author      the actor who wrote it ({@code staff:…} or {@code contact:…})
     * @param body        the text
     * @param attachments files of the client's library attached to it
     * @param postedAt    when
     */
    public Message {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(threadId, "threadId");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1: " + sequence);
        }
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(body, "body");
        attachments = List.copyOf(attachments);
        Objects.requireNonNull(postedAt, "postedAt");
    }
}
