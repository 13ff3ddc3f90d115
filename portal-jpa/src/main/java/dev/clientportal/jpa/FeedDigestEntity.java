package dev.clientportal.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * The last feed digest one contact was sent, in {@code cp_feed_digest}: when, up to which update, and how many so far
 * (the version a claim compares). Written only by the claim of {@link JpaFeedDigests#advance}; mapped so that marks
 * can be read with JPQL. Keyed as read marks are, by workspace, client and contact.
 */
@Entity(name = "FeedDigest")
@Table(name = "cp_feed_digest")
@IdClass(FeedReadMarkEntity.Key.class)
class FeedDigestEntity {

    @Id
    @Column(name = "workspace_id", nullable = false)
    UUID workspaceId;

    @Id
    @Column(name = "client_id", nullable = false)
    UUID clientId;

    @Id
    @Column(name = "contact_id", nullable = false)
    UUID contactId;

    @Column(name = "entry_id", nullable = false)
    UUID entryId;

    @Column(name = "entry_created_at", nullable = false)
    Instant entryCreatedAt;

    @Column(name = "sent_at", nullable = false)
    Instant sentAt;

    @Column(name = "version", nullable = false)
    long version;

    @Column(name = "claim_token", nullable = false)
    UUID claimToken;

    protected FeedDigestEntity() {
    }
}
