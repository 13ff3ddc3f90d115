package dev.clientportal.jpa;

import dev.clientportal.core.analytics.DocumentEngagement;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The human views of one document of a workspace: counters the database adds to ({@code n = n + 1}), first and last
 * view moved by {@code least}/{@code greatest}. Every human view moves the times; only counted ones the counters.
 */
@Entity(name = "DocumentEngagement")
@Table(name = "cp_document_engagement")
class DocumentEngagementEntity {

    @EmbeddedId
    DocumentSendEntity.Key key;

    @Column(name = "client_id", nullable = false)
    UUID clientId;

    @Column(name = "first_viewed_at", nullable = false)
    Instant firstViewedAt;

    @Column(name = "last_viewed_at", nullable = false)
    Instant lastViewedAt;

    @Column(name = "human_views", nullable = false)
    long humanViews;

    @Column(name = "unique_viewers", nullable = false)
    int uniqueViewers;

    protected DocumentEngagementEntity() {
    }

    DocumentEngagementEntity(DocumentSendEntity.Key key, UUID clientId, Instant at) {
        this.key = key;
        this.clientId = clientId;
        this.firstViewedAt = at;
        this.lastViewedAt = at;
    }

    /** The engagement of these columns; empty until a view was counted. */
    static Optional<DocumentEngagement> of(String documentType, UUID documentId, UUID clientId, Instant first,
                                           Instant last, long humanViews, int uniqueViewers) {
        return humanViews == 0 ? Optional.empty() : Optional.of(new DocumentEngagement(
                new DocumentRef(DocumentType.valueOf(documentType), documentId), new ClientId(clientId), first, last,
                humanViews, uniqueViewers));
    }

    Optional<DocumentEngagement> toEngagement() {
        return of(key.documentType, key.documentId, clientId, firstViewedAt, lastViewedAt, humanViews, uniqueViewers);
    }
}
