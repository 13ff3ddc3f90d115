package dev.clientportal.core.analytics;

import dev.clientportal.core.kernel.WorkspaceId;

import java.util.List;

/**
 * The facts follow-up suggestions are ranked from, answered by the store in a fixed number of queries (SELECT with
 * joins and MAX). Lists come in no particular order: {@link FollowUpRanking} orders the suggestions in core, ties
 * broken by document id, so no adapter's collation or row order shows through.
 */
public interface FollowUpQueries {

    /**
     * Every open or partially paid invoice of the workspace with its sends, engagement and last payment, in no
     * particular order; {@code nextDueDate} and {@code amountDue} are the invoice's stored figures.
     *
     * @param workspaceId the workspace to look in
     * @return the invoices' facts, in no particular order; empty when none is open
     */
    List<OpenInvoiceFacts> openInvoices(WorkspaceId workspaceId);

    /**
     * Every pending approval request of the workspace, in no particular order, with the approvers it still waits
     * for in the order the request named them.
     *
     * @param workspaceId the workspace to look in
     * @return the requests' facts, in no particular order; empty when none is pending
     */
    List<PendingApprovalFacts> pendingApprovals(WorkspaceId workspaceId);
}
