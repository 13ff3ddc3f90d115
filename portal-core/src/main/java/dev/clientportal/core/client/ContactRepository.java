package dev.clientportal.core.client;

import dev.clientportal.core.workspace.WorkspaceId;

import java.util.List;
import java.util.Optional;

/** Stores contacts, always scoped by workspace. */
public interface ContactRepository {

    /**
     * Inserts a contact (version 0) or updates it if the stored version still equals {@code contact.version()}.
     *
     * @return the contact as stored, with its new version
     * @throws dev.clientportal.core.PortalException {@link dev.clientportal.core.ErrorCode#CONCURRENT_MODIFICATION}
     *         when another writer saved it first
     */
    Contact save(Contact contact);

    /** The contact with this id in the workspace; empty if it does not exist there. */
    Optional<Contact> find(WorkspaceId workspaceId, ContactId id);

    /** Every contact of a client, active or not, ordered by name then id. */
    List<Contact> forClient(WorkspaceId workspaceId, ClientId clientId);

    /** The contacts of a workspace with this email address (compared case-insensitively), ordered by id. */
    List<Contact> findByEmail(WorkspaceId workspaceId, String email);
}
