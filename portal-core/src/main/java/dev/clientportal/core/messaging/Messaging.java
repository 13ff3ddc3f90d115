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

    /** The business starts a thread with a client. */
    MessageThread startThread(StaffPrincipal principal, ClientId clientId, NewThread thread);

    /**
     * A contact starts a thread with the business.
     *
     * @throws dev.clientportal.core.kernel.PortalException {@code ROLE_REQUIRED} for a read-only viewer
     */
    MessageThread startThread(PortalPrincipal principal, NewThread thread);

    /** The business posts to a thread. */
    Message post(StaffPrincipal principal, MessageThreadId threadId, MessageContent content);

    /**
     * A contact posts to a thread of its client.
     *
     * @throws dev.clientportal.core.kernel.PortalException {@code THREAD_NOT_FOUND} for a thread not of the principal's client
     *         (whatever its roles) and for document links, {@code ROLE_REQUIRED} for a read-only viewer,
     *         {@code READ_ONLY_ACCESS} for staff previews
     */
    Message post(PortalPrincipal principal, MessageThreadId threadId, MessageContent content);

    /** A client's threads with the staff user's unread counts, latest first. */
    List<ThreadSummary> threads(StaffPrincipal principal, ClientId clientId);

    /** The principal's client's threads with its unread counts, latest first; a document link sees none. */
    List<ThreadSummary> threads(PortalPrincipal principal);

    /** Messages of a thread after a sequence number, up to {@code limit} (1 to 200), in order. */
    List<Message> messages(StaffPrincipal principal, MessageThreadId threadId, int afterSequence, int limit);

    /** Messages of a thread of the principal's client. */
    List<Message> messages(PortalPrincipal principal, MessageThreadId threadId, int afterSequence, int limit);

    /** Marks a thread read up to a sequence number for the staff user. */
    void markRead(StaffPrincipal principal, MessageThreadId threadId, int upToSequence);

    /** Marks a thread read up to a sequence number for the principal. */
    void markRead(PortalPrincipal principal, MessageThreadId threadId, int upToSequence);

    /** How many messages the principal has not read across its client's threads. */
    int unreadCount(PortalPrincipal principal);
}
