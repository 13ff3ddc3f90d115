package dev.clientportal.core.approval;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.UUID;

/**
 * The business withdrew a pending approval request.
 *
 * @param eventId       this occurrence's id, the same on every delivery
 * @param workspaceId   the workspace
 * @param clientId      the deliverable's client
 * @param deliverableId the deliverable
 * @param requestId     the withdrawn request
 * @param versionNumber the number of the version it was on
 * @param reason        why it was withdrawn
 * @param occurredAt    when it happened, from the portal's clock
 */
public record ApprovalWithdrawn(UUID eventId, WorkspaceId workspaceId, ClientId clientId, DeliverableId deliverableId,
                                ApprovalRequestId requestId, int versionNumber, String reason, Instant occurredAt)
        implements DomainEvent {
    /** The stable {@link #type()} of this event. */
    public static final String TYPE = "deliverable.approval_withdrawn";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateKey() {
        return DomainEvent.key("deliverable", deliverableId.value());
    }
}
