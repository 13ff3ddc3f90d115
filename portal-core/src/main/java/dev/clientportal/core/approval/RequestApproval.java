package dev.clientportal.core.approval;

import dev.clientportal.core.PortalException;
import dev.clientportal.core.client.ContactId;

import java.util.List;

/**
 * Asks approvers of the client to decide on the deliverable's latest version.
 *
 * @param deliverableId the deliverable
 * @param approvers     contacts of the client with the APPROVER role, each named once
 * @param rule          whether all of them or any one must approve
 */
public record RequestApproval(DeliverableId deliverableId, List<ContactId> approvers, ApprovalRule rule) {

    /** Requires every field and copies the approvers. */
    public RequestApproval {
        PortalException.requireField(deliverableId, "deliverableId");
        approvers = List.copyOf(PortalException.requireField(approvers, "approvers"));
        PortalException.requireField(rule, "rule");
    }

    /** Every one of the approvers must approve. */
    public static RequestApproval fromAll(DeliverableId deliverableId, ContactId... approvers) {
        return new RequestApproval(deliverableId, List.of(approvers), ApprovalRule.ALL);
    }

    /** Any one of the approvers decides. */
    public static RequestApproval fromAny(DeliverableId deliverableId, ContactId... approvers) {
        return new RequestApproval(deliverableId, List.of(approvers), ApprovalRule.ANY);
    }
}
