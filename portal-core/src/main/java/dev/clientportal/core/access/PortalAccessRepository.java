package dev.clientportal.core.access;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.List;
import java.util.Optional;

/** Stores each contact's portal access status. */
public interface PortalAccessRepository {

    /**
     * Inserts (version 0) or updates (stored version equals {@code access.version()}) a contact's access.
     *
     * @param access the access record to store
     * @return the record as stored, with its new version
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#CONCURRENT_MODIFICATION}
     *         when another writer saved it first
     */
    PortalAccess save(PortalAccess access);

    /**
     * A contact's access record, if the contact was ever invited.
     *
     * @param workspaceId the workspace
     * @param contactId   the contact
     * @return the contact's access record; empty if the contact was never invited
     */
    Optional<PortalAccess> find(WorkspaceId workspaceId, ContactId contactId);

    /**
     * The access records of a client's contacts.
     *
     * @param workspaceId the workspace
     * @param clientId    the client
     * @return the access records of a client's contacts
     */
    List<PortalAccess> forClient(WorkspaceId workspaceId, ClientId clientId);
}
