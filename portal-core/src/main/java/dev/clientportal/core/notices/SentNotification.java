package dev.clientportal.core.notices;

import dev.clientportal.core.notification.Notification;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * One notification the portal handed to its sender: who got what, when, about which document and from which step
 * of a run. The bodies are not kept (they may carry a sign-in secret).
 *
 * @param id          this entry's id
 * @param workspaceId the workspace that sent it
 * @param kind        what it was
 * @param recipient   the address it went to
 * @param clientId    the client it went to or was about, if known
 * @param contactId   the contact it went to, if any
 * @param about       the document it was about, if any
 * @param step        the step of the run that sent it (reminder steps, recurring period, charge attempt); may be
 *                    empty
 * @param language    the language of the template used
 * @param subject     its subject line
 * @param sentAt      when the sender accepted it
 */
public record SentNotification(UUID id, WorkspaceId workspaceId, Notification.Kind kind, String recipient,
                               Optional<ClientId> clientId, Optional<ContactId> contactId,
                               Optional<DocumentRef> about, String step, Locale language, String subject,
                               Instant sentAt) {

    /**
     * Requires every part.
     *
     * @param id          this entry's id
     * @param workspaceId the workspace that sent it
     * @param kind        what it was
     * @param recipient   the address it went to
     * @param clientId    the client it went to or was about, if known
     * @param contactId   the contact it went to, if any
     * @param about       the document it was about, if any
     * @param step        the step of the run that sent it; may be empty
     * @param language    the language of the template used
     * @param subject     its subject line
     * @param sentAt      when the sender accepted it
     */
    public SentNotification {
        PortalException.requireField(id, "sent.id");
        PortalException.requireField(workspaceId, "sent.workspaceId");
        PortalException.requireField(kind, "sent.kind");
        PortalException.requireText(recipient, "sent.recipient");
        PortalException.requireField(clientId, "sent.clientId");
        PortalException.requireField(contactId, "sent.contactId");
        PortalException.requireField(about, "sent.about");
        PortalException.requireField(step, "sent.step");
        language = NotificationTemplate.language(language);
        PortalException.requireText(subject, "sent.subject");
        PortalException.requireField(sentAt, "sent.sentAt");
    }

    /**
     * Where a page of the log ended, to ask for the next one.
     *
     * @return the cursor after this entry
     */
    public SentCursor cursor() {
        return new SentCursor(sentAt, id);
    }
}
