package dev.clientportal.jpa;

import dev.clientportal.core.access.AccessChannel;
import dev.clientportal.core.analytics.DocumentView;
import dev.clientportal.core.analytics.ViewClass;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.kernel.WorkspaceId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * One logged document view. Its row id comes from {@code cp_document_view_seq}, handed out 50 at a time (the
 * provider's pooled optimizer asks the database once per 50 rows), never from an identity column, so inserts can be
 * grouped; the view's own id is unique beside it. Views are written by {@link ViewLogInsert} (multi-row inserts,
 * reading the sequence's blocks as the pooled optimizer does); the entity reads and reclassifies them.
 */
@Entity(name = "DocumentView")
@Table(name = "cp_document_view")
class DocumentViewEntity {

    /** Ids the provider takes from the sequence per round trip; equals the sequence's {@code increment by}. */
    static final int ALLOCATION = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cp_document_view_seq")
    @SequenceGenerator(name = "cp_document_view_seq", sequenceName = "cp_document_view_seq",
            allocationSize = ALLOCATION)
    Long id;

    @Column(name = "view_id", nullable = false)
    UUID viewId;

    @Column(name = "workspace_id", nullable = false)
    UUID workspaceId;

    @Column(name = "client_id", nullable = false)
    UUID clientId;

    @Column(name = "document_type", nullable = false, length = 30)
    String documentType;

    @Column(name = "document_id", nullable = false)
    UUID documentId;

    @Column(name = "viewer_key", nullable = false, length = 200)
    String viewerKey;

    @Column(name = "channel", nullable = false, length = 20)
    String channel;

    @Column(name = "viewed_at", nullable = false)
    Instant viewedAt;

    @Column(name = "address", nullable = false, length = 100)
    String address;

    @Column(name = "user_agent", nullable = false, length = 512)
    String userAgent;

    @Column(name = "method", nullable = false, length = 20)
    String method;

    @Column(name = "classification", nullable = false, length = 20)
    String classification;

    protected DocumentViewEntity() {
    }

    static DocumentViewEntity of(DocumentView view) {
        DocumentViewEntity entity = new DocumentViewEntity();
        entity.viewId = view.id();
        entity.workspaceId = view.workspaceId().value();
        entity.clientId = view.clientId().value();
        entity.documentType = view.document().type().name();
        entity.documentId = view.document().id();
        entity.viewerKey = view.viewerKey();
        entity.channel = view.channel().name();
        entity.viewedAt = view.at().truncatedTo(ChronoUnit.MICROS);
        entity.address = view.address();
        entity.userAgent = view.userAgent();
        entity.method = view.method();
        entity.classification = view.classification().name();
        return entity;
    }

    DocumentView toView() {
        return new DocumentView(viewId, new WorkspaceId(workspaceId), new ClientId(clientId),
                new DocumentRef(DocumentType.valueOf(documentType), documentId), viewerKey,
                AccessChannel.valueOf(channel), viewedAt, address, userAgent, method, ViewClass.valueOf(classification));
    }
}
