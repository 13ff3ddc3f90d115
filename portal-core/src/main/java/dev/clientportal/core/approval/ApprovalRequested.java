package dev.clientportal.core.approval;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The business asked approvers to decide on a version. Hosts typically email each approver a link now.
 *
 * @param eventId       this occurrence's id, the same on every delivery
 * @param workspaceId   the workspace
 * @param clientId      the deliverable's client
 * @param deliverableId the deliverable
 * @param requestId     the new approval request
 * @param versionId     the version to decide on
 * @param versionNumber the number of that version
 * @param approvers     the contacts asked to decide
 * @param rule          whether every approver or any one decides
 * @param occurredAt    when it happened, from the portal's clock
 */
public record ApprovalRequested(UUID eventId, WorkspaceId workspaceId, ClientId clientId, DeliverableId deliverableId,
                                ApprovalRequestId requestId, DeliverableVersionId versionId, int versionNumber,
                                List<ContactId> approvers, ApprovalRule rule, Instant occurredAt)
        implements DomainEvent {
    /** The stable {@link #type()} of this event. */
    public static final String TYPE = "deliverable.approval_requested";

    /**
     * Copies the approvers.
     *
     * @param eventId       this occurrence's id, the same on every delivery
     * @param workspaceId   the workspace
     * @param clientId      the deliverable's client
     * @param deliverableId the deliverable
     * @param requestId     the new approval request
     * @param versionId     the version to decide on
     * @param versionNumber the number of that version
     * @param approvers     the contacts asked to decide
     * @param rule          whether every approver or any one decides
     * @param occurredAt    when it happened, from the portal's clock
     */
    public ApprovalRequested {
        approvers = List.copyOf(approvers);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateKey() {
        return DomainEvent.key("deliverable", deliverableId.value());
    }
}
