package dev.clientportal.core.approval;

import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.files.ContentHash;

import java.time.Instant;
import java.util.List;

/**
 * A decision a client still owes: one pending request, as the client's portal lists it.
 *
 * @param deliverableId the deliverable
 * @param title         its title
 * @param project       its project, empty for none
 * @param document      the version to open
 * @param versionNumber the version's number, to name it when deciding
 * @param contentHash   the version's content hash, to name it when deciding
 * @param requestId     the request
 * @param rule          whether all or any approver must approve
 * @param requestedAt   when approval was asked for
 * @param awaiting      the approvers who have not decided yet
 */
public record PendingApproval(DeliverableId deliverableId, String title, String project, DocumentRef document,
                              int versionNumber, ContentHash contentHash, ApprovalRequestId requestId,
                              ApprovalRule rule, Instant requestedAt, List<ContactId> awaiting) {

    /**
     * Copies the list.
     *
     * @param deliverableId the deliverable
     * @param title         its title
     * @param project       its project, empty for none
     * @param document      the version to open
     * @param versionNumber the version's number, to name it when deciding
     * @param contentHash   the version's content hash, to name it when deciding
     * @param requestId     the request
     * @param rule          whether all or any approver must approve
     * @param requestedAt   when approval was asked for
     * @param awaiting      the approvers who have not decided yet
     */
    public PendingApproval {
        awaiting = List.copyOf(awaiting);
    }

    static PendingApproval of(Deliverable deliverable, ApprovalRequest request) {
        DeliverableVersion version = deliverable.versions().get(request.versionNumber() - 1);
        return new PendingApproval(deliverable.id(), deliverable.title(), deliverable.project(), version.document(),
                version.number(), version.contentHash(), request.id(), request.rule(), request.requestedAt(),
                request.awaiting());
    }
}
