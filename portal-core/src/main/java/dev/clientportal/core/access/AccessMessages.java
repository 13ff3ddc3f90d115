package dev.clientportal.core.access;

import dev.clientportal.core.notification.Notification;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.workspace.Workspace;

import java.net.URI;
import java.util.Optional;

/** The wording of invitations and sign-in notifications: the link is the only place the secret appears. */
final class AccessMessages {

    private AccessMessages() {
    }

    /** An invitation to the workspace's portal. */
    static Notification invitation(Workspace workspace, Contact contact, URI link, SignInLink signIn) {
        String subject = Notification.subjectLine(workspace.name() + " invited you to its client portal");
        String text = "Hello " + contact.name() + ",\n\n" + workspace.name()
                + " invited you to its client portal, where you can see your invoices, pay them and more.\n\n"
                + "Open the portal: " + link + "\n\nThis link works once, until " + signIn.expiresAt() + ".\n";
        String html = "<p>Hello " + escape(contact.name()) + ",</p><p>" + escape(workspace.name())
                + " invited you to its client portal, where you can see your invoices, pay them and more.</p>"
                + "<p><a href=\"" + escape(link.toString()) + "\">Open the portal</a></p>"
                + "<p>This link works once, until " + signIn.expiresAt() + ".</p>";
        return new Notification(workspace.id(), Notification.Kind.INVITATION, contact.email(), subject, text, html,
                Optional.empty());
    }

    /** A sign-in link the contact asked for. */
    static Notification signIn(Workspace workspace, Contact contact, URI link, SignInLink signIn) {
        String subject = Notification.subjectLine("Your sign-in link for " + workspace.name());
        String text = "Hello " + contact.name() + ",\n\nSign in to the client portal of " + workspace.name() + ": "
                + link + "\n\nThis link works once, until " + signIn.expiresAt()
                + ". If you did not ask for it, ignore this message.\n";
        String html = "<p>Hello " + escape(contact.name()) + ",</p><p><a href=\"" + escape(link.toString())
                + "\">Sign in to the client portal of " + escape(workspace.name()) + "</a></p><p>This link works "
                + "once, until " + signIn.expiresAt() + ". If you did not ask for it, ignore this message.</p>";
        return new Notification(workspace.id(), Notification.Kind.SIGN_IN_LINK, contact.email(), subject, text, html,
                Optional.empty());
    }

    private static String escape(String text) {
        return Notification.escapeHtml(text);
    }
}
