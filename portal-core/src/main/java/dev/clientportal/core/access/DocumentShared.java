package dev.clientportal.core.access;

import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.UUID;

/** A share link to one document was created. */
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
