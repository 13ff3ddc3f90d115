package dev.clientportal.core.notices;

import dev.clientportal.core.notification.Notification;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A notification before its template is applied: what it is, to whom, in which language, the values of its
 * placeholders and what the sent log records of it. The portal renders it with the workspace's template for the
 * language (see {@link Notifications}) and hands the result to the {@link dev.clientportal.core.notification.NotificationSender}.
 *
 * @param workspaceId       the workspace that sends it
 * @param kind              what it is
 * @param recipient         the email address it goes to
 * @param language          the recipient's language (the client's document language, or the workspace's)
 * @param workspaceLanguage the workspace's language, tried when no template speaks the recipient's
 * @param parts             the values of the placeholders, by name (without braces)
 * @param about             the document it is about, if any
 * @param clientId          the client it goes to or is about, if any
 * @param contactId         the contact it goes to, if any
 * @param step              what run sent it, e.g. the reminder steps {@code d-3} or a recurring period; may be empty
 */
public record NotificationDraft(WorkspaceId workspaceId, Notification.Kind kind, String recipient, Locale language,
                      Locale workspaceLanguage, Map<String, Part> parts, Optional<DocumentRef> about,
                      Optional<ClientId> clientId, Optional<ContactId> contactId, String step) {

    /** The longest step text the sent log keeps. */
    public static final int MAX_STEP_LENGTH = 200;

    /**
     * Requires every part; the step is cut to {@value #MAX_STEP_LENGTH} characters.
     *
     * @param workspaceId       the workspace that sends it
     * @param kind              what it is
     * @param recipient         the email address it goes to
     * @param language          the recipient's language
     * @param workspaceLanguage the workspace's language
     * @param parts             the values of the placeholders, by name
     * @param about             the document it is about, if any
     * @param clientId          the client it goes to or is about, if any
     * @param contactId         the contact it goes to, if any
     * @param step              what run sent it; may be empty
     */
    public NotificationDraft {
        PortalException.requireField(workspaceId, "message.workspaceId");
        PortalException.requireField(kind, "message.kind");
        PortalException.requireField(recipient, "message.recipient");
        PortalException.requireField(language, "message.language");
        PortalException.requireField(workspaceLanguage, "message.workspaceLanguage");
        parts = Map.copyOf(PortalException.requireField(parts, "message.parts"));
        PortalException.requireField(about, "message.about");
        PortalException.requireField(clientId, "message.clientId");
        PortalException.requireField(contactId, "message.contactId");
        step = PortalException.requireField(step, "message.step");
        step = step.length() <= MAX_STEP_LENGTH ? step : step.substring(0, MAX_STEP_LENGTH);
    }

    /**
     * A message to a client or contact with no document, contact or step yet; add them with the {@code with…}
     * methods.
     *
     * @param workspaceId       the workspace that sends it
     * @param kind              what it is
     * @param recipient         the email address it goes to
     * @param language          the recipient's language
     * @param workspaceLanguage the workspace's language
     * @param parts             the values of the placeholders, by name
     * @return the message
     */
    public static NotificationDraft of(WorkspaceId workspaceId, Notification.Kind kind, String recipient,
                                       Locale language,
                             Locale workspaceLanguage, Map<String, Part> parts) {
        return new NotificationDraft(workspaceId, kind, recipient, language, workspaceLanguage, parts, Optional.empty(),
                Optional.empty(), Optional.empty(), "");
    }

    /**
     * This message about a document.
     *
     * @param document the document
     * @return a copy about {@code document}
     */
    public NotificationDraft about(DocumentRef document) {
        return new NotificationDraft(workspaceId, kind, recipient, language, workspaceLanguage, parts,
                Optional.of(document),
                clientId, contactId, step);
    }

    /**
     * This message for a client.
     *
     * @param client the client it goes to or is about
     * @return a copy naming {@code client}
     */
    public NotificationDraft forClient(ClientId client) {
        return new NotificationDraft(workspaceId, kind, recipient, language, workspaceLanguage, parts, about,
                Optional.of(client), contactId, step);
    }

    /**
     * This message for a contact of a client.
     *
     * @param client  the contact's client
     * @param contact the contact it goes to
     * @return a copy naming both
     */
    public NotificationDraft forContact(ClientId client, ContactId contact) {
        return new NotificationDraft(workspaceId, kind, recipient, language, workspaceLanguage, parts, about,
                Optional.of(client), Optional.of(contact), step);
    }

    /**
     * This message sent by a step of a run.
     *
     * @param runStep the step, e.g. {@code d-3}, a recurring period or a charge attempt
     * @return a copy with that step
     */
    public NotificationDraft step(String runStep) {
        return new NotificationDraft(workspaceId, kind, recipient, language, workspaceLanguage, parts, about, clientId,
                contactId, runStep);
    }

    /** Kind, recipient and document; never the parts, which may carry a sign-in secret. */
    @Override
    public String toString() {
        return "NotificationDraft[" + kind + " to " + recipient
                + about.map(document -> ", about=" + document).orElse("") + "]";
    }
}
