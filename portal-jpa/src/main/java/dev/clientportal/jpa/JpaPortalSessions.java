package dev.clientportal.jpa;

import dev.clientportal.core.access.PortalSession;
import dev.clientportal.core.access.PortalSessionRepository;
import dev.clientportal.core.access.SessionId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.kernel.WorkspaceId;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Portal sessions in {@code cp_portal_session}: found by hash through its unique key, listed per contact through
 * the (workspace, contact, created) index. A touch is one conditional update of the last-seen time that neither reads
 * nor bumps the version, so it never conflicts with a save or another touch.
 */
final class JpaPortalSessions implements PortalSessionRepository {

    private final EntityManagers entityManagers;

    JpaPortalSessions(EntityManagers entityManagers) {
        this.entityManagers = entityManagers;
    }

    @Override
    public PortalSession save(PortalSession session) {
        return Versioned.save(entityManagers.current(), PortalSessionEntity.class, session.id().value(),
                session.version(), "portal session", () -> PortalSessionEntity.of(session),
                entity -> entity.copy(session), entity -> entity.version, (entity, next) -> entity.version = next,
                entity -> session.withVersion(entity.version));
    }

    @Override
    public boolean touch(WorkspaceId workspaceId, SessionId sessionId, Instant lastSeenAt) {
        try {
            EntityManager entityManager = entityManagers.current();
            int moved = entityManager.createQuery("update PortalSession s set s.lastSeenAt = :at"
                            + " where s.workspaceId = :workspace and s.id = :id and s.lastSeenAt < :at")
                    .setParameter("at", lastSeenAt)
                    .setParameter("workspace", workspaceId.value())
                    .setParameter("id", sessionId.value())
                    .executeUpdate();
            if (moved > 0) {
                // a copy this transaction read before (the sign-in check reads the session, then touches it) is
                // stale now: let the next read load the row again
                entityManager.detach(entityManager.getReference(PortalSessionEntity.class, sessionId.value()));
            }
            return moved > 0;
        } catch (RuntimeException e) {
            throw Failures.translate(e, "touch portal session " + sessionId);
        }
    }

    @Override
    public Optional<PortalSession> findByHash(String tokenHash) {
        return Versioned.read("find a portal session", () -> entityManagers.current()
                .createQuery("select s from PortalSession s where s.tokenHash = :hash", PortalSessionEntity.class)
                .setParameter("hash", tokenHash)
                .getResultStream().findFirst().map(PortalSessionEntity::toPortalSession));
    }

    @Override
    public List<PortalSession> unrevokedForContact(WorkspaceId workspaceId, ContactId contactId) {
        return Versioned.read("list a contact's portal sessions", () -> entityManagers.current()
                .createQuery("select s from PortalSession s where s.workspaceId = :workspace"
                        + " and s.contactId = :contact and s.revokedAt is null"
                        + " order by s.createdAt desc, s.id desc", PortalSessionEntity.class)
                .setParameter("workspace", workspaceId.value()).setParameter("contact", contactId.value())
                .getResultStream().map(PortalSessionEntity::toPortalSession).toList());
    }
}
