package dev.clientportal.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One viewer of one document: when the viewer's view was last counted, how many were, and the id of the call that
 * counted last, so the call that ran the conditional upsert can tell whether it was the one that counted.
 */
@Entity(name = "DocumentViewer")
@Table(name = "cp_document_viewer")
@IdClass(DocumentViewerEntity.Key.class)
class DocumentViewerEntity {

    @Id
    @Column(name = "workspace_id", nullable = false)
    UUID workspaceId;

    @Id
    @Column(name = "document_type", nullable = false, length = 30)
    String documentType;

    @Id
    @Column(name = "document_id", nullable = false)
    UUID documentId;

    @Id
    @Column(name = "viewer_key", nullable = false, length = 200)
    String viewerKey;

    @Column(name = "last_counted_at", nullable = false)
    Instant lastCountedAt;

    @Column(name = "counted_views", nullable = false)
    long countedViews;

    @Column(name = "last_count_id", nullable = false)
    UUID lastCountId;

    protected DocumentViewerEntity() {
    }

    DocumentViewerEntity(Key key, Instant at, UUID countId) {
        this.workspaceId = key.workspaceId;
        this.documentType = key.documentType;
        this.documentId = key.documentId;
        this.viewerKey = key.viewerKey;
        this.lastCountedAt = at;
        this.countedViews = 1;
        this.lastCountId = countId;
    }

    /** A viewer of a document of a workspace. */
    static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        UUID workspaceId;
        String documentType;
        UUID documentId;
        String viewerKey;

        protected Key() {
        }

        Key(UUID workspaceId, String documentType, UUID documentId, String viewerKey) {
            this.workspaceId = workspaceId;
            this.documentType = documentType;
            this.documentId = documentId;
            this.viewerKey = viewerKey;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.workspaceId.equals(workspaceId)
                    && key.documentType.equals(documentType) && key.documentId.equals(documentId)
                    && key.viewerKey.equals(viewerKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(workspaceId, documentType, documentId, viewerKey);
        }
    }
}
