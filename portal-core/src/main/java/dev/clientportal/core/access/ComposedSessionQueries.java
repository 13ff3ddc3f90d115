package dev.clientportal.core.access;

import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.client.ContactRepository;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.Optional;

/** {@link SessionQueries} answered by the separate ports, one call per fact. */
final class ComposedSessionQueries implements SessionQueries {

    private final PortalSessionRepository sessions;
    private final ContactRepository contacts;
    private final PortalAccessRepository access;
    private final ClientRepository clients;

    ComposedSessionQueries(PortalSessionRepository sessions, ContactRepository contacts,
                           PortalAccessRepository access, ClientRepository clients) {
        this.sessions = sessions;
        this.contacts = contacts;
        this.access = access;
        this.clients = clients;
    }

    @Override
    public SessionFacts byHash(String tokenHash) {
        return sessions.findByHash(tokenHash)
                .map(session -> new SessionFacts(Optional.of(session),
                        standing(session.workspaceId(), session.contactId())))
                .orElse(SessionFacts.NONE);
    }

    @Override
    public SessionFacts ofContact(WorkspaceId workspaceId, ContactId contactId, SessionId sessionId) {
        Optional<ContactStanding> contact = standing(workspaceId, contactId);
        if (contact.isEmpty()) {
            return SessionFacts.NONE;
        }
        Optional<PortalSession> session = sessions.unrevokedForContact(workspaceId, contactId).stream()
                .filter(found -> found.id().equals(sessionId)).findFirst();
        return new SessionFacts(session, contact);
    }

    private Optional<ContactStanding> standing(WorkspaceId workspaceId, ContactId contactId) {
        return contacts.find(workspaceId, contactId).map(contact -> standing(contact,
                access.find(workspaceId, contactId), clients.find(workspaceId, contact.clientId())));
    }

    /** Where a contact stands, from its row, its portal access and its client as read. */
    static ContactStanding standing(Contact contact, Optional<PortalAccess> access, Optional<Client> client) {
        return new ContactStanding(contact.id(), contact.clientId(), contact.active(), contact.roles(),
                access.map(PortalAccess::status), client.map(Client::archived));
    }
}
