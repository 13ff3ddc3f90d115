package dev.clientportal.core.access;

import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.List;
import java.util.Optional;

/** Stores document share links by the hash of their secret. */
public interface DocumentLinkRepository {

    /**
     * Inserts a link (version 0) or updates it if the stored version still equals {@code link.version()}.
     *
     * @param link the link to store
     * @return the link as stored, with its new version
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#CONCURRENT_MODIFICATION}
     *         when another writer saved it first
     */
    DocumentLink save(DocumentLink link);

    /**
     * The link whose secret hashes to {@code tokenHash}, in any workspace.
     *
     * @param tokenHash hex SHA-256 of the raw token
     * @return the link; empty when no link has that hash
     */
    Optional<DocumentLink> findByHash(String tokenHash);

    /**
     * The link with this id in the workspace.
     *
     * @param workspaceId the workspace
     * @param id          the link
     * @return the link; empty if it does not exist in the workspace
     */
    Optional<DocumentLink> find(WorkspaceId workspaceId, DocumentLinkId id);

    /**
     * The links to one document, newest first.
     *
     * @param workspaceId the workspace
     * @param document    the document
     * @return the links to one document, newest first
     */
    List<DocumentLink> forDocument(WorkspaceId workspaceId, DocumentRef document);

    /**
     * The links to any document of a client that are not revoked, newest first.
     *
     * @param workspaceId the workspace
     * @param clientId    the client
     * @return the links to any document of a client that are not revoked, newest first
     */
    List<DocumentLink> unrevokedForClient(WorkspaceId workspaceId, ClientId clientId);
}
