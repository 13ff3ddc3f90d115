package dev.clientportal.core.notification;

import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.Optional;

/**
 * One message the portal sends to one recipient: an invitation, a sign-in link, a payment reminder, a receipt or a
 * "viewed" notice. The portal writes subject and bodies; a {@link NotificationSender} only delivers them. A body
 * may hold a sign-in link with its secret, so {@link #toString()} leaves both bodies out.
 *
 * @param workspaceId the workspace that sends it (its name and branding are the sender's)
 * @param kind        what it is
 * @param recipient   the email address it goes to
 * @param subject     one line, at most {@value #MAX_SUBJECT_LENGTH} characters
 * @param text        the plain-text body
 * @param html        the HTML body, saying the same as the text one
 * @param about       the document it is about, if any (the invoice reminded of, the payment receipted)
 */
public record Notification(WorkspaceId workspaceId, Kind kind, String recipient, String subject, String text,
                           String html, Optional<DocumentRef> about) {

    /** The longest subject line. */
    public static final int MAX_SUBJECT_LENGTH = 200;

    /** What a notification is for. */
    public enum Kind {
        /** A contact is invited to the portal; the body holds its sign-in link. */
        INVITATION,
        /** A contact asked for a sign-in link; the body holds it. */
        SIGN_IN_LINK,
        /** An invoice is due or overdue. */
        PAYMENT_REMINDER,
        /** A payment was received. */
        RECEIPT,
        /** Tells the business that a client opened a document. */
        DOCUMENT_VIEWED,
        /** A new invoice sent to the client, e.g. by a recurring schedule with auto-send. */
        INVOICE_ISSUED,
        /** An automatic charge of a saved payment method needs the client to confirm it; the body holds a pay link. */
        PAYMENT_ACTION_REQUIRED,
        /** A contact's digest of the new updates staff posted to its client's feed, at most one an hour. */
        FEED_DIGEST
    }

    /**
     * Requires every part; the recipient must look like one email address and the subject must be one line, so
     * neither can add a header or a second recipient to the mail.
     *
     * @param workspaceId the workspace that sends it (its name and branding are the sender's)
     * @param kind        what it is
     * @param recipient   the email address it goes to
     * @param subject     one line, at most {@value #MAX_SUBJECT_LENGTH} characters
     * @param text        the plain-text body
     * @param html        the HTML body, saying the same as the text one
     * @param about       the document it is about, if any (the invoice reminded of, the payment receipted)
     */
    public Notification {
        PortalException.requireField(workspaceId, "notification.workspaceId");
        PortalException.requireField(kind, "notification.kind");
        recipient = PortalException.requireText(recipient, "notification.recipient");
        if (recipient.length() > 254 || recipient.indexOf('@') < 1 || recipient.indexOf('@') == recipient.length() - 1
                || recipient.chars().anyMatch(c -> Character.isWhitespace(c) || c == ',' || c == ';' || c < ' ')) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "notification.recipient", recipient,
                    "must be one email address");
        }
        subject = PortalException.requireText(subject, "notification.subject");
        if (subject.length() > MAX_SUBJECT_LENGTH || subject.chars().anyMatch(Character::isISOControl)) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "notification.subject", subject,
                    "must be one line of at most " + MAX_SUBJECT_LENGTH + " characters");
        }
        text = PortalException.requireText(text, "notification.text");
        html = PortalException.requireText(html, "notification.html");
        PortalException.requireField(about, "notification.about");
    }

    /** Kind, recipient, subject and document; never the bodies, which may carry a sign-in secret. */
    @Override
    public String toString() {
        return "Notification[" + kind + " to " + recipient + ", subject=" + subject
                + about.map(document -> ", about=" + document).orElse("") + "]";
    }

    /**
     * Text escaped for an HTML body: names and references a client typed must not become markup.
     *
     * @param text the text to escape
     * @return the text with {@code &}, {@code <}, {@code >} and quotes escaped
     */
    public static String escapeHtml(String text) {
        StringBuilder html = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
        return html.toString();
    }

    /**
     * A valid subject from any text: line breaks and other control characters become spaces, and text longer than
     * {@value #MAX_SUBJECT_LENGTH} characters is cut with an ellipsis (names in subjects come from user input).
     *
     * @param text the subject as composed, may hold user input
     * @return the text fit for a subject line
     */
    public static String subjectLine(String text) {
        String line = PortalException.requireText(text, "notification.subject").replaceAll("\\p{Cntrl}+", " ");
        return line.length() <= MAX_SUBJECT_LENGTH ? line : line.substring(0, MAX_SUBJECT_LENGTH - 1) + "…";
    }
}
