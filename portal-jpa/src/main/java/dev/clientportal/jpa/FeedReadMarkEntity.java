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

/**
 * How far one contact has read its client's feed, in {@code cp_feed_read}: the newest entry read, with the entry's
 * {@linkplain FeedEntryEntity#positionKey position key}. Written only by the upsert of
 * {@link JpaActivityFeed#markRead}, which never moves it backwards; mapped so that marks can be read with JPQL.
 */
@Entity(name = "FeedReadMark")
@Table(name = "cp_feed_read")
@IdClass(FeedReadMarkEntity.Key.class)
class FeedReadMarkEntity {

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

    @Column(name = "position_key", nullable = false, length = FeedEntryEntity.POSITION_LENGTH)
    byte[] positionKey;

    @Column(name = "marked_at", nullable = false)
    Instant markedAt;

    protected FeedReadMarkEntity() {
    }

    /** The workspace, the client and the contact. */
    static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        UUID workspaceId;
        UUID clientId;
        UUID contactId;

        protected Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.workspaceId.equals(workspaceId) && key.clientId.equals(clientId)
                    && key.contactId.equals(contactId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(workspaceId, clientId, contactId);
        }
    }
}
