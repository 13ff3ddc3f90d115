package dev.clientportal.jpa;

import dev.clientportal.core.access.PortalAccess;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.kernel.WorkspaceId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A contact's portal access row, keyed by the contact: a contact has one access record at most. */
@Entity(name = "PortalAccess")
@Table(name = "cp_portal_access")
class PortalAccessEntity {

    @Id
    @Column(name = "contact_id")
    UUID contactId;

    @Column(name = "workspace_id", nullable = false)
    UUID workspaceId;

    @Column(name = "client_id", nullable = false)
    UUID clientId;

    @Column(name = "status", nullable = false, length = 10)
    String status;

    @Column(name = "invited_at", nullable = false)
    Instant invitedAt;

    @Column(name = "last_sign_in_at")
    Instant lastSignInAt;

    @Column(name = "revoked_at")
    Instant revokedAt;

    @Column(name = "version", nullable = false)
    long version;

    protected PortalAccessEntity() {
    }

    static PortalAccessEntity of(PortalAccess access) {
        PortalAccessEntity entity = new PortalAccessEntity();
        entity.contactId = access.contactId().value();
        entity.workspaceId = access.workspaceId().value();
        entity.version = 1;
        entity.copy(access);
        return entity;
    }

    void copy(PortalAccess access) {
        clientId = access.clientId().value();
        status = access.status().name();
        invitedAt = access.invitedAt();
        lastSignInAt = access.lastSignInAt();
        revokedAt = access.revokedAt();
    }

    PortalAccess toPortalAccess() {
        return new PortalAccess(new WorkspaceId(workspaceId), new ContactId(contactId), new ClientId(clientId),
                PortalAccess.Status.valueOf(status), invitedAt, lastSignInAt, revokedAt, version);
    }
}
