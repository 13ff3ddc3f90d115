package dev.clientportal.jpa;

import dev.clientportal.core.approval.Deliverable;
import dev.clientportal.core.approval.DeliverableVersion;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/**
 * A version of a deliverable, appended when it is added and never changed: finds the deliverable of a version id,
 * and takes each version number once per deliverable ({@code cp_deliverable_version_number_uk}).
 */
@Entity(name = "DeliverableVersion")
@Table(name = "cp_deliverable_version")
class DeliverableVersionEntity {

    @Id
    UUID id;

    @Column(name = "deliverable_id", nullable = false)
    UUID deliverableId;

    @Column(name = "workspace_id", nullable = false)
    UUID workspaceId;

    @Column(name = "number", nullable = false)
    int number;

    protected DeliverableVersionEntity() {
    }

    DeliverableVersionEntity(Deliverable deliverable, DeliverableVersion version) {
        this.id = version.id().value();
        this.deliverableId = deliverable.id().value();
        this.workspaceId = deliverable.workspaceId().value();
        this.number = version.number();
    }
}
