package dev.clientportal.jpa;

import dev.clientportal.core.access.PortalSession;
import dev.clientportal.core.access.SessionId;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.kernel.WorkspaceId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A portal session row: the hash of its secret under a unique key, the last-seen time slid by conditional updates. */
@Entity(name = "PortalSession")
@Table(name = "cp_portal_session")
class PortalSessionEntity {

    @Id
    UUID id;

    @Column(name = "workspace_id", nullable = false)
    UUID workspaceId;

    @Column(name = "client_id", nullable = false)
    UUID clientId;

    @Column(name = "contact_id", nullable = false)
    UUID contactId;

    @Column(name = "token_hash", nullable = false, length = 64)
    String tokenHash;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "last_seen_at", nullable = false)
    Instant lastSeenAt;

    @Column(name = "absolute_expires_at", nullable = false)
    Instant absoluteExpiresAt;

    @Column(name = "revoked_at")
    Instant revokedAt;

    @Column(name = "address", nullable = false, length = 100)
    String address;

    @Column(name = "user_agent", nullable = false, length = 600)
    String userAgent;

    @Column(name = "version", nullable = false)
    long version;

    protected PortalSessionEntity() {
    }

    static PortalSessionEntity of(PortalSession session) {
        PortalSessionEntity entity = new PortalSessionEntity();
        entity.id = session.id().value();
        entity.workspaceId = session.workspaceId().value();
        entity.clientId = session.clientId().value();
        entity.contactId = session.contactId().value();
        entity.version = 1;
        entity.copy(session);
        return entity;
    }

    void copy(PortalSession session) {
        tokenHash = session.tokenHash();
        createdAt = session.createdAt();
        lastSeenAt = session.lastSeenAt();
        absoluteExpiresAt = session.absoluteExpiresAt();
        revokedAt = session.revokedAt();
        address = session.address();
        userAgent = session.userAgent();
    }

    PortalSession toPortalSession() {
        return new PortalSession(new SessionId(id), new WorkspaceId(workspaceId), new ClientId(clientId),
                new ContactId(contactId), tokenHash, createdAt, lastSeenAt, absoluteExpiresAt, revokedAt, address,
                userAgent, version);
    }
}
