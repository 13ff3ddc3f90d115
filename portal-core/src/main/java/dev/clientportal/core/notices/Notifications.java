package dev.clientportal.core.notices;

import dev.clientportal.core.notification.Notification;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.StaffPrincipal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The business's notification templates and the log of notifications sent. A workspace may word each kind in each
 * language itself; without its own template the built-in one (English, German) is used. A client gets its document
 * language (a contact its client's), falling back to the language without country, then the workspace's language,
 * then English; the business gets the workspace's language. Every call is scoped to the principal's workspace.
 */
public interface Notifications {

    /**
     * The placeholders a template of the kind may use, without braces, e.g. {@code client.name} or {@code link}.
     *
     * @param kind the kind of notification
     * @return its placeholder names
     */
    default Set<String> placeholders(Notification.Kind kind) {
        return TemplateCatalog.placeholders(kind);
    }

    /**
     * The workspace's own templates, by kind and language.
     *
     * @param principal who asks
     * @return the templates the workspace set; empty when it uses the built-in ones only
     */
    List<NotificationTemplate> templates(StaffPrincipal principal);

    /**
     * The template a notification of the kind to a recipient of the language would use now: the workspace's own
     * or a built-in one, after the language fallback.
     *
     * @param principal who asks
     * @param kind      the kind of notification
     * @param language  the recipient's language
     * @return the template in effect
     */
    NotificationTemplate templateInEffect(StaffPrincipal principal, Notification.Kind kind, Locale language);

    /**
     * Sets the workspace's template for its kind and language, replacing an earlier one; audited.
     *
     * @param principal who sets it
     * @param template  the template
     * @return the template as stored (its language without script or variant)
     * @throws PortalException {@link ErrorCode#TEMPLATE_UNKNOWN_PLACEHOLDER} or
     *         {@link ErrorCode#TEMPLATE_MISSING_PLACEHOLDER} naming the part
     */
    NotificationTemplate setTemplate(StaffPrincipal principal, NotificationTemplate template);

    /**
     * Removes the workspace's template of a kind and language, so the built-in one (or the next language's) is used
     * again; audited when there was one.
     *
     * @param principal who resets it
     * @param kind      the kind of notification
     * @param language  the template's language
     * @return whether the workspace had such a template
     */
    boolean resetTemplate(StaffPrincipal principal, Notification.Kind kind, Locale language);

    /**
     * The notifications sent to or about a client, newest first.
     *
     * @param principal who asks
     * @param clientId  the client
     * @param after     the {@link SentPage#next()} of the previous page; empty for the first
     * @param limit     the most entries, 1 to 100
     * @return one page of the log
     * @throws PortalException {@link ErrorCode#CLIENT_NOT_FOUND} for a client not in the principal's workspace
     */
    SentPage sentToClient(StaffPrincipal principal, ClientId clientId, Optional<SentCursor> after, int limit);

    /**
     * The notifications sent about a document, newest first.
     *
     * @param principal who asks
     * @param document  the document
     * @param after     the {@link SentPage#next()} of the previous page; empty for the first
     * @param limit     the most entries, 1 to 100
     * @return one page of the log; empty for a document of another workspace
     */
    SentPage sentAbout(StaffPrincipal principal, DocumentRef document, Optional<SentCursor> after, int limit);
}
