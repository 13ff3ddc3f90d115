package dev.clientportal.core.memory;

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

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/** Templates keyed by (workspace, kind, language) and the sent log keyed by id, as their SQL tables are. */
final class InMemoryNotificationStores {

    private static final Comparator<SentNotification> NEWEST_FIRST = Comparator
            .comparing(SentNotification::sentAt).thenComparing(entry -> entry.id().toString()).reversed();

    private final Table<TemplateKey, Stored> templates;
    private final Table<UUID, SentNotification> sent;

    InMemoryNotificationStores(InMemoryTransactions transactions) {
        this.templates = new Table<>(transactions);
        this.sent = new Table<>(transactions);
    }

    TemplateStore templates() {
        return new TemplateStore() {
            @Override
            public Optional<NotificationTemplate> find(WorkspaceId workspaceId, Notification.Kind kind,
                                                       Locale language) {
                return Optional.ofNullable(templates.get(new TemplateKey(
                        PortalException.requireField(workspaceId, "workspaceId"),
                        PortalException.requireField(kind, "kind"), NotificationTemplate.language(language))))
                        .map(Stored::template);
            }

            @Override
            public List<NotificationTemplate> list(WorkspaceId workspaceId) {
                PortalException.requireField(workspaceId, "workspaceId");
                return templates.read(() -> templates.values().stream()
                        .filter(stored -> stored.workspaceId().equals(workspaceId))
                        .map(Stored::template)
                        .sorted(Comparator.comparing((NotificationTemplate template) -> template.kind().name())
                                .thenComparing(template -> template.language().toLanguageTag()))
                        .toList());
            }

            @Override
            public void save(WorkspaceId workspaceId, NotificationTemplate template) {
                PortalException.requireField(workspaceId, "workspaceId");
                PortalException.requireField(template, "template");
                templates.put(TemplateKey.of(workspaceId, template), new Stored(workspaceId, template));
            }

            @Override
            public boolean delete(WorkspaceId workspaceId, Notification.Kind kind, Locale language) {
                TemplateKey key = new TemplateKey(PortalException.requireField(workspaceId, "workspaceId"),
                        PortalException.requireField(kind, "kind"), NotificationTemplate.language(language));
                boolean present = templates.get(key) != null;
                if (present) {
                    templates.remove(key);
                }
                return present;
            }
        };
    }

    SentLog sentLog() {
        return new SentLog() {
            @Override
            public void append(SentNotification entry) {
                PortalException.requireField(entry, "entry");
                sent.put(entry.id(), entry);
            }

            @Override
            public List<SentNotification> ofClient(WorkspaceId workspaceId, ClientId clientId,
                                                   Optional<SentCursor> after, int limit) {
                PortalException.requireField(clientId, "clientId");
                return page(workspaceId, entry -> entry.clientId().filter(clientId::equals).isPresent(), after,
                        limit);
            }

            @Override
            public List<SentNotification> aboutDocument(WorkspaceId workspaceId, DocumentRef document,
                                                        Optional<SentCursor> after, int limit) {
                PortalException.requireField(document, "document");
                return page(workspaceId, entry -> entry.about().filter(document::equals).isPresent(), after, limit);
            }
        };
    }

    private List<SentNotification> page(WorkspaceId workspaceId, Predicate<SentNotification> filter,
                                        Optional<SentCursor> after, int limit) {
        PortalException.requireField(workspaceId, "workspaceId");
        PortalException.requireField(after, "after");
        SentLog.requireLimit(limit);
        return sent.read(() -> sent.values().stream()
                .filter(entry -> entry.workspaceId().equals(workspaceId) && filter.test(entry))
                .filter(entry -> after.map(cursor -> cursor.precedes(entry)).orElse(true))
                .sorted(NEWEST_FIRST)
                .limit(limit)
                .toList());
    }

    private record Stored(WorkspaceId workspaceId, NotificationTemplate template) {
    }

    private record TemplateKey(WorkspaceId workspaceId, Notification.Kind kind, Locale language) {
        static TemplateKey of(WorkspaceId workspaceId, NotificationTemplate template) {
            return new TemplateKey(workspaceId, template.kind(), template.language());
        }
    }
}
