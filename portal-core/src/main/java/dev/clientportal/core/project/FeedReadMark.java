package dev.clientportal.core.project;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.Objects;

/**
 * How far a contact has read its client's feed: every entry at or before {@code position} is read.
 *
 * @param workspaceId the workspace
 * @param clientId    the client whose feed it is
 * @param contactId   the reader
 * @param position    the newest entry read
 * @param markedAt    when the mark last moved
 */
public record FeedReadMark(WorkspaceId workspaceId, ClientId clientId, ContactId contactId, FeedCursor position,
                           Instant markedAt) {

    /**
     * Requires every field.
     *
     * @param workspaceId the workspace
     * @param clientId    the client whose feed it is
     * @param contactId   the reader
     * @param position    the newest entry read
     * @param markedAt    when the mark last moved
     */
    public FeedReadMark {
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(markedAt, "markedAt");
    }

    /**
     * Whether the contact has read an entry.
     *
     * @param entry the entry's position
     * @return whether {@code entry} is at or before this mark
     */
    public boolean covers(FeedCursor entry) {
        return !entry.isAfter(position);
    }
}
