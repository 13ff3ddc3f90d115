package dev.clientportal.core.analytics;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;

import java.time.Duration;

/**
 * How views are classified and counted, and when follow-ups are suggested.
 *
 * @param dedupWindow    repeated views by one viewer of one document within this window count once (default 30 min)
 * @param classification the rules that tell people from link scanners
 * @param followUps      the thresholds of follow-up suggestions
 */
public record AnalyticsSettings(Duration dedupWindow, ViewClassificationPolicy classification,
                                FollowUpPolicy followUps) {

    /** The defaults. */
    public static final AnalyticsSettings DEFAULTS = new AnalyticsSettings(Duration.ofMinutes(30),
            ViewClassificationPolicy.defaults(), FollowUpPolicy.DEFAULTS);

    /**
     * Requires every part and a positive window.
     *
     * @param dedupWindow    repeated views by one viewer of one document within this window count once (default 30 min)
     * @param classification the rules that tell people from link scanners
     * @param followUps      the thresholds of follow-up suggestions
     */
    public AnalyticsSettings {
        PortalException.requireField(dedupWindow, "dedupWindow");
        if (dedupWindow.isNegative() || dedupWindow.isZero()) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "dedupWindow", dedupWindow, "must be positive");
        }
        PortalException.requireField(classification, "classification");
        PortalException.requireField(followUps, "followUps");
    }

    /**
     * These settings with another classification policy.
     *
     * @param policy the rules that tell people from link scanners
     * @return a copy of these settings with that policy
     */
    public AnalyticsSettings withClassification(ViewClassificationPolicy policy) {
        return new AnalyticsSettings(dedupWindow, policy, followUps);
    }
}
