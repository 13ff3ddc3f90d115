package dev.clientportal.core.approval;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.files.ContentHash;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The business delivered a new version; a request still pending on the previous version was superseded by it.
 *
 * @param supersededRequest the request the new version superseded, if one was pending
 */
public record DeliverableVersionAdded(UUID eventId,
                                      WorkspaceId workspaceId, ClientId clientId, DeliverableId deliverableId,
                                      DeliverableVersionId versionId, int versionNumber, ContentHash contentHash,
                                      Optional<ApprovalRequestId> supersededRequest, Instant occurredAt)
        implements DomainEvent {
    /** The stable {@link #type()} of this event. */
    public static final String TYPE = "deliverable.version_added";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateKey() {
        return DomainEvent.key("deliverable", deliverableId.value());
    }
}
