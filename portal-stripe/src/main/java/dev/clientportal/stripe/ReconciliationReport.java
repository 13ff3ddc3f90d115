package dev.clientportal.stripe;

import java.util.List;

/**
 * What a {@link StripeReconciliation} run did with a workspace's events.
 *
 * @param listed   the workspace's events Stripe listed (events about other workspaces on the same account not
 *                 counted)
 * @param accepted the ones applied now, found applied before, or of no concern to the portal
 * @param refused  why each refused one was: another API version, content that contradicts the portal
 * @param retry    why each one that may pass later was not applied now; the next run lists it again
 */
public record ReconciliationReport(int listed, int accepted, List<String> refused, List<String> retry) {

    /**
     * Copies the lists.
     *
     * @param listed   the workspace's events Stripe listed
     * @param accepted the ones applied now, found applied before, or of no concern to the portal
     * @param refused  why each refused one was
     * @param retry    why each one that may pass later was not applied now
     */
    public ReconciliationReport {
        refused = List.copyOf(refused);
        retry = List.copyOf(retry);
    }

    /**
     * Whether every listed event is applied (now or before): nothing refused, nothing left for the next run.
     *
     * @return whether every listed event is applied
     */
    public boolean complete() {
        return refused.isEmpty() && retry.isEmpty();
    }
}
