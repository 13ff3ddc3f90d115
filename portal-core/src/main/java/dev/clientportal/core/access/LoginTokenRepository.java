package dev.clientportal.core.access;

import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.List;
import java.util.Optional;

/** Stores sign-in tokens by the hash of their secret. */
public interface LoginTokenRepository {

    /**
     * Inserts a token (version 0) or updates it if the stored version still equals {@code token.version()}.
     *
     * @param token the token to store
     * @return the token as stored, with its new version
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#CONCURRENT_MODIFICATION}
     *         when another writer saved it first (two redemptions of one token: only one succeeds)
     */
    LoginToken save(LoginToken token);

    /**
     * The token whose secret hashes to {@code tokenHash}, in any workspace.
     *
     * @param tokenHash hex SHA-256 of the raw token
     * @return the token; empty when no token has that hash
     */
    Optional<LoginToken> findByHash(String tokenHash);

    /**
     * A contact's tokens, newest first.
     *
     * @param workspaceId the workspace
     * @param contactId   the contact
     * @return a contact's tokens, newest first
     */
    List<LoginToken> forContact(WorkspaceId workspaceId, ContactId contactId);
}
