package dev.clientportal.core.approval;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.files.FileId;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * An approver asked for changes on a version, which opened a revision round.
 *
 * @param eventId        this occurrence's id, the same on every delivery
 * @param workspaceId    the workspace
 * @param clientId       the deliverable's client
 * @param deliverableId  the deliverable
 * @param requestId      the approval request it closed
 * @param versionNumber  the number of the version
 * @param contactId      the approver who asked
 * @param comment        what should change
 * @param pinnedFile     the file the comment is about, if it names one
 * @param round          the round it opened
 * @param beyondIncluded whether that round goes beyond the rounds the deliverable includes
 * @param occurredAt     when it happened, from the portal's clock
 */
public record ChangesRequested(UUID eventId, WorkspaceId workspaceId, ClientId clientId, DeliverableId deliverableId,
                               ApprovalRequestId requestId, int versionNumber, ContactId contactId, String comment,
                               Optional<FileId> pinnedFile, int round, boolean beyondIncluded, Instant occurredAt)
        implements DomainEvent {
    /** The stable {@link #type()} of this event. */
    public static final String TYPE = "deliverable.changes_requested";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateKey() {
        return DomainEvent.key("deliverable", deliverableId.value());
    }
}
