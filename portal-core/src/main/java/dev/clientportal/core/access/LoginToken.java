package dev.clientportal.core.access;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.kernel.WorkspaceId;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Objects;

/**
 * A one-time sign-in token (the secret of a magic link), stored only as the SHA-256 hash of the raw token.
 *
 * @param id          identity
 * @param workspaceId the workspace
 * @param clientId    the contact's client
 * @param contactId   who may sign in with it
 * @param purpose     an invitation or a sign-in request
 * @param tokenHash   hex SHA-256 of the raw token; unique
 * @param createdAt   when it was issued
 * @param expiresAt   when it stops working
 * @param usedAt      when it was redeemed, {@code null} while unused
 * @param revokedAt   when it was revoked, {@code null} while not
 * @param version     optimistic-locking version, 0 before the first save
 */
public record LoginToken(LoginTokenId id, WorkspaceId workspaceId, ClientId clientId, ContactId contactId,
                         Purpose purpose, String tokenHash, Instant createdAt, Instant expiresAt,
                         @Nullable Instant usedAt, @Nullable Instant revokedAt, long version) {

    /** Why the token was issued. */
    public enum Purpose {
        /** The business invited the contact. */
        INVITATION,
        /** The contact asked for a sign-in link. */
        SIGN_IN
    }

    /**
     * Requires every field but the two end markers.
     *
     * @param id          identity
     * @param workspaceId the workspace
     * @param clientId    the contact's client
     * @param contactId   who may sign in with it
     * @param purpose     an invitation or a sign-in request
     * @param tokenHash   hex SHA-256 of the raw token; unique
     * @param createdAt   when it was issued
     * @param expiresAt   when it stops working
     * @param usedAt      when it was redeemed, {@code null} while unused
     * @param revokedAt   when it was revoked, {@code null} while not
     * @param version     optimistic-locking version, 0 before the first save
     */
    public LoginToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /**
     * Whether it can still be redeemed at {@code now}.
     *
     * @param now the current time, from the portal's clock
     * @return whether it can still be redeemed at {@code now}
     */
    public boolean isOutstanding(Instant now) {
        return usedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }

    LoginToken used(Instant now) {
        return new LoginToken(id, workspaceId, clientId, contactId, purpose, tokenHash, createdAt, expiresAt, now,
                revokedAt, version);
    }

    LoginToken revoked(Instant now) {
        return new LoginToken(id, workspaceId, clientId, contactId, purpose, tokenHash, createdAt, expiresAt, usedAt,
                now, version);
    }

    /**
     * This token as stored with the given version; used by repositories after a save.
     *
     * @param newVersion the version the store assigned
     * @return this token as stored with the given version
     */
    public LoginToken withVersion(long newVersion) {
        return new LoginToken(id, workspaceId, clientId, contactId, purpose, tokenHash, createdAt, expiresAt, usedAt,
                revokedAt, newVersion);
    }
}
