package dev.clientportal.core.access;

import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.client.ContactRepository;
import dev.clientportal.core.kernel.WorkspaceId;

/**
 * The facts of a session check in one answer, so a database reads them in one statement instead of four. Every
 * signed-in request asks it. The answer must equal what the separate ports answer ({@link #composedOf}, the
 * reference); core keeps every rule that turns the facts into a decision. Contact, access and client are read in the
 * session's (or the named) workspace only.
 */
public interface SessionQueries {

    /**
     * The session whose secret hashes to {@code tokenHash}, in any workspace, revoked or not, with where its contact
     * stands in the session's workspace.
     *
     * @param tokenHash hex SHA-256 of the raw session token
     * @return the facts; {@link SessionFacts#NONE} when no session has that hash
     */
    SessionFacts byHash(String tokenHash);

    /**
     * Where a contact of a workspace stands, with one of its sessions if that session is still unrevoked.
     *
     * @param workspaceId the workspace
     * @param contactId   the contact
     * @param sessionId   the session
     * @return the facts: {@link SessionFacts#NONE} when the workspace has no such contact; else the session empty
     *         unless it is this contact's in this workspace and not revoked
     */
    SessionFacts ofContact(WorkspaceId workspaceId, ContactId contactId, SessionId sessionId);

    /**
     * The facts composed of the separate ports' answers, one call per fact: what every adapter answers unless it
     * reads them together.
     *
     * @param sessions the portal sessions
     * @param contacts the contacts
     * @param access   the contacts' portal access
     * @param clients  the clients
     * @return the composed queries
     */
    static SessionQueries composedOf(PortalSessionRepository sessions, ContactRepository contacts,
                                     PortalAccessRepository access, ClientRepository clients) {
        return new ComposedSessionQueries(sessions, contacts, access, clients);
    }
}
