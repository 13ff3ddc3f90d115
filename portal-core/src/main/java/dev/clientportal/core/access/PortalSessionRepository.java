package dev.clientportal.core.access;

import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.workspace.WorkspaceId;

import java.util.List;
import java.util.Optional;

/** Stores portal sessions by the hash of their secret. */
public interface PortalSessionRepository {

    /**
     * Inserts a session (version 0) or updates it if the stored version still equals {@code session.version()}.
     *
     * @throws dev.clientportal.core.PortalException {@link dev.clientportal.core.ErrorCode#CONCURRENT_MODIFICATION}
     *         when another writer saved it first
     */
    PortalSession save(PortalSession session);

    /** The session whose secret hashes to {@code tokenHash}, in any workspace. */
    Optional<PortalSession> findByHash(String tokenHash);

    /** A contact's sessions that are not revoked, newest first. */
    List<PortalSession> unrevokedForContact(WorkspaceId workspaceId, ContactId contactId);
}
