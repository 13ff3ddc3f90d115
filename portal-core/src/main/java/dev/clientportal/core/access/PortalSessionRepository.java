package dev.clientportal.core.access;

import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores portal sessions by the hash of their secret. */
public interface PortalSessionRepository {

    /**
     * Inserts a session (version 0) or updates it if the stored version still equals {@code session.version()}.
     *
     * @param session the session to store
     * @return the session as stored, with its new version
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#CONCURRENT_MODIFICATION}
     *         when another writer saved it first
     */
    PortalSession save(PortalSession session);

    /**
     * Slides a session: moves its last-seen time forward to {@code lastSeenAt}, which moves its idle expiry
     * ({@code lastSeenAt} + idle timeout) forward with it. Never moves it back, changes no other field (a revocation
     * stays) and not the version, and never conflicts with a concurrent save or touch: an SQL adapter runs one
     * conditional update ({@code SET last_seen_at = ? WHERE workspace_id = ? AND id = ? AND last_seen_at < ?}).
     *
     * @param workspaceId the workspace
     * @param sessionId   the session to slide
     * @param lastSeenAt  the time of the request that used the session
     * @return whether the time moved; false when it was already at or after {@code lastSeenAt}, or the session is
     *         not in the workspace
     */
    boolean touch(WorkspaceId workspaceId, SessionId sessionId, Instant lastSeenAt);

    /**
     * The session whose secret hashes to {@code tokenHash}, in any workspace.
     *
     * @param tokenHash hex SHA-256 of the raw token
     * @return the session; empty when no session has that hash
     */
    Optional<PortalSession> findByHash(String tokenHash);

    /**
     * A contact's sessions that are not revoked, newest first.
     *
     * @param workspaceId the workspace
     * @param contactId   the contact
     * @return a contact's sessions that are not revoked, newest first
     */
    List<PortalSession> unrevokedForContact(WorkspaceId workspaceId, ContactId contactId);
}
