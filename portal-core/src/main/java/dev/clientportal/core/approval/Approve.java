package dev.clientportal.core.approval;

import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.PortalException;

/**
 * An approver approves a version.
 *
 * @param deliverableId the deliverable
 * @param version       the version approved, by number or by the content hash the approver was shown
 * @param typedName     the name typed as a signature, one line of at most 200 characters; empty for none, unless
 *                      the deliverable requires one
 * @param comment       an optional remark ("Great work!"), at most 2,000 characters
 */
public record Approve(DeliverableId deliverableId, VersionPin version, String typedName, String comment) {

    /**
     * Requires the deliverable and version.
     *
     * @param deliverableId the deliverable
     * @param version       the version approved, by number or by the content hash the approver was shown
     * @param typedName     the name typed as a signature, one line of at most 200 characters; empty for none, unless
     *                      the deliverable requires one
     * @param comment       an optional remark ("Great work!"), at most 2,000 characters
     */
    public Approve {
        PortalException.requireField(deliverableId, "deliverableId");
        PortalException.requireField(version, "version");
        typedName = PortalException.optionalLine(typedName, "typedName", InputLimits.NAME);
        comment = PortalException.optionalText(comment, "comment", InputLimits.REASON);
    }

    /**
     * An approval without signature or comment.
     *
     * @param deliverableId the deliverable
     * @param version       the version the approver was shown
     * @return the command
     */
    public static Approve of(DeliverableId deliverableId, VersionPin version) {
        return new Approve(deliverableId, version, "", "");
    }

    /**
     * This approval signed with a typed name.
     *
     * @param name the name the approver typed
     * @return this approval signed with a typed name
     */
    public Approve signedAs(String name) {
        return new Approve(deliverableId, version, name, comment);
    }

    /**
     * This approval with a remark.
     *
     * @param remark a comment for the business
     * @return this approval with a remark
     */
    public Approve comment(String remark) {
        return new Approve(deliverableId, version, typedName, remark);
    }
}
