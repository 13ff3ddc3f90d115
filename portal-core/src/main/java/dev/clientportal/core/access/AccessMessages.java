package dev.clientportal.core.access;

import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.notices.NotificationDraft;
import dev.clientportal.core.notices.Part;
import dev.clientportal.core.notification.Notification;
import dev.clientportal.core.workspace.Workspace;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

/**
 * The values of invitations and sign-in notifications, worded by the workspace's templates in the language of the
 * contact's client: the link is the only place the secret appears.
 */
final class AccessMessages {

    private AccessMessages() {
    }

    /** An invitation to the workspace's portal. */
    static NotificationDraft invitation(Workspace workspace, Client client, Contact contact, URI link,
                                        SignInLink signIn) {
        return message(Notification.Kind.INVITATION, workspace, client, contact, link, signIn);
    }

    /** A sign-in link the contact asked for. */
    static NotificationDraft signIn(Workspace workspace, Client client, Contact contact, URI link,
                                    SignInLink signIn) {
        return message(Notification.Kind.SIGN_IN_LINK, workspace, client, contact, link, signIn);
    }

    private static NotificationDraft message(Notification.Kind kind, Workspace workspace, Client client,
                                             Contact contact, URI link, SignInLink signIn) {
        Locale workspaceLanguage = workspace.settings().locale();
        return NotificationDraft.of(workspace.id(), kind, contact.email(), client.documentLocale(workspaceLanguage),
                workspaceLanguage, Map.of("business.name", Part.value(workspace.name()),
                        "business.email", Part.value(workspace.settings().email()),
                        "contact.name", Part.value(contact.name()), "client.name", Part.value(client.name()),
                        "link", Part.value(link), "link.expires", Part.value(signIn.expiresAt())))
                .forContact(client.id(), contact.id());
    }
}
