package dev.clientportal.core.approval;

import java.util.Optional;

/**
 * What a decision did, for the client's confirmation page.
 *
 * @param deliverableId the deliverable
 * @param requestId     the request decided on
 * @param decision      the decision as recorded, with its evidence
 * @param requestStatus the request's state after it: still pending (others must approve), approved, or changes
 *                      requested
 * @param round         the revision round a change request opened
 */
public record DecisionReceipt(DeliverableId deliverableId, ApprovalRequestId requestId, Decision decision,
                              ApprovalStatus requestStatus, Optional<RevisionRound> round) {
}
