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
 * @param eventId           this occurrence's id, the same on every delivery
 * @param workspaceId       the workspace
 * @param clientId          the deliverable's client
 * @param deliverableId     the deliverable
 * @param versionId         the new version
 * @param versionNumber     the new version's number
 * @param contentHash       the hash of the version's note and files
 * @param supersededRequest the request the new version superseded, if one was pending
 * @param occurredAt        when it happened, from the portal's clock
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
