package dev.clientportal.core.analytics;

import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.UUID;

/**
 * A person on the client's side opened an invoice or quote for the first time; hosts typically notify the business.
 *
 * @param eventId     this occurrence's id, the same on every delivery
 * @param workspaceId the workspace it happened in
 * @param clientId    the client the document belongs to
 * @param document    the invoice or quote viewed
 * @param viewerKey   who viewed it, e.g. {@code contact:…} or {@code link:…}
 * @param viewedAt    when the first counted human view happened
 * @param occurredAt  when it happened, from the portal's clock
 */
public record DocumentFirstViewed(UUID eventId,
                                  WorkspaceId workspaceId, ClientId clientId, DocumentRef document, String viewerKey,
                                  Instant viewedAt, Instant occurredAt) implements DomainEvent {
    /** The stable {@link #type()} of this event. */
    public static final String TYPE = "document.first_viewed";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateKey() {
        return DomainEvent.key(document.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                document.id());
    }
}
