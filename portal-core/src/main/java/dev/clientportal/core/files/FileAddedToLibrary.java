package dev.clientportal.core.files;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.UUID;

/**
 * A file entered a client's library, shared by the business or uploaded by the client.
 *
 * @param eventId     this occurrence's id, the same on every delivery
 * @param workspaceId the workspace it happened in
 * @param clientId    the client whose library it entered
 * @param fileId      the file
 * @param name        its stored name
 * @param source      who put it there
 * @param occurredAt  when it happened, from the portal's clock
 */
public record FileAddedToLibrary(UUID eventId, WorkspaceId workspaceId, ClientId clientId, FileId fileId, String name,
                                 SharedFile.Source source, Instant occurredAt) implements DomainEvent {
    /** The stable {@link #type()} of this event. */
    public static final String TYPE = "file.added_to_library";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateKey() {
        return DomainEvent.key("file", fileId.value());
    }
}
