package dev.clientportal.jpa;

import dev.clientportal.core.access.LoginToken;
import dev.clientportal.core.access.LoginTokenId;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.kernel.WorkspaceId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A sign-in token row: the hash of its secret under a unique key, the end markers nullable. */
@Entity(name = "LoginToken")
@Table(name = "cp_login_token")
class LoginTokenEntity {

    @Id
    UUID id;

    @Column(name = "workspace_id", nullable = false)
    UUID workspaceId;

    @Column(name = "client_id", nullable = false)
    UUID clientId;

    @Column(name = "contact_id", nullable = false)
    UUID contactId;

    @Column(name = "purpose", nullable = false, length = 20)
    String purpose;

    @Column(name = "token_hash", nullable = false, length = 64)
    String tokenHash;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    Instant expiresAt;

    @Column(name = "used_at")
    Instant usedAt;

    @Column(name = "revoked_at")
    Instant revokedAt;

    @Column(name = "version", nullable = false)
    long version;

    protected LoginTokenEntity() {
    }

    static LoginTokenEntity of(LoginToken token) {
        LoginTokenEntity entity = new LoginTokenEntity();
        entity.id = token.id().value();
        entity.workspaceId = token.workspaceId().value();
        entity.clientId = token.clientId().value();
        entity.contactId = token.contactId().value();
        entity.version = 1;
        entity.copy(token);
        return entity;
    }

    void copy(LoginToken token) {
        purpose = token.purpose().name();
        tokenHash = token.tokenHash();
        createdAt = token.createdAt();
        expiresAt = token.expiresAt();
        usedAt = token.usedAt();
        revokedAt = token.revokedAt();
    }

    LoginToken toLoginToken() {
        return new LoginToken(new LoginTokenId(id), new WorkspaceId(workspaceId), new ClientId(clientId),
                new ContactId(contactId), LoginToken.Purpose.valueOf(purpose), tokenHash, createdAt, expiresAt, usedAt,
                revokedAt, version);
    }
}
