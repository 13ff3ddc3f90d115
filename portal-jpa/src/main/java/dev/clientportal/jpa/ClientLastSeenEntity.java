package dev.clientportal.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** When anyone of a client last viewed any of its documents; only ever moved later ({@code greatest}). */
@Entity(name = "ClientLastSeen")
@Table(name = "cp_client_last_seen")
@IdClass(ClientRowKey.class)
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

    ClientLastSeenEntity(ClientRowKey key, Instant at) {
        this.workspaceId = key.workspaceId;
        this.clientId = key.clientId;
        this.lastSeenAt = at;
    }
}
