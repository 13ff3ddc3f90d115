package dev.clientportal.core.files;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.WorkspaceId;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Objects;

/**
 * A file in a client's document library: shared by the business or uploaded by the client.
 *
 * @param id          identity
 * @param workspaceId the workspace
 * @param clientId    the client whose library it is in
 * @param name        the file name shown (no path)
 * @param contentType its media type, from the allow-list
 * @param content     where its bytes are and how many
 * @param source      who put it there
 * @param uploadedBy  the actor who uploaded it
 * @param uploadedAt  when
 * @param removedAt   when the business removed it from the library, {@code null} while present
 * @param version     optimistic-locking version, 0 before the first save
 */
public record SharedFile(FileId id, WorkspaceId workspaceId, ClientId clientId, String name, String contentType,
                         StoredContent content, Source source, String uploadedBy, Instant uploadedAt,
                         @Nullable Instant removedAt, long version) {

    /** Who put a file in the library. */
    public enum Source {
        /** The business shared it with the client. */
        BUSINESS,
        /** A contact of the client uploaded it. */
        CLIENT
    }

    /**
     * Requires every field but the removal.
     *
     * @param id          identity
     * @param workspaceId the workspace
     * @param clientId    the client whose library it is in
     * @param name        the file name shown (no path)
     * @param contentType its media type, from the allow-list
     * @param content     where its bytes are and how many
     * @param source      who put it there
     * @param uploadedBy  the actor who uploaded it
     * @param uploadedAt  when
     * @param removedAt   when the business removed it from the library, {@code null} while present
     * @param version     optimistic-locking version, 0 before the first save
     */
    public SharedFile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(uploadedBy, "uploadedBy");
        Objects.requireNonNull(uploadedAt, "uploadedAt");
    }

    /**
     * Whether the file is still in the library.
     *
     * @return whether the file is still in the library, i.e. not removed
     */
    public boolean present() {
        return removedAt == null;
    }

    SharedFile removed(Instant now) {
        return new SharedFile(id, workspaceId, clientId, name, contentType, content, source, uploadedBy, uploadedAt,
                now, version);
    }

    /**
     * This file as stored with the given version; used by repositories after a save.
     *
     * @param newVersion the version the repository stored
     * @return a copy of this file with that version
     */
    public SharedFile withVersion(long newVersion) {
        return new SharedFile(id, workspaceId, clientId, name, contentType, content, source, uploadedBy, uploadedAt,
                removedAt, newVersion);
    }
}
