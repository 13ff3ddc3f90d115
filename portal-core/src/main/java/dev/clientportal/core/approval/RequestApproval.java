package dev.clientportal.core.approval;

import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.client.ContactId;

import java.util.Arrays;
import java.util.List;

/**
 * Asks approvers of the client to decide on the deliverable's latest version.
 *
 * @param deliverableId the deliverable
 * @param approvers     contacts of the client with the APPROVER role, each named once; no {@code null} element
 * @param rule          whether all of them or any one must approve
 */
public record RequestApproval(DeliverableId deliverableId, List<ContactId> approvers, ApprovalRule rule) {

    /**
     * Requires every field and copies the approvers.
     *
     * @param deliverableId the deliverable
     * @param approvers     contacts of the client with the APPROVER role, each named once; no {@code null} element
     * @param rule          whether all of them or any one must approve
     */
    public RequestApproval {
        PortalException.requireField(deliverableId, "deliverableId");
        approvers = PortalException.requireElements(approvers, "approvers", InputLimits.LIST);
        PortalException.requireField(rule, "rule");
    }

    /**
     * Every one of the approvers must approve.
     *
     * @param deliverableId the deliverable
     * @param approvers     the contacts asked, each with the APPROVER role
     * @return a request needing every approver's approval
     */
    public static RequestApproval fromAll(DeliverableId deliverableId, ContactId... approvers) {
        return new RequestApproval(deliverableId, Arrays.asList(PortalException.requireField(approvers, "approvers")),
                ApprovalRule.ALL);
    }

    /**
     * Any one of the approvers decides.
     *
     * @param deliverableId the deliverable
     * @param approvers     the contacts asked, each with the APPROVER role
     * @return a request that the first approver's decision closes
     */
    public static RequestApproval fromAny(DeliverableId deliverableId, ContactId... approvers) {
        return new RequestApproval(deliverableId, Arrays.asList(PortalException.requireField(approvers, "approvers")),
                ApprovalRule.ANY);
    }
}
