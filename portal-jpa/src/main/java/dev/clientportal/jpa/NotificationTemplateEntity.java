package dev.clientportal.jpa;

import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.notices.NotificationTemplate;
import dev.clientportal.core.notification.Notification;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/** A workspace's own template of one kind in one language; the primary key keeps one per (workspace, kind, language). */
@Entity(name = "NotificationTemplate")
@Table(name = "cp_notification_template")
@IdClass(NotificationTemplateEntity.Key.class)
class NotificationTemplateEntity {

    @Id
    @Column(name = "workspace_id", nullable = false)
    UUID workspaceId;

    @Id
    @Column(name = "kind", nullable = false, length = 40)
    String kind;

    @Id
    @Column(name = "language", nullable = false, length = 20)
    String language;

    @Column(name = "subject", nullable = false, length = 200)
    String subject;

    @Column(name = "body_text", nullable = false, length = Json.TEXT)
    String text;

    @Column(name = "body_html", nullable = false, length = Json.TEXT)
    String html;

    protected NotificationTemplateEntity() {
    }

    static NotificationTemplateEntity of(WorkspaceId workspaceId, NotificationTemplate template) {
        NotificationTemplateEntity entity = new NotificationTemplateEntity();
        entity.workspaceId = workspaceId.value();
        entity.kind = template.kind().name();
        entity.language = template.language().toLanguageTag();
        entity.takeWording(template);
        return entity;
    }

    void takeWording(NotificationTemplate template) {
        subject = template.subject();
        text = template.text();
        html = template.html();
    }

    NotificationTemplate toTemplate() {
        return new NotificationTemplate(Notification.Kind.valueOf(kind), Locale.forLanguageTag(language), subject,
                text, html);
    }

    static Key key(WorkspaceId workspaceId, Notification.Kind kind, Locale language) {
        return new Key(workspaceId.value(), kind.name(), language.toLanguageTag());
    }

    /** The primary key: workspace, kind and language tag. */
    static final class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        UUID workspaceId;
        String kind;
        String language;

        protected Key() {
        }

        Key(UUID workspaceId, String kind, String language) {
            this.workspaceId = workspaceId;
            this.kind = kind;
            this.language = language;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && workspaceId.equals(key.workspaceId) && kind.equals(key.kind)
                    && language.equals(key.language);
        }

        @Override
        public int hashCode() {
            return Objects.hash(workspaceId, kind, language);
        }
    }
}
