package dev.clientportal.jpa;

import dev.clientportal.core.access.DocumentLink;
import dev.clientportal.core.access.DocumentLinkId;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.kernel.WorkspaceId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A document share link row: the document as type and id columns, the hash of its secret under a unique key. */
@Entity(name = "DocumentLink")
@Table(name = "cp_document_link")
class DocumentLinkEntity {

    @Id
    UUID id;

    @Column(name = "workspace_id", nullable = false)
    UUID workspaceId;

    @Column(name = "client_id", nullable = false)
    UUID clientId;

    @Column(name = "document_type", nullable = false, length = 30)
    String documentType;

    @Column(name = "document_id", nullable = false)
    UUID documentId;

    @Column(name = "token_hash", nullable = false, length = 64)
    String tokenHash;

    @Column(name = "created_by", nullable = false, length = 1_000)
    String createdBy;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    Instant expiresAt;

    @Column(name = "revoked_at")
    Instant revokedAt;

    @Column(name = "version", nullable = false)
    long version;

    protected DocumentLinkEntity() {
    }

    static DocumentLinkEntity of(DocumentLink link) {
        DocumentLinkEntity entity = new DocumentLinkEntity();
        entity.id = link.id().value();
        entity.workspaceId = link.workspaceId().value();
        entity.version = 1;
        entity.copy(link);
        return entity;
    }

    void copy(DocumentLink link) {
        clientId = link.clientId().value();
        documentType = link.document().type().name();
        documentId = link.document().id();
        tokenHash = link.tokenHash();
        createdBy = link.createdBy();
        createdAt = link.createdAt();
        expiresAt = link.expiresAt();
        revokedAt = link.revokedAt();
    }

    DocumentLink toDocumentLink() {
        return new DocumentLink(new DocumentLinkId(id), new WorkspaceId(workspaceId), new ClientId(clientId),
                new DocumentRef(DocumentType.valueOf(documentType), documentId), tokenHash, createdBy, createdAt,
                expiresAt, revokedAt, version);
    }
}
