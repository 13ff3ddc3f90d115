package dev.clientportal.core.client;

import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.workspace.WorkspaceRepository;

import java.util.List;
import java.util.Set;

/**
 * Managing clients and their contacts. Every call is scoped to the principal's workspace: ids from another
 * workspace answer {@link dev.clientportal.core.kernel.ErrorCode#CLIENT_NOT_FOUND} or
 * {@link dev.clientportal.core.kernel.ErrorCode#CONTACT_NOT_FOUND}.
 */
public interface Clients {

    /**
     * Creates a client in the principal's workspace.
     *
     * @param principal the staff member acting; must belong to the workspace
     * @param command   the name, billing details, currency and tax exemption
     * @return the new client
     */
    Client create(StaffPrincipal principal, CreateClient command);

    /**
     * One client.
     *
     * @param principal the staff member acting; must belong to the workspace
     * @param clientId  the client
     * @return the client, archived or not
     */
    Client get(StaffPrincipal principal, ClientId clientId);

    /**
     * A page of clients ordered by name; {@code limit} is 1 to 500.
     *
     * @param principal the staff member acting; must belong to the workspace
     * @param offset    how many clients to skip, 0 for the first page
     * @param limit     the page size, 1 to 500
     * @return the page of clients, ordered by name then id; empty past the last
     */
    List<Client> list(StaffPrincipal principal, int offset, int limit);

    /**
     * Changes billing details; documents already issued keep what they were issued with.
     *
     * @param principal the staff member acting; must belong to the workspace
     * @param command   the client and its new billing details
     * @return the client as changed
     */
    Client update(StaffPrincipal principal, UpdateClient command);

    /**
     * Archives a client: its documents stay, no new ones can be created.
     *
     * @param principal the staff member acting; must belong to the workspace
     * @param clientId  the client to archive
     * @return the archived client
     */
    Client archive(StaffPrincipal principal, ClientId clientId);

    /**
     * Adds a contact.
     *
     * @param principal the staff member acting; must belong to the workspace
     * @param command   the client, name, email and roles of the contact
     * @return the new contact, active
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#DUPLICATE_KEY} when an
     *         active contact of the client already has the email
     */
    Contact addContact(StaffPrincipal principal, AddContact command);

    /**
     * One contact.
     *
     * @param principal the staff member acting; must belong to the workspace
     * @param contactId the contact
     * @return the contact, active or removed
     */
    Contact contact(StaffPrincipal principal, ContactId contactId);

    /**
     * Every contact of a client, active or not.
     *
     * @param principal the staff member acting; must belong to the workspace
     * @param clientId  the client
     * @return the client's contacts, ordered by name then id
     */
    List<Contact> contacts(StaffPrincipal principal, ClientId clientId);

    /**
     * Replaces a contact's roles.
     *
     * @param principal the staff member acting; must belong to the workspace
     * @param contactId the contact
     * @param roles     the new roles; at least one
     * @return the contact with its new roles
     */
    Contact changeRoles(StaffPrincipal principal, ContactId contactId, Set<Role> roles);

    /**
     * Removes a contact from the portal; the record stays for the audit trail.
     *
     * @param principal the staff member acting; must belong to the workspace
     * @param contactId the contact to remove
     * @return the contact, no longer active
     */
    Contact removeContact(StaffPrincipal principal, ContactId contactId);
}
