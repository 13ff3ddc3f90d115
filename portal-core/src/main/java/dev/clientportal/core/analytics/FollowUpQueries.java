package dev.clientportal.core.analytics;

import dev.clientportal.core.workspace.WorkspaceId;

import java.util.List;

/** The facts follow-up suggestions are ranked from, answered by the store in a fixed number of queries. */
public interface FollowUpQueries {

    /** Every open or partially paid invoice of the workspace with its sends, engagement and last payment. */
    List<OpenInvoiceFacts> openInvoices(WorkspaceId workspaceId);

    /** Every pending approval request of the workspace, with the approvers it still waits for. */
    List<PendingApprovalFacts> pendingApprovals(WorkspaceId workspaceId);
}
