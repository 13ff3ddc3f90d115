package dev.clientportal.core.access;

import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.Optional;

/**
 * Remembers when documents were last sent to the client (a share link created, or the host reporting an email).
 * Analytics use it to spot link scanners, which open links seconds after a send, and to find documents sent but
 * never opened.
 *
 * <p>Like the view store this port <em>commits on its own</em>: the portal calls it with no transaction open (after
 * the transaction that created a share link has committed), and each call is atomic by itself. Its contract makes
 * calls both outside and inside a transaction.
 */
public interface DocumentSendLog {

    /**
     * Records that a document was sent at {@code at}.
     *
     * @param workspaceId the workspace
     * @param document    the document
     * @param at          when it was sent
     */
    void recordSend(WorkspaceId workspaceId, DocumentRef document, Instant at);

    /**
     * When the document was last sent, if ever.
     *
     * @param workspaceId the workspace
     * @param document    the document
     * @return when the document was last sent, if ever
     */
    Optional<Instant> lastSentAt(WorkspaceId workspaceId, DocumentRef document);
}
