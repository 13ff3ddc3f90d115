package dev.clientportal.jpa;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.notices.NotificationTemplate;
import dev.clientportal.core.notices.SentCursor;
import dev.clientportal.core.notices.SentLog;
import dev.clientportal.core.notices.SentNotification;
import dev.clientportal.core.notices.TemplateStore;
import dev.clientportal.core.notification.Notification;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Notification templates in {@code cp_notification_template} and the sent log in {@code cp_notification_sent}. The
 * log's pages are keyset queries newest first on (workspace, client | document, sent at, id), each served by an
 * index in that order.
 */
final class JpaNotificationStores {

    private static final String NEWER_THAN_CURSOR = " and (s.sentAt < :at or (s.sentAt = :at and s.id < :id))";
    private static final String NEWEST_FIRST = " order by s.sentAt desc, s.id desc";

    private final EntityManagers entityManagers;

    JpaNotificationStores(EntityManagers entityManagers) {
        this.entityManagers = entityManagers;
    }

    TemplateStore templates() {
        return new TemplateStore() {
            @Override
            public Optional<NotificationTemplate> find(WorkspaceId workspaceId, Notification.Kind kind,
                                                       Locale language) {
                PortalException.requireField(workspaceId, "workspaceId");
                PortalException.requireField(kind, "kind");
                Locale exact = NotificationTemplate.language(language);
                return Versioned.read("find the " + kind + " template in " + exact, () -> Optional.ofNullable(
                        entityManagers.current().find(NotificationTemplateEntity.class,
                                NotificationTemplateEntity.key(workspaceId, kind, exact)))
                        .map(NotificationTemplateEntity::toTemplate));
            }

            @Override
            public List<NotificationTemplate> list(WorkspaceId workspaceId) {
                PortalException.requireField(workspaceId, "workspaceId");
                return Versioned.read("list the notification templates", () -> entityManagers.current()
                        .createQuery("select t from NotificationTemplate t where t.workspaceId = :workspace"
                                + " order by t.kind, t.language", NotificationTemplateEntity.class)
                        .setParameter("workspace", workspaceId.value())
                        .getResultList().stream().map(NotificationTemplateEntity::toTemplate).toList());
            }

            @Override
            public void save(WorkspaceId workspaceId, NotificationTemplate template) {
                PortalException.requireField(workspaceId, "workspaceId");
                PortalException.requireField(template, "template");
                EntityManager entityManager = entityManagers.current();
                try {
                    NotificationTemplateEntity stored = entityManager.find(NotificationTemplateEntity.class,
                            NotificationTemplateEntity.key(workspaceId, template.kind(), template.language()));
                    if (stored == null) {
                        entityManager.persist(NotificationTemplateEntity.of(workspaceId, template));
                    } else {
                        stored.takeWording(template);
                    }
                    entityManager.flush();
                } catch (RuntimeException e) {
                    throw Failures.translate(e, "save the " + template.kind() + " template in "
                            + template.language());
                }
            }

            @Override
            public boolean delete(WorkspaceId workspaceId, Notification.Kind kind, Locale language) {
                PortalException.requireField(workspaceId, "workspaceId");
                PortalException.requireField(kind, "kind");
                Locale exact = NotificationTemplate.language(language);
                EntityManager entityManager = entityManagers.current();
                try {
                    NotificationTemplateEntity stored = entityManager.find(NotificationTemplateEntity.class,
                            NotificationTemplateEntity.key(workspaceId, kind, exact));
                    if (stored == null) {
                        return false;
                    }
                    entityManager.remove(stored);
                    entityManager.flush();
                    return true;
                } catch (RuntimeException e) {
                    throw Failures.translate(e, "delete the " + kind + " template in " + exact);
                }
            }
        };
    }

    SentLog sentLog() {
        return new SentLog() {
            @Override
            public void append(SentNotification entry) {
                PortalException.requireField(entry, "entry");
                EntityManager entityManager = entityManagers.current();
                try {
                    entityManager.persist(SentNotificationEntity.of(entry));
                    entityManager.flush();
                } catch (RuntimeException e) {
                    throw Failures.translate(e, "log the notification sent " + entry.id());
                }
            }

            @Override
            public void appendAll(List<SentNotification> entries) {
                PortalException.requireField(entries, "entries");
                if (entries.isEmpty()) {
                    return;
                }
                EntityManager entityManager = entityManagers.current();
                try {
                    for (SentNotification entry : entries) {
                        entityManager.persist(SentNotificationEntity.of(PortalException.requireField(entry, "entry")));
                    }
                    entityManager.flush();
                } catch (RuntimeException e) {
                    throw Failures.translate(e, "log " + entries.size() + " notifications sent");
                }
            }

            @Override
            public List<SentNotification> ofClient(WorkspaceId workspaceId, ClientId clientId,
                                                   Optional<SentCursor> after, int limit) {
                PortalException.requireField(clientId, "clientId");
                return page("list the notifications sent to client " + clientId, workspaceId,
                        "s.clientId = :client", after, limit, query -> query.setParameter("client", clientId.value()));
            }

            @Override
            public List<SentNotification> aboutDocument(WorkspaceId workspaceId, DocumentRef document,
                                                        Optional<SentCursor> after, int limit) {
                PortalException.requireField(document, "document");
                return page("list the notifications sent about " + document, workspaceId,
                        "s.documentType = :type and s.documentId = :document", after, limit,
                        query -> query.setParameter("type", document.type().name())
                                .setParameter("document", document.id()));
            }
        };
    }

    private List<SentNotification> page(String action, WorkspaceId workspaceId, String condition,
                                        Optional<SentCursor> after, int limit,
                                        java.util.function.Consumer<TypedQuery<SentNotificationEntity>> bind) {
        PortalException.requireField(workspaceId, "workspaceId");
        PortalException.requireField(after, "after");
        SentLog.requireLimit(limit);
        return Versioned.read(action, () -> {
            TypedQuery<SentNotificationEntity> query = entityManagers.current().createQuery(
                    "select s from SentNotification s where s.workspaceId = :workspace and " + condition
                            + (after.isPresent() ? NEWER_THAN_CURSOR : "") + NEWEST_FIRST,
                    SentNotificationEntity.class)
                    .setParameter("workspace", workspaceId.value())
                    .setMaxResults(limit);
            bind.accept(query);
            after.ifPresent(cursor -> query.setParameter("at", cursor.sentAt())
                    .setParameter("id", cursor.id().toString()));
            return query.getResultList().stream().map(SentNotificationEntity::toSent).toList();
        });
    }
}
