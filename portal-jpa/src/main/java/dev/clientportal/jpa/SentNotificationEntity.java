package dev.clientportal.jpa;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.notices.SentNotification;
import dev.clientportal.core.notification.Notification;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * One notification sent, appended once and never changed. Its id is kept as text: the log pages by (sent at, id)
 * and text sorts alike on every database (a UUID column does not: MariaDB orders its segments differently).
 */
@Entity(name = "SentNotification")
@Table(name = "cp_notification_sent")
class SentNotificationEntity {

    @Id
    @Column(name = "id", nullable = false, length = 36)
    String id;

    @Column(name = "workspace_id", nullable = false)
    UUID workspaceId;

    @Column(name = "kind", nullable = false, length = 40)
    String kind;

    @Column(name = "recipient", nullable = false, length = 254)
    String recipient;

    @Column(name = "client_id")
    UUID clientId;

    @Column(name = "contact_id")
    UUID contactId;

    @Column(name = "document_type", length = 30)
    String documentType;

    @Column(name = "document_id")
    UUID documentId;

    @Column(name = "step", nullable = false, length = 200)
    String step;

    @Column(name = "language", nullable = false, length = 20)
    String language;

    @Column(name = "subject", nullable = false, length = 200)
    String subject;

    @Column(name = "sent_at", nullable = false)
    Instant sentAt;

    protected SentNotificationEntity() {
    }

    static SentNotificationEntity of(SentNotification sent) {
        SentNotificationEntity entity = new SentNotificationEntity();
        entity.id = sent.id().toString();
        entity.workspaceId = sent.workspaceId().value();
        entity.kind = sent.kind().name();
        entity.recipient = sent.recipient();
        entity.clientId = sent.clientId().map(ClientId::value).orElse(null);
        entity.contactId = sent.contactId().map(ContactId::value).orElse(null);
        entity.documentType = sent.about().map(document -> document.type().name()).orElse(null);
        entity.documentId = sent.about().map(DocumentRef::id).orElse(null);
        entity.step = sent.step();
        entity.language = sent.language().toLanguageTag();
        entity.subject = sent.subject();
        entity.sentAt = sent.sentAt();
        return entity;
    }

    SentNotification toSent() {
        return new SentNotification(UUID.fromString(id), new WorkspaceId(workspaceId),
                Notification.Kind.valueOf(kind), recipient, Optional.ofNullable(clientId).map(ClientId::new),
                Optional.ofNullable(contactId).map(ContactId::new),
                documentType == null || documentId == null ? Optional.empty()
                        : Optional.of(new DocumentRef(DocumentType.valueOf(documentType), documentId)),
                step, Locale.forLanguageTag(language), subject, sentAt);
    }
}
