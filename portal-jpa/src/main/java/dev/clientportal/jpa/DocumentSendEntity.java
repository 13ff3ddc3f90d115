package dev.clientportal.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The latest send of one document of a workspace. */
@Entity(name = "DocumentSend")
@Table(name = "cp_document_send")
class DocumentSendEntity {

    @EmbeddedId
    Key key;

    @Column(name = "last_sent_at", nullable = false)
    Instant lastSentAt;

    protected DocumentSendEntity() {
    }

    DocumentSendEntity(Key key, Instant lastSentAt) {
        this.key = key;
        this.lastSentAt = lastSentAt;
    }

    /** A workspace and a document in it. */
    @Embeddable
    static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "workspace_id", nullable = false)
        UUID workspaceId;

        @Column(name = "document_type", nullable = false, length = 30)
        String documentType;

        @Column(name = "document_id", nullable = false)
        UUID documentId;

        protected Key() {
        }

        Key(UUID workspaceId, String documentType, UUID documentId) {
            this.workspaceId = workspaceId;
            this.documentType = documentType;
            this.documentId = documentId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.workspaceId.equals(workspaceId)
                    && key.documentType.equals(documentType) && key.documentId.equals(documentId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(workspaceId, documentType, documentId);
        }
    }
}
