package dev.clientportal.core.agreement;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.List;
import java.util.Optional;

/** Stores agreements with all their versions and signatures, always scoped by workspace. */
public interface AgreementRepository {

    /**
     * Inserts an agreement (version 0) or updates it if the stored version still equals {@code agreement.version()}.
     *
     * @param agreement the agreement to insert or update
     * @return the agreement as stored, with its new version
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#CONCURRENT_MODIFICATION}
     *         when another writer saved it first, {@link dev.clientportal.core.kernel.ErrorCode#DUPLICATE_KEY} when a new
     *         agreement's id exists
     */
    Agreement save(Agreement agreement);

    /**
     * The agreement with this id in the workspace; empty if it does not exist there.
     *
     * @param workspaceId the workspace to look in
     * @param id          the agreement's id
     * @return the agreement, empty if the workspace has none with that id
     */
    Optional<Agreement> find(WorkspaceId workspaceId, AgreementId id);

    /**
     * Every agreement of a client, drafts included, newest first (by creation, then id).
     *
     * @param workspaceId the workspace to look in
     * @param clientId    the client
     * @return the client's agreements, drafts included, newest first (by creation, then id)
     */
    List<Agreement> forClient(WorkspaceId workspaceId, ClientId clientId);

    /**
     * How many agreements wait for this contact's signature: sent or partially signed, with the contact named on
     * the current version and not yet signed there. Feeds the client dashboard's pending decisions.
     *
     * @param workspaceId the workspace to look in
     * @param contactId   the contact whose signature is awaited
     * @return the number of agreements awaiting the contact's signature on their current version
     */
    long countAwaitingSignature(WorkspaceId workspaceId, ContactId contactId);
}
