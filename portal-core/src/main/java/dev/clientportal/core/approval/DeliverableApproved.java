package dev.clientportal.core.approval;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.files.ContentHash;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A version was approved: the approval that met the request's rule was just made.
 *
 * @param eventId          this occurrence's id, the same on every delivery
 * @param workspaceId      the workspace
 * @param clientId         the deliverable's client
 * @param deliverableId    the deliverable
 * @param requestId        the approval request whose rule was met
 * @param versionNumber    the number of the approved version
 * @param contentHash      the hash of exactly what was approved
 * @param approvedBy       the approvers who approved, in the order they did
 * @param milestoneInvoice the milestone invoice this approval billed, if it billed one
 * @param occurredAt       when it happened, from the portal's clock
 */
public record DeliverableApproved(UUID eventId, WorkspaceId workspaceId, ClientId clientId, DeliverableId deliverableId,
                                  ApprovalRequestId requestId, int versionNumber, ContentHash contentHash,
                                  List<ContactId> approvedBy, Optional<InvoiceId> milestoneInvoice,
                                  Instant occurredAt) implements DomainEvent {
    /** The stable {@link #type()} of this event. */
    public static final String TYPE = "deliverable.approved";

    /**
     * Copies the list.
     *
     * @param eventId          this occurrence's id, the same on every delivery
     * @param workspaceId      the workspace
     * @param clientId         the deliverable's client
     * @param deliverableId    the deliverable
     * @param requestId        the approval request whose rule was met
     * @param versionNumber    the number of the approved version
     * @param contentHash      the hash of exactly what was approved
     * @param approvedBy       the approvers who approved, in the order they did
     * @param milestoneInvoice the milestone invoice this approval billed, if it billed one
     * @param occurredAt       when it happened, from the portal's clock
     */
    public DeliverableApproved {
        approvedBy = List.copyOf(approvedBy);
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
