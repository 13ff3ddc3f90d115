package dev.clientportal.core.approval;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.spi.DomainEvent;
import dev.clientportal.core.workspace.WorkspaceId;

import java.time.Instant;

/** The business withdrew a pending approval request. */
public record ApprovalWithdrawn(WorkspaceId workspaceId, ClientId clientId, DeliverableId deliverableId,
                                ApprovalRequestId requestId, int versionNumber, String reason, Instant occurredAt)
        implements DomainEvent {
}
