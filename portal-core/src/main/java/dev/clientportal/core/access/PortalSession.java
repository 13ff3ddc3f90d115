package dev.clientportal.core.access;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.kernel.WorkspaceId;

import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A signed-in contact's session, stored only as the SHA-256 hash of its raw token. It ends when idle for longer
 * than the idle timeout (sliding), at its absolute expiry, or when revoked.
 *
 * @param id                identity
 * @param workspaceId       the workspace
 * @param clientId          the contact's client
 * @param contactId         the contact
 * @param tokenHash         hex SHA-256 of the raw session token; unique
 * @param createdAt         when the contact signed in
 * @param lastSeenAt        the last request seen (updated at most once a minute)
 * @param absoluteExpiresAt when it ends however active it is
 * @param revokedAt         when it was revoked (sign-out, contact revoked), {@code null} while live
 * @param address           the address it was created from
 * @param userAgent         the user agent it was created from
 * @param version           optimistic-locking version, 0 before the first save
 */
public record PortalSession(SessionId id, WorkspaceId workspaceId, ClientId clientId, ContactId contactId,
                            String tokenHash, Instant createdAt, Instant lastSeenAt, Instant absoluteExpiresAt,
                            @Nullable Instant revokedAt, String address, String userAgent, long version) {

    /**
     * Requires every field but the revocation.
     *
     * @param id                identity
     * @param workspaceId       the workspace
     * @param clientId          the contact's client
     * @param contactId         the contact
     * @param tokenHash         hex SHA-256 of the raw session token; unique
     * @param createdAt         when the contact signed in
     * @param lastSeenAt        the last request seen (updated at most once a minute)
     * @param absoluteExpiresAt when it ends however active it is
     * @param revokedAt         when it was revoked (sign-out, contact revoked), {@code null} while live
     * @param address           the address it was created from
     * @param userAgent         the user agent it was created from
     * @param version           optimistic-locking version, 0 before the first save
     */
    public PortalSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
        Objects.requireNonNull(absoluteExpiresAt, "absoluteExpiresAt");
        address = Objects.requireNonNullElse(address, "");
        userAgent = Objects.requireNonNullElse(userAgent, "");
    }

    /**
     * Whether the session is live at {@code now} with the given idle timeout.
     *
     * @param now         the current time, from the portal's clock
     * @param idleTimeout how long a session lives without a request
     * @return whether the session is live at {@code now} with the given idle timeout
     */
    public boolean isLive(Instant now, Duration idleTimeout) {
        return revokedAt == null && now.isBefore(absoluteExpiresAt) && now.isBefore(lastSeenAt.plus(idleTimeout));
    }

    PortalSession revoked(Instant now) {
        return new PortalSession(id, workspaceId, clientId, contactId, tokenHash, createdAt, lastSeenAt,
                absoluteExpiresAt, now, address, userAgent, version);
    }

    /**
     * This session as stored with the given version; used by repositories after a save.
     *
     * @param newVersion the version the store assigned
     * @return this session as stored with the given version
     */
    public PortalSession withVersion(long newVersion) {
        return new PortalSession(id, workspaceId, clientId, contactId, tokenHash, createdAt, lastSeenAt,
                absoluteExpiresAt, revokedAt, address, userAgent, newVersion);
    }
}
