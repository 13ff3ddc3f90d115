package dev.clientportal.jpa;

import dev.clientportal.core.agreement.Agreement;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** A contact an open agreement still waits for: named on its current version and not signed yet. */
@Entity(name = "AgreementSigner")
@Table(name = "cp_agreement_signer")
@IdClass(AgreementSignerEntity.Key.class)
class AgreementSignerEntity {

    @Id
    @Column(name = "agreement_id", nullable = false)
    UUID agreementId;

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
        this.agreementId = agreement.id().value();
        this.contactId = contactId;
        this.workspaceId = agreement.workspaceId().value();
        this.clientId = agreement.clientId().value();
    }

    Key key() {
        return new Key(agreementId, contactId);
    }

    /** The agreement and the contact. */
    static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        UUID agreementId;
        UUID contactId;

        protected Key() {
        }

        Key(UUID agreementId, UUID contactId) {
            this.agreementId = agreementId;
            this.contactId = contactId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.agreementId.equals(agreementId) && key.contactId.equals(contactId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(agreementId, contactId);
        }
    }
}
