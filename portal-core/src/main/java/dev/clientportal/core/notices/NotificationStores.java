package dev.clientportal.core.notices;

import dev.clientportal.core.notification.Notification;

import dev.clientportal.core.kernel.PortalException;

/**
 * The store ports notifications need, from one persistence adapter.
 *
 * @param templates the workspaces' own templates
 * @param sentLog   the log of notifications sent
 */
public record NotificationStores(TemplateStore templates, SentLog sentLog) {

    /**
     * Requires both ports.
     *
     * @param templates the workspaces' own templates
     * @param sentLog   the log of notifications sent
     */
    public NotificationStores {
        PortalException.requireField(templates, "notificationStores.templates");
        PortalException.requireField(sentLog, "notificationStores.sentLog");
    }
}
