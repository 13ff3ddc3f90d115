package dev.clientportal.core.notices;

import dev.clientportal.core.notification.Notification;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.List;
import java.util.Optional;

/**
 * The log of notifications sent, append-only; read by staff per client or per document, newest first (sent at, then
 * id as text, descending), in pages after a cursor. Calls run in the caller's transaction; every read is scoped by
 * workspace.
 */
public interface SentLog {

    /** The largest page. */
    int MAX_PAGE = 200;

    /**
     * Appends an entry.
     *
     * @param entry the notification sent
     */
    void append(SentNotification entry);

    /**
     * Appends many entries in the caller's transaction. Adapters may do it in fewer statements; the default appends
     * entry by entry.
     *
     * @param entries the notifications sent, in the order they were sent
     */
    default void appendAll(List<SentNotification> entries) {
        PortalException.requireField(entries, "entries").forEach(this::append);
    }

    /**
     * The entries of a client, newest first.
     *
     * @param workspaceId the workspace
     * @param clientId    the client
     * @param after       the cursor of the previous page's last entry; empty for the first page
     * @param limit       the most entries, 1 to {@value #MAX_PAGE}
     * @return up to {@code limit} entries older than the cursor, newest first
     */
    List<SentNotification> ofClient(WorkspaceId workspaceId, ClientId clientId, Optional<SentCursor> after,
                                    int limit);

    /**
     * The entries about a document, newest first.
     *
     * @param workspaceId the workspace
     * @param document    the document
     * @param after       the cursor of the previous page's last entry; empty for the first page
     * @param limit       the most entries, 1 to {@value #MAX_PAGE}
     * @return up to {@code limit} entries older than the cursor, newest first
     */
    List<SentNotification> aboutDocument(WorkspaceId workspaceId, DocumentRef document, Optional<SentCursor> after,
                                         int limit);

    /**
     * Checks a page size; adapters call it first.
     *
     * @param limit the requested page size
     * @return the limit
     * @throws PortalException {@link ErrorCode#INVALID_VALUE} outside 1 to {@value #MAX_PAGE}
     */
    static int requireLimit(int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "limit", limit, "must be between 1 and " + MAX_PAGE);
        }
        return limit;
    }
}
