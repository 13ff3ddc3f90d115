package dev.clientportal.jpa;

import dev.clientportal.core.access.ContactStanding;
import dev.clientportal.core.access.PortalAccess;
import dev.clientportal.core.access.PortalSession;
import dev.clientportal.core.access.SessionFacts;
import dev.clientportal.core.access.SessionId;
import dev.clientportal.core.access.SessionQueries;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A session check's facts in one statement: the session, its contact, the contact's portal access and its client,
 * joined on the workspace as well as the ids, so no fact is ever read from another workspace. The columns are read as
 * values, not entities, so a session touched in this transaction shows its new last-seen time.
 */
final class JpaSessionQueries implements SessionQueries {

    /** The session's columns, then the contact's, its access status and its client's archived flag. */
    private static final String COLUMNS = "select s.id, s.workspaceId, s.clientId, s.contactId, s.tokenHash,"
            + " s.createdAt, s.lastSeenAt, s.absoluteExpiresAt, s.revokedAt, s.address, s.userAgent, s.version,"
            + " c.id, c.clientId, c.active, c.roles, a.status, k.archived";
    private static final String ACCESS_AND_CLIENT = " left join PortalAccess a on a.workspaceId = c.workspaceId"
            + " and a.contactId = c.id"
            + " left join Client k on k.workspaceId = c.workspaceId and k.id = c.clientId";

    private final EntityManagers entityManagers;

    JpaSessionQueries(EntityManagers entityManagers) {
        this.entityManagers = entityManagers;
    }

    @Override
    public SessionFacts byHash(String tokenHash) {
        return Versioned.read("check a portal session", () -> entityManagers.current().createQuery(COLUMNS
                        + " from PortalSession s"
                        + " left join Contact c on c.workspaceId = s.workspaceId and c.id = s.contactId"
                        + ACCESS_AND_CLIENT
                        + " where s.tokenHash = :hash", Object[].class)
                .setParameter("hash", tokenHash)
                .getResultStream().findFirst().map(JpaSessionQueries::facts).orElse(SessionFacts.NONE));
    }

    @Override
    public SessionFacts ofContact(WorkspaceId workspaceId, ContactId contactId, SessionId sessionId) {
        return Versioned.read("check a contact's portal access", () -> entityManagers.current().createQuery(COLUMNS
                        + " from Contact c"
                        + " left join PortalSession s on s.workspaceId = c.workspaceId and s.contactId = c.id"
                        + " and s.id = :session and s.revokedAt is null"
                        + ACCESS_AND_CLIENT
                        + " where c.workspaceId = :workspace and c.id = :contact", Object[].class)
                .setParameter("workspace", workspaceId.value())
                .setParameter("contact", contactId.value())
                .setParameter("session", sessionId.value())
                .getResultStream().findFirst().map(JpaSessionQueries::facts).orElse(SessionFacts.NONE));
    }

    private static SessionFacts facts(Object[] row) {
        Optional<PortalSession> session = row[0] == null ? Optional.empty() : Optional.of(new PortalSession(
                new SessionId((UUID) row[0]), new WorkspaceId((UUID) row[1]), new ClientId((UUID) row[2]),
                new ContactId((UUID) row[3]), (String) row[4], (Instant) row[5], (Instant) row[6], (Instant) row[7],
                (Instant) row[8], (String) row[9], (String) row[10], ((Number) row[11]).longValue()));
        Optional<ContactStanding> contact = row[12] == null ? Optional.empty() : Optional.of(new ContactStanding(
                new ContactId((UUID) row[12]), new ClientId((UUID) row[13]), (Boolean) row[14],
                ContactEntity.roles((String) row[15]),
                Optional.ofNullable((String) row[16]).map(PortalAccess.Status::valueOf),
                Optional.ofNullable((Boolean) row[17])));
        return new SessionFacts(session, contact);
    }
}
