package dev.clientportal.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One piece of scheduled work of a workspace, by its natural key: who holds it until when, or that it was done. The
 * key is the primary key, so two instances never hold two rows for one piece of work.
 */
@Entity(name = "WorkClaim")
@Table(name = "cp_work_claim")
class WorkClaimEntity {

    @EmbeddedId
    Key key;

    /** The holder, {@code null} once released. */
    @Column(name = "owner", length = 200)
    String owner;

    /** When the holder's lease ends, {@code null} once released. */
    @Column(name = "leased_until")
    Instant leasedUntil;

    /** Whether the work was done; such work is never claimed again. */
    @Column(name = "completed", nullable = false)
    boolean completed;

    /** Written by every successful claim with a value of its own, so a claim can tell that its write took effect. */
    @Column(name = "claim_token", nullable = false)
    UUID claimToken;

    protected WorkClaimEntity() {
    }

    /** A workspace and the work's key within it. */
    @Embeddable
    static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "workspace_id", nullable = false)
        UUID workspaceId;

        @Column(name = "work_key", nullable = false, length = 200)
        String workKey;

        protected Key() {
        }

        Key(UUID workspaceId, String workKey) {
            this.workspaceId = workspaceId;
            this.workKey = workKey;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.workspaceId.equals(workspaceId) && key.workKey.equals(workKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(workspaceId, workKey);
        }
    }
}
