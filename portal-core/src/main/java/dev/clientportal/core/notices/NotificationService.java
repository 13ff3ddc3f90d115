package dev.clientportal.core.notices;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.notification.Notification;
import dev.clientportal.core.workspace.Workspace;
import dev.clientportal.core.workspace.WorkspaceRepository;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

final class NotificationService implements Notifications {

    private static final String SUBJECT = "notification_template";

    private final Optional<NotificationStores> stores;
    private final WorkspaceRepository workspaces;
    private final ClientRepository clients;
    private final PortalRuntime runtime;
    private final TemplateCatalog catalog;

    NotificationService(Optional<NotificationStores> stores, WorkspaceRepository workspaces, ClientRepository clients,
                        PortalRuntime runtime) {
        this.stores = stores;
        this.workspaces = workspaces;
        this.clients = clients;
        this.runtime = runtime;
        this.catalog = TemplateCatalog.of(stores.map(NotificationStores::templates));
    }

    @Override
    public List<NotificationTemplate> templates(StaffPrincipal principal) {
        PortalException.requireField(principal, "principal");
        return stores.map(ports -> runtime.read(() -> ports.templates().list(principal.workspaceId())))
                .orElse(List.of());
    }

    @Override
    public NotificationTemplate templateInEffect(StaffPrincipal principal, Notification.Kind kind, Locale language) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(kind, "kind");
        Locale recipient = NotificationTemplate.language(language);
        return runtime.read(() -> {
            Workspace workspace = workspaces.require(principal.workspaceId());
            return catalog.choose(workspace.id(), kind, recipient, workspace.settings().locale());
        });
    }

    @Override
    public NotificationTemplate setTemplate(StaffPrincipal principal, NotificationTemplate template) {
        PortalException.requireField(principal, "principal");
        TemplateCatalog.validate(template);
        TemplateStore store = require().templates();
        return runtime.execute(events -> {
            workspaces.require(principal.workspaceId());
            store.save(principal.workspaceId(), template);
            runtime.audit().record(principal.workspaceId(), principal.actor(), "notification.template_set", SUBJECT,
                    key(template.kind(), template.language()), Map.of("subject", template.subject()));
            return template;
        });
    }

    @Override
    public boolean resetTemplate(StaffPrincipal principal, Notification.Kind kind, Locale language) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(kind, "kind");
        Locale exact = NotificationTemplate.language(language);
        TemplateStore store = require().templates();
        return runtime.execute(events -> {
            boolean removed = store.delete(principal.workspaceId(), kind, exact);
            if (removed) {
                runtime.audit().record(principal.workspaceId(), principal.actor(), "notification.template_reset",
                        SUBJECT, key(kind, exact), Map.of());
            }
            return removed;
        });
    }

    @Override
    public SentPage sentToClient(StaffPrincipal principal, ClientId clientId, Optional<SentCursor> after, int limit) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(clientId, "clientId");
        SentLog log = require().sentLog();
        return page(limit, after, () -> {
            clients.require(principal.workspaceId(), clientId);
            return log.ofClient(principal.workspaceId(), clientId, after, limit + 1);
        });
    }

    @Override
    public SentPage sentAbout(StaffPrincipal principal, DocumentRef document, Optional<SentCursor> after, int limit) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(document, "document");
        SentLog log = require().sentLog();
        return page(limit, after, () -> log.aboutDocument(principal.workspaceId(), document, after, limit + 1));
    }

    /** Reads one more entry than the page holds, to tell whether another page follows. */
    private SentPage page(int limit, Optional<SentCursor> after, Supplier<List<SentNotification>> read) {
        if (limit < 1 || limit > 100) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "limit", limit,
                    "must be between 1 and 100");
        }
        PortalException.requireField(after, "after");
        List<SentNotification> entries = runtime.read(read);
        if (entries.size() <= limit) {
            return new SentPage(entries, Optional.empty());
        }
        List<SentNotification> page = entries.subList(0, limit);
        return new SentPage(page, Optional.of(page.get(limit - 1).cursor()));
    }

    private NotificationStores require() {
        return stores.orElseThrow(() -> new PortalException(ErrorCode.MISSING_PORT, "notification templates and the"
                + " sent log need stores that keep them (PortalStores.notifications())"));
    }

    private static String key(Notification.Kind kind, Locale language) {
        return kind.name() + ":" + language.toLanguageTag();
    }
}
