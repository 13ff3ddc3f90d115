package dev.clientportal.core.approval;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.files.FileId;
import dev.clientportal.core.spi.DomainEvent;
import dev.clientportal.core.workspace.WorkspaceId;

import java.time.Instant;
import java.util.Optional;

/**
 * An approver asked for changes on a version, which opened a revision round.
 *
 * @param round          the round it opened
 * @param beyondIncluded whether that round goes beyond the rounds the deliverable includes
 */
public record ChangesRequested(WorkspaceId workspaceId, ClientId clientId, DeliverableId deliverableId,
                               ApprovalRequestId requestId, int versionNumber, ContactId contactId, String comment,
                               Optional<FileId> pinnedFile, int round, boolean beyondIncluded, Instant occurredAt)
        implements DomainEvent {
}
