package dev.clientportal.core.access;

import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.UUID;

/**
 * A share link to one document was created.
 *
 * @param eventId     this occurrence's id, the same on every delivery
 * @param workspaceId the workspace
 * @param clientId    the document's client
 * @param document    the shared document
 * @param linkId      the new link
 * @param expiresAt   when the link stops working
 * @param occurredAt  when it happened, from the portal's clock
 */
public record DocumentShared(UUID eventId,
                             WorkspaceId workspaceId, ClientId clientId, DocumentRef document, DocumentLinkId linkId,
                             Instant expiresAt, Instant occurredAt) implements DomainEvent {
    /** The stable {@link #type()} of this event. */
    public static final String TYPE = "document.shared";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateKey() {
        return DomainEvent.key("document-link", linkId.value());
    }
}
