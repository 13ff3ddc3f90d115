package dev.clientportal.core.approval;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.spi.DomainEvent;
import dev.clientportal.core.workspace.WorkspaceId;

import java.time.Instant;
import java.util.List;

/** The business asked approvers to decide on a version. Hosts typically email each approver a link now. */
public record ApprovalRequested(WorkspaceId workspaceId, ClientId clientId, DeliverableId deliverableId,
                                ApprovalRequestId requestId, DeliverableVersionId versionId, int versionNumber,
                                List<ContactId> approvers, ApprovalRule rule, Instant occurredAt)
        implements DomainEvent {

    /** Copies the approvers. */
    public ApprovalRequested {
        approvers = List.copyOf(approvers);
    }
}
