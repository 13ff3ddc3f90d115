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
 * @param round          the round it opened
 * @param beyondIncluded whether that round goes beyond the rounds the deliverable includes
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
