package dev.clientportal.core.messaging;

import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.catalog.DocumentCatalog;
import dev.clientportal.core.access.PortalPrincipal;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.files.FileRepository;
import dev.clientportal.core.kernel.StaffPrincipal;

import java.util.List;

/**
 * Threads between the business and a client's contacts, optionally about a document or a project, with
 * attachments from the client's library and unread counts per participant. Bodies are plain text.
 */
public interface Messaging {

    /**
     * The business starts a thread with a client.
     *
     * @param principal the staff member acting; must belong to the workspace
     * @param clientId  the client to write to
     * @param thread    the subject, what it is about and the first message
     * @return the new thread, holding its first message
     */
    MessageThread startThread(StaffPrincipal principal, ClientId clientId, NewThread thread);

    /**
     * A contact starts a thread with the business.
     *
     * @param principal the contact, link holder or previewing staff member acting; scopes the call to their client
     * @param thread    the subject, what it is about and the first message
     * @return the new thread, holding its first message
     * @throws dev.clientportal.core.kernel.PortalException {@code ROLE_REQUIRED} for a read-only viewer
     */
    MessageThread startThread(PortalPrincipal principal, NewThread thread);

    /**
     * The business posts to a thread.
     *
     * @param principal the staff member acting; must belong to the workspace
     * @param threadId  the thread to post to
     * @param content   the text and attachments
     * @return the posted message, with its sequence in the thread
     */
    Message post(StaffPrincipal principal, MessageThreadId threadId, MessageContent content);

    /**
     * A contact posts to a thread of its client.
     *
     * @param principal the contact, link holder or previewing staff member acting; scopes the call to their client
     * @param threadId  the thread to post to
     * @param content   the text and attachments
     * @return the posted message, with its sequence in the thread
     * @throws dev.clientportal.core.kernel.PortalException {@code THREAD_NOT_FOUND} for a thread not of the principal's client
     *         (whatever its roles) and for document links, {@code ROLE_REQUIRED} for a read-only viewer,
     *         {@code READ_ONLY_ACCESS} for staff previews
     */
    Message post(PortalPrincipal principal, MessageThreadId threadId, MessageContent content);

    /**
     * A client's threads with the staff user's unread counts, latest first.
     *
     * @param principal the staff member acting; must belong to the workspace
     * @param clientId  the client
     * @return the client's threads with the staff user's unread counts, latest first
     */
    List<ThreadSummary> threads(StaffPrincipal principal, ClientId clientId);

    /**
     * The principal's client's threads with its unread counts, latest first; a document link sees none.
     *
     * @param principal the contact, link holder or previewing staff member acting; scopes the call to their client
     * @return the client's threads with the principal's unread counts, latest first; empty for a document link
     */
    List<ThreadSummary> threads(PortalPrincipal principal);

    /**
     * Messages of a thread after a sequence number, up to {@code limit} (1 to 200), in order.
     *
     * @param principal     the staff member acting; must belong to the workspace
     * @param threadId      the thread
     * @param afterSequence the last sequence already shown, 0 for the start
     * @param limit         the page size, 1 to 200
     * @return the messages in sequence order; empty past the last
     */
    List<Message> messages(StaffPrincipal principal, MessageThreadId threadId, int afterSequence, int limit);

    /**
     * Messages of a thread of the principal's client.
     *
     * @param principal     the contact, link holder or previewing staff member acting; scopes the call to their client
     * @param threadId      the thread, of the principal's client
     * @param afterSequence the last sequence already shown, 0 for the start
     * @param limit         the page size, 1 to 200
     * @return the messages in sequence order; empty past the last
     */
    List<Message> messages(PortalPrincipal principal, MessageThreadId threadId, int afterSequence, int limit);

    /**
     * Marks a thread read up to a sequence number for the staff user.
     *
     * @param principal    the staff member acting; must belong to the workspace
     * @param threadId     the thread
     * @param upToSequence the last sequence the user has seen
     */
    void markRead(StaffPrincipal principal, MessageThreadId threadId, int upToSequence);

    /**
     * Marks a thread read up to a sequence number for the principal.
     *
     * @param principal    the contact, link holder or previewing staff member acting; scopes the call to their client
     * @param threadId     the thread, of the principal's client
     * @param upToSequence the last sequence the principal has seen
     */
    void markRead(PortalPrincipal principal, MessageThreadId threadId, int upToSequence);

    /**
     * How many messages the principal has not read across its client's threads.
     *
     * @param principal the contact, link holder or previewing staff member acting; scopes the call to their client
     * @return the number of unread messages, 0 when all are read
     */
    int unreadCount(PortalPrincipal principal);
}
