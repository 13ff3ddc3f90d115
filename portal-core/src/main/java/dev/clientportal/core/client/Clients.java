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

    /** Creates a client in the principal's workspace. */
    Client create(StaffPrincipal principal, CreateClient command);

    /** One client. */
    Client get(StaffPrincipal principal, ClientId clientId);

    /** A page of clients ordered by name; {@code limit} is 1 to 500. */
    List<Client> list(StaffPrincipal principal, int offset, int limit);

    /** Changes billing details; documents already issued keep what they were issued with. */
    Client update(StaffPrincipal principal, UpdateClient command);

    /** Archives a client: its documents stay, no new ones can be created. */
    Client archive(StaffPrincipal principal, ClientId clientId);

    /**
     * Adds a contact.
     *
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#DUPLICATE_KEY} when an
     *         active contact of the client already has the email
     */
    Contact addContact(StaffPrincipal principal, AddContact command);

    /** One contact. */
    Contact contact(StaffPrincipal principal, ContactId contactId);

    /** Every contact of a client, active or not. */
    List<Contact> contacts(StaffPrincipal principal, ClientId clientId);

    /** Replaces a contact's roles. */
    Contact changeRoles(StaffPrincipal principal, ContactId contactId, Set<Role> roles);

    /** Removes a contact from the portal; the record stays for the audit trail. */
    Contact removeContact(StaffPrincipal principal, ContactId contactId);
}
