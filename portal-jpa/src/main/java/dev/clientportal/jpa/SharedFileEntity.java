package dev.clientportal.jpa;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.files.ContentHash;
import dev.clientportal.core.files.FileId;
import dev.clientportal.core.files.SharedFile;
import dev.clientportal.core.files.StoredContent;
import dev.clientportal.core.kernel.WorkspaceId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A library file's metadata row in {@code cp_file}; its bytes are in the host's file store under the content hash. */
@Entity(name = "SharedFile")
@Table(name = "cp_file")
class SharedFileEntity {

    @Id
    UUID id;

    @Column(name = "workspace_id", nullable = false)
    UUID workspaceId;

    @Column(name = "client_id", nullable = false)
    UUID clientId;

    @Column(name = "name", nullable = false, length = 255)
    String name;

    @Column(name = "content_type", nullable = false, length = 200)
    String contentType;

    @Column(name = "content_hash", nullable = false, length = 64)
    String contentHash;

    @Column(name = "size_bytes", nullable = false)
    long sizeBytes;

    @Column(name = "source", nullable = false, length = 20)
    String source;

    @Column(name = "uploaded_by", nullable = false, length = 300)
    String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    Instant uploadedAt;

    @Column(name = "removed_at")
    Instant removedAt;

    @Column(name = "version", nullable = false)
    long version;

    protected SharedFileEntity() {
    }

    static SharedFileEntity of(SharedFile file) {
        SharedFileEntity entity = new SharedFileEntity();
        entity.id = file.id().value();
        entity.workspaceId = file.workspaceId().value();
        entity.version = 1;
        entity.copy(file);
        return entity;
    }

    void copy(SharedFile file) {
        clientId = file.clientId().value();
        name = file.name();
        contentType = file.contentType();
        contentHash = file.content().hash().hex();
        sizeBytes = file.content().size();
        source = file.source().name();
        uploadedBy = file.uploadedBy();
        uploadedAt = file.uploadedAt();
        removedAt = file.removedAt();
    }

    SharedFile toFile() {
        return new SharedFile(new FileId(id), new WorkspaceId(workspaceId), new ClientId(clientId), name, contentType,
                new StoredContent(new ContentHash(contentHash), sizeBytes), SharedFile.Source.valueOf(source),
                uploadedBy, uploadedAt, removedAt, version);
    }
}
