package dev.clientportal.core.access;

import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.WorkspaceId;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Objects;

/**
 * A share link that opens exactly one document, read-only, until it expires or is revoked — never a key to the
 * client's account. Stored only as the SHA-256 hash of its raw token.
 *
 * @param id          identity
 * @param workspaceId the workspace
 * @param clientId    the client the document belongs to
 * @param document    the one document it opens
 * @param tokenHash   hex SHA-256 of the raw token; unique
 * @param createdBy   the staff actor who shared it
 * @param createdAt   when it was created
 * @param expiresAt   when it stops working
 * @param revokedAt   when it was revoked, {@code null} while not
 * @param version     optimistic-locking version, 0 before the first save
 */
public record DocumentLink(DocumentLinkId id, WorkspaceId workspaceId, ClientId clientId, DocumentRef document,
                           String tokenHash, String createdBy, Instant createdAt, Instant expiresAt,
                           @Nullable Instant revokedAt, long version) {

    /**
     * Requires every field but the revocation.
     *
     * @param id          identity
     * @param workspaceId the workspace
     * @param clientId    the client the document belongs to
     * @param document    the one document it opens
     * @param tokenHash   hex SHA-256 of the raw token; unique
     * @param createdBy   the staff actor who shared it
     * @param createdAt   when it was created
     * @param expiresAt   when it stops working
     * @param revokedAt   when it was revoked, {@code null} while not
     * @param version     optimistic-locking version, 0 before the first save
     */
    public DocumentLink {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /**
     * Whether the link opens its document at {@code now}.
     *
     * @param now the current time, from the portal's clock
     * @return whether the link opens its document at {@code now}
     */
    public boolean isActive(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    DocumentLink revoked(Instant now) {
        return new DocumentLink(id, workspaceId, clientId, document, tokenHash, createdBy, createdAt, expiresAt, now,
                version);
    }

    /**
     * This link as stored with the given version; used by repositories after a save.
     *
     * @param newVersion the version the store assigned
     * @return this link as stored with the given version
     */
    public DocumentLink withVersion(long newVersion) {
        return new DocumentLink(id, workspaceId, clientId, document, tokenHash, createdBy, createdAt, expiresAt,
                revokedAt, newVersion);
    }
}
