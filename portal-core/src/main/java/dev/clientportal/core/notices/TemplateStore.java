package dev.clientportal.core.notices;

import dev.clientportal.core.notification.Notification;

import dev.clientportal.core.kernel.WorkspaceId;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The workspaces' own notification templates, one per (workspace, kind, language) under a unique key. Calls run in
 * the caller's transaction; languages are as {@link NotificationTemplate#language(Locale)} makes them.
 */
public interface TemplateStore {

    /**
     * The workspace's template of a kind in exactly that language.
     *
     * @param workspaceId the workspace
     * @param kind        the kind of notification
     * @param language    the language, with its country if the template has one
     * @return the template, empty when the workspace keeps none for that kind and language
     */
    Optional<NotificationTemplate> find(WorkspaceId workspaceId, Notification.Kind kind, Locale language);

    /**
     * Every template of the workspace, by kind name and then language tag.
     *
     * @param workspaceId the workspace
     * @return its templates, empty when it keeps none
     */
    List<NotificationTemplate> list(WorkspaceId workspaceId);

    /**
     * Stores the template for its kind and language, replacing the workspace's earlier one.
     *
     * @param workspaceId the workspace
     * @param template    the template
     */
    void save(WorkspaceId workspaceId, NotificationTemplate template);

    /**
     * Removes the workspace's template of a kind and language, if it has one.
     *
     * @param workspaceId the workspace
     * @param kind        the kind of notification
     * @param language    the language
     * @return whether a template was removed
     */
    boolean delete(WorkspaceId workspaceId, Notification.Kind kind, Locale language);
}
