package dev.clientportal.core.analytics;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;

/**
 * When a situation becomes worth a follow-up.
 *
 * @param sentNotOpenedAfterDays   a document sent (or issued) this many days ago and never opened (default 3)
 * @param staleBalanceAfterDays    a partially paid invoice without a payment for this many days (default 14)
 * @param approvalPendingAfterDays a decision pending for this many days (default 3)
 */
public record FollowUpPolicy(int sentNotOpenedAfterDays, int staleBalanceAfterDays, int approvalPendingAfterDays) {

    /** The defaults listed on the components. */
    public static final FollowUpPolicy DEFAULTS = new FollowUpPolicy(3, 14, 3);

    /**
     * Requires non-negative thresholds.
     *
     * @param sentNotOpenedAfterDays   a document sent (or issued) this many days ago and never opened (default 3)
     * @param staleBalanceAfterDays    a partially paid invoice without a payment for this many days (default 14)
     * @param approvalPendingAfterDays a decision pending for this many days (default 3)
     */
    public FollowUpPolicy {
        if (sentNotOpenedAfterDays < 0 || staleBalanceAfterDays < 0 || approvalPendingAfterDays < 0) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "followUpPolicy",
                    sentNotOpenedAfterDays + "/" + staleBalanceAfterDays + "/" + approvalPendingAfterDays,
                    "thresholds must not be negative");
        }
    }
}
