package dev.clientportal.core.access;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.kernel.WorkspaceId;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Objects;

/**
 * Whether a contact may use the portal: invited, active (signed in at least once), or revoked.
 *
 * @param workspaceId  the workspace
 * @param contactId    the contact (the identity of this record)
 * @param clientId     the contact's client
 * @param status       where access stands
 * @param invitedAt    the last invitation
 * @param lastSignInAt the last successful sign-in, {@code null} before the first
 * @param revokedAt    when access was revoked, {@code null} unless revoked
 * @param version      optimistic-locking version, 0 before the first save
 */
public record PortalAccess(WorkspaceId workspaceId, ContactId contactId, ClientId clientId, Status status,
                           Instant invitedAt, @Nullable Instant lastSignInAt, @Nullable Instant revokedAt,
                           long version) {

    /** Where a contact's portal access stands. */
    public enum Status {
        /** Invited; has not signed in yet. */
        INVITED,
        /** Has signed in. */
        ACTIVE,
        /** Revoked by the business; sign-in links and sessions stop working until invited again. */
        REVOKED
    }

    /**
     * Requires every field but the two optional instants.
     *
     * @param workspaceId  the workspace
     * @param contactId    the contact (the identity of this record)
     * @param clientId     the contact's client
     * @param status       where access stands
     * @param invitedAt    the last invitation
     * @param lastSignInAt the last successful sign-in, {@code null} before the first
     * @param revokedAt    when access was revoked, {@code null} unless revoked
     * @param version      optimistic-locking version, 0 before the first save
     */
    public PortalAccess {
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(invitedAt, "invitedAt");
    }

    PortalAccess invited(Instant now) {
        Status next = status == Status.ACTIVE ? Status.ACTIVE : Status.INVITED;
        return new PortalAccess(workspaceId, contactId, clientId, next, now, lastSignInAt, null, version);
    }

    PortalAccess signedIn(Instant now) {
        return new PortalAccess(workspaceId, contactId, clientId, Status.ACTIVE, invitedAt, now, null, version);
    }

    PortalAccess revoked(Instant now) {
        return new PortalAccess(workspaceId, contactId, clientId, Status.REVOKED, invitedAt, lastSignInAt, now, version);
    }

    /**
     * This record as stored with the given version; used by repositories after a save.
     *
     * @param newVersion the version the store assigned
     * @return this record as stored with the given version
     */
    public PortalAccess withVersion(long newVersion) {
        return new PortalAccess(workspaceId, contactId, clientId, status, invitedAt, lastSignInAt, revokedAt,
                newVersion);
    }
}
