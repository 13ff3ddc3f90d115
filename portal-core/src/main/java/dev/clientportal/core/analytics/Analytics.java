package dev.clientportal.core.analytics;

import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.access.ClientRequest;
import dev.clientportal.core.catalog.DocumentCatalog;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.access.DocumentSendLog;
import dev.clientportal.core.access.PortalPrincipal;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.workspace.WorkspaceRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Who saw what: recording and classifying document views, engagement per document and client, and ranked
 * follow-up suggestions for the business.
 */
public interface Analytics {

    /**
     * Records that a principal opened a document: classifies the visitor, counts human views once per viewer per
     * window, and publishes {@link DocumentFirstViewed} on the first human view of an invoice or quote. The portal's
     * own views (invoice detail, statement) call this; hosts call it for documents they serve themselves. Counting is
     * done before this returns; with {@link AnalyticsSettings#batchViews view batching} on, the raw view reaches the
     * view log later (see {@link #flushViews()}).
     *
     * @param principal the contact, link holder or previewing staff member acting; scopes the call to their client
     * @param document  the document opened; the principal must be able to see it
     * @param request   the HTTP request the view came with; its address, user agent and method classify the visitor
     * @return the visitor's class and whether the view was counted, and as the first human view
     * @throws dev.clientportal.core.kernel.PortalException {@code DOCUMENT_NOT_FOUND} for a document the principal cannot
     *         see
     */
    ViewOutcome recordView(PortalPrincipal principal, DocumentRef document, ClientRequest request);

    /**
     * Writes the views queued for the view log now, when {@link AnalyticsSettings#batchViews batching} is on; the
     * host calls it on a schedule (every {@code maxDelay} or so, so that the last views of a quiet instance are
     * written too) and at shutdown. Without batching every view is written as it happens and this does nothing.
     * A write that fails keeps its views queued for the next flush and logs a warning; it does not throw.
     *
     * @return how many views are still queued: 0 when everything was written (without batching, always 0)
     */
    int flushViews();

    /**
     * Records that the business sent a document to the client (emailed it, say); share links record themselves.
     *
     * @param principal the staff member acting; must belong to the workspace
     * @param document  the document sent
     */
    void recordSent(StaffPrincipal principal, DocumentRef document);

    /**
     * How a document has been viewed by the client's people, if at all.
     *
     * @param principal the staff member acting; must belong to the workspace
     * @param document  the document
     * @return its first and latest human views and how many people viewed it how often; empty if nobody did
     */
    Optional<DocumentEngagement> engagement(StaffPrincipal principal, DocumentRef document);

    /**
     * When anyone of a client last viewed anything.
     *
     * @param principal the staff member acting; must belong to the workspace
     * @param clientId  the client
     * @return the time of the client's last human view, empty if there was none
     */
    Optional<Instant> clientLastSeen(StaffPrincipal principal, ClientId clientId);

    /**
     * The latest views of a document, of every class, newest first; {@code limit} is 1 to 500.
     *
     * @param principal the staff member acting; must belong to the workspace
     * @param document  the document
     * @param limit     the most views to return, 1 to 500
     * @return the latest views, newest first, scanners and internal views included
     */
    List<DocumentView> views(StaffPrincipal principal, DocumentRef document, int limit);

    /**
     * Follow-up suggestions for the workspace, most urgent first, at most one per document.
     *
     * @param principal the staff member acting; must belong to the workspace
     * @return the suggestions, most urgent first; empty when nothing needs following up
     */
    List<FollowUp> followUps(StaffPrincipal principal);
}
