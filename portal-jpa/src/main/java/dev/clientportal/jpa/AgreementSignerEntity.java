package dev.clientportal.jpa;

import dev.clientportal.core.agreement.Agreement;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.util.UUID;

/** A contact an open agreement still waits for: named on its current version and not signed yet. */
@Entity(name = "AgreementSigner")
@Table(name = "cp_agreement_signer")
@IdClass(ContactRowKey.class)
class AgreementSignerEntity {

    @Id
    @Column(name = "agreement_id", nullable = false)
    UUID ownerId;

    @Id
    @Column(name = "contact_id", nullable = false)
    UUID contactId;

    @Column(name = "workspace_id", nullable = false)
    UUID workspaceId;

    @Column(name = "client_id", nullable = false)
    UUID clientId;

    protected AgreementSignerEntity() {
    }

    AgreementSignerEntity(Agreement agreement, UUID contactId) {
        this.ownerId = agreement.id().value();
        this.contactId = contactId;
        this.workspaceId = agreement.workspaceId().value();
        this.clientId = agreement.clientId().value();
    }

    ContactRowKey key() {
        return new ContactRowKey(ownerId, contactId);
    }
}
