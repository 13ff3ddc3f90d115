package dev.clientportal.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** When anyone of a client last viewed any of its documents; only ever moved later ({@code greatest}). */
@Entity(name = "ClientLastSeen")
@Table(name = "cp_client_last_seen")
@IdClass(ClientLastSeenEntity.Key.class)
class ClientLastSeenEntity {

    @Id
    @Column(name = "workspace_id", nullable = false)
    UUID workspaceId;

    @Id
    @Column(name = "client_id", nullable = false)
    UUID clientId;

    @Column(name = "last_seen_at", nullable = false)
    Instant lastSeenAt;

    protected ClientLastSeenEntity() {
    }

    ClientLastSeenEntity(Key key, Instant at) {
        this.workspaceId = key.workspaceId;
        this.clientId = key.clientId;
        this.lastSeenAt = at;
    }

    /** A client of a workspace. */
    static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        UUID workspaceId;
        UUID clientId;

        protected Key() {
        }

        Key(UUID workspaceId, UUID clientId) {
            this.workspaceId = workspaceId;
            this.clientId = clientId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.workspaceId.equals(workspaceId) && key.clientId.equals(clientId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(workspaceId, clientId);
        }
    }
}
