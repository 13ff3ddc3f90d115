package dev.clientportal.core.analytics;

import dev.clientportal.core.access.ClientRequest;
import dev.clientportal.core.access.PortalPrincipal;
import dev.clientportal.core.catalog.DocumentInfo;
import dev.clientportal.core.internal.Internal;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.Optional;

/**
 * Records views of documents a feature has just read, so that recording does not resolve them again, nor read their
 * last send in a transaction of its own: wiring between features (the portal's own pages), not API.
 */
@Internal
public interface ViewRecording {

    /**
     * When a document was last sent, as the send log answers it; a page asks inside the transaction it reads the
     * document in, and hands the answer to {@link #recordView}.
     *
     * @param workspaceId the workspace of the document
     * @param document    the document
     * @return when it was last sent, empty if never
     */
    Optional<Instant> lastSentAt(WorkspaceId workspaceId, DocumentRef document);

    /**
     * Records a view as {@link Analytics#recordView} does, of a document whose catalog facts the caller read in this
     * request from the stores the catalog resolves it from (so they are the facts a resolution would give), classified
     * with the last send the caller read through {@link #lastSentAt} in this request.
     *
     * @param principal  the contact, link holder or previewing staff member acting; scopes the call to their client
     * @param document   what the catalog knows of the document opened; the principal must be able to see it
     * @param lastSentAt when the document was last sent, as {@link #lastSentAt} answered in this request
     * @param request    the HTTP request the view came with, {@code null} for an unknown one
     * @return the visitor's class and whether the view was counted, and as the first human view
     * @throws dev.clientportal.core.kernel.PortalException {@code DOCUMENT_NOT_FOUND} for a document the principal
     *         cannot see
     */
    ViewOutcome recordView(PortalPrincipal principal, DocumentInfo document, Optional<Instant> lastSentAt,
                           ClientRequest request);
}
