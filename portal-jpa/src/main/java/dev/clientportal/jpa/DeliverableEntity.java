package dev.clientportal.jpa;

import dev.clientportal.core.approval.ApprovalRequest;
import dev.clientportal.core.approval.Deliverable;
import dev.clientportal.core.approval.DeliverableVersion;
import dev.clientportal.core.client.ContactId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A deliverable row: client, title, creation, how many versions it has (rows of {@code cp_deliverable_version}) and
 * its pending approval request as columns; the whole aggregate as JSON ({@link DeliverableJson}). The contacts the
 * pending request waits for are rows of {@code cp_deliverable_approver}.
 */
@Entity(name = "Deliverable")
@Table(name = "cp_deliverable")
class DeliverableEntity {

    @Id
    UUID id;

    @Column(name = "workspace_id", nullable = false)
    UUID workspaceId;

    @Column(name = "client_id", nullable = false)
    UUID clientId;

    @Column(name = "title", nullable = false, length = Json.TEXT)
    String title;

    /** How many rows of {@code cp_deliverable_version} belong to this deliverable, numbers 1 to count. */
    @Column(name = "version_count", nullable = false)
    int versionCount;

    @Column(name = "pending_request_id")
    UUID pendingRequestId;

    @Column(name = "pending_version_id")
    UUID pendingVersionId;

    @Column(name = "pending_version_number")
    Integer pendingVersionNumber;

    @Column(name = "pending_requested_at")
    Instant pendingRequestedAt;

    @Column(name = "content", nullable = false, length = Json.TEXT)
    String content;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "version", nullable = false)
    long version;

    protected DeliverableEntity() {
    }

    static DeliverableEntity of(Deliverable deliverable) {
        DeliverableEntity entity = new DeliverableEntity();
        entity.id = deliverable.id().value();
        entity.workspaceId = deliverable.workspaceId().value();
        entity.createdAt = deliverable.createdAt();
        entity.version = 1;
        entity.copy(deliverable);
        return entity;
    }

    void copy(Deliverable deliverable) {
        clientId = deliverable.clientId().value();
        title = deliverable.title();
        versionCount = deliverable.versions().size();
        ApprovalRequest pending = deliverable.pendingRequest().orElse(null);
        pendingRequestId = pending == null ? null : pending.id().value();
        pendingVersionNumber = pending == null ? null : pending.versionNumber();
        pendingVersionId = pending == null ? null
                : deliverable.versions().get(pending.versionNumber() - 1).id().value();
        pendingRequestedAt = pending == null ? null : pending.requestedAt();
        content = Json.write(DeliverableJson.content(deliverable));
    }

    /** The version rows of the versions numbered above {@code stored}, which the table lacks. */
    static List<DeliverableVersionEntity> versionsAfter(Deliverable deliverable, int stored) {
        List<DeliverableVersionEntity> added = new ArrayList<>();
        for (DeliverableVersion version : deliverable.versions().subList(stored, deliverable.versions().size())) {
            added.add(new DeliverableVersionEntity(deliverable, version));
        }
        return added;
    }

    /** The approver rows the queries read: the contacts the pending request still waits for, in its order. */
    static List<DeliverableApproverEntity> awaitedApprovers(Deliverable deliverable) {
        List<DeliverableApproverEntity> rows = new ArrayList<>();
        deliverable.pendingRequest().ifPresent(request -> {
            List<ContactId> approvers = request.approvers();
            for (int ordinal = 0; ordinal < approvers.size(); ordinal++) {
                if (request.awaits(approvers.get(ordinal))) {
                    rows.add(new DeliverableApproverEntity(deliverable, approvers.get(ordinal).value(), ordinal));
                }
            }
        });
        return rows;
    }

    Deliverable toDeliverable() {
        return DeliverableJson.deliverable(id, workspaceId, clientId, createdAt, version, Json.read(content));
    }
}
