package dev.clientportal.jpa;

import dev.clientportal.core.approval.Deliverable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.util.UUID;

/** A contact the pending approval request of a deliverable still waits for, at its place among the approvers. */
@Entity(name = "DeliverableApprover")
@Table(name = "cp_deliverable_approver")
@IdClass(ContactRowKey.class)
class DeliverableApproverEntity {

    @Id
    @Column(name = "deliverable_id", nullable = false)
    UUID ownerId;

    @Id
    @Column(name = "contact_id", nullable = false)
    UUID contactId;

    @Column(name = "workspace_id", nullable = false)
    UUID workspaceId;

    @Column(name = "client_id", nullable = false)
    UUID clientId;

    @Column(name = "ordinal", nullable = false)
    int ordinal;

    protected DeliverableApproverEntity() {
    }

    DeliverableApproverEntity(Deliverable deliverable, UUID contactId, int ordinal) {
        this.ownerId = deliverable.id().value();
        this.contactId = contactId;
        this.workspaceId = deliverable.workspaceId().value();
        this.clientId = deliverable.clientId().value();
        this.ordinal = ordinal;
    }

    ContactRowKey key() {
        return new ContactRowKey(ownerId, contactId);
    }
}
