package dev.clientportal.core.approval;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An approver approved, and the request still waits for others (every approver must approve). The approval that
 * completes a request raises {@link DeliverableApproved} instead.
 *
 * @param eventId       this occurrence's id, the same on every delivery
 * @param workspaceId   the workspace
 * @param clientId      the deliverable's client
 * @param deliverableId the deliverable
 * @param requestId     the approval request
 * @param versionNumber the number of the version approved
 * @param contactId     the approver who approved
 * @param awaiting      the approvers the request still waits for
 * @param occurredAt    when it happened, from the portal's clock
 */
public record ApprovalGiven(UUID eventId, WorkspaceId workspaceId, ClientId clientId, DeliverableId deliverableId,
                            ApprovalRequestId requestId, int versionNumber, ContactId contactId,
                            List<ContactId> awaiting, Instant occurredAt) implements DomainEvent {
    /** The stable {@link #type()} of this event. */
    public static final String TYPE = "deliverable.approval_given";

    /**
     * Copies the list.
     *
     * @param eventId       this occurrence's id, the same on every delivery
     * @param workspaceId   the workspace
     * @param clientId      the deliverable's client
     * @param deliverableId the deliverable
     * @param requestId     the approval request
     * @param versionNumber the number of the version approved
     * @param contactId     the approver who approved
     * @param awaiting      the approvers the request still waits for
     * @param occurredAt    when it happened, from the portal's clock
     */
    public ApprovalGiven {
        awaiting = List.copyOf(awaiting);
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
