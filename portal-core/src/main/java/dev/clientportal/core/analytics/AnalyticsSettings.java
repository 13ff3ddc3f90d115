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
 * @param viewBatching   how views are written to the view log: one by one as they happen (the default,
 *                       {@link ViewBatching#OFF}) or buffered and written in batches
 */
public record AnalyticsSettings(Duration dedupWindow, ViewClassificationPolicy classification,
                                FollowUpPolicy followUps, ViewBatching viewBatching) {

    /** The defaults: every view is written to the log as it happens. */
    public static final AnalyticsSettings DEFAULTS = new AnalyticsSettings(Duration.ofMinutes(30),
            ViewClassificationPolicy.defaults(), FollowUpPolicy.DEFAULTS);

    /**
     * Settings that write every view to the log as it happens.
     *
     * @param dedupWindow    repeated views by one viewer of one document within this window count once
     * @param classification the rules that tell people from link scanners
     * @param followUps      the thresholds of follow-up suggestions
     */
    public AnalyticsSettings(Duration dedupWindow, ViewClassificationPolicy classification, FollowUpPolicy followUps) {
        this(dedupWindow, classification, followUps, ViewBatching.OFF);
    }

    /**
     * Requires every part and a positive window.
     *
     * @param dedupWindow    repeated views by one viewer of one document within this window count once (default 30 min)
     * @param classification the rules that tell people from link scanners
     * @param followUps      the thresholds of follow-up suggestions
     * @param viewBatching   how views are written to the view log, {@link ViewBatching#OFF} to write each at once
     */
    public AnalyticsSettings {
        PortalException.requireField(dedupWindow, "dedupWindow");
        if (dedupWindow.isNegative() || dedupWindow.isZero()) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "dedupWindow", dedupWindow, "must be positive");
        }
        PortalException.requireField(classification, "classification");
        PortalException.requireField(followUps, "followUps");
        PortalException.requireField(viewBatching, "viewBatching");
    }

    /**
     * These settings with another classification policy.
     *
     * @param policy the rules that tell people from link scanners
     * @return a copy of these settings with that policy
     */
    public AnalyticsSettings withClassification(ViewClassificationPolicy policy) {
        return new AnalyticsSettings(dedupWindow, policy, followUps, viewBatching);
    }

    /**
     * These settings with the view log written behind, in batches: recording a view queues it in memory, and the
     * queue is written with one {@link ViewStore#appendAll} when it holds {@code maxBatch} views or its oldest view
     * waited {@code maxDelay}, by the thread whose view made it due. Counting stays synchronous (it decides what
     * {@link Analytics#recordView} answers); only the raw log lags, by {@code maxDelay} at most while the store is up.
     * The host calls {@link Analytics#flushViews()} on a schedule (so a quiet instance writes its last views too)
     * and at shutdown; views still queued when the JVM dies are lost, which is the price of the batching.
     *
     * @param maxBatch the most views one write takes, 2 to {@value ViewBatching#MAX_BATCH}
     * @param maxDelay the longest a queued view waits for its batch to fill, positive, at most an hour
     * @return a copy of these settings that batches the view log
     * @throws dev.clientportal.core.kernel.PortalException {@code INVALID_VALUE} for a batch size or delay out of range
     */
    public AnalyticsSettings batchViews(int maxBatch, Duration maxDelay) {
        if (maxBatch < 2) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "maxBatch", maxBatch,
                    "must be at least 2 to batch (the default writes each view as it happens)");
        }
        return new AnalyticsSettings(dedupWindow, classification, followUps, new ViewBatching(maxBatch, maxDelay));
    }

    /**
     * How the view log is written: {@code maxBatch} 1 writes each view as it happens; more queues views in memory
     * and writes them in batches of up to {@code maxBatch}, each view waiting {@code maxDelay} at most.
     *
     * @param maxBatch the most views one write takes, 1 (no batching) to {@value #MAX_BATCH}
     * @param maxDelay the longest a queued view waits for its batch to fill; zero without batching, at most an hour
     */
    public record ViewBatching(int maxBatch, Duration maxDelay) {

        /** The largest batch: ten thousand views is already well past where larger batches stop paying. */
        public static final int MAX_BATCH = 10_000;

        /** The longest delay; declared before {@link #OFF}, whose construction checks against it. */
        private static final Duration MAX_DELAY = Duration.ofHours(1);

        /** No batching: each view is written as it happens. */
        public static final ViewBatching OFF = new ViewBatching(1, Duration.ZERO);

        /**
         * Requires a batch size in range and a delay that is not negative, at most an hour, and positive to batch.
         *
         * @param maxBatch the most views one write takes, 1 (no batching) to {@value #MAX_BATCH}
         * @param maxDelay the longest a queued view waits for its batch to fill; zero without batching, at most an
         *                 hour
         */
        public ViewBatching {
            PortalException.requireField(maxDelay, "maxDelay");
            if (maxBatch < 1 || maxBatch > MAX_BATCH) {
                throw PortalException.invalid(ErrorCode.INVALID_VALUE, "maxBatch", maxBatch,
                        "must be between 1 and " + MAX_BATCH);
            }
            if (maxDelay.isNegative() || maxDelay.compareTo(MAX_DELAY) > 0) {
                throw PortalException.invalid(ErrorCode.INVALID_VALUE, "maxDelay", maxDelay,
                        "must be between zero and " + MAX_DELAY);
            }
            if (maxBatch > 1 && maxDelay.isZero()) {
                throw PortalException.invalid(ErrorCode.INVALID_VALUE, "maxDelay", maxDelay,
                        "must be positive to batch: a view must be written some time after it was queued");
            }
        }

        /**
         * Whether views are queued and written in batches.
         *
         * @return {@code true} when more than one view goes into a write
         */
        public boolean enabled() {
            return maxBatch > 1;
        }
    }
}
