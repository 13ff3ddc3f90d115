package dev.clientportal.core.approval;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of one approval request. A request is decided once: every state but {@link #PENDING} is final, and
 * the transitions are listed here and nowhere else.
 */
public enum ApprovalStatus {
    /** Waiting for the approvers' decisions. */
    PENDING,
    /** Approved by the approvers the rule requires. */
    APPROVED,
    /** An approver asked for changes; this opened a revision round. */
    CHANGES_REQUESTED,
    /** The business withdrew the request before it was decided. */
    WITHDRAWN,
    /** The business added a newer version before the request was decided. */
    SUPERSEDED;

    /**
     * Whether a request in this state may move to {@code next}.
     *
     * @param next the state to move to
     * @return whether a request in this state may move to {@code next}
     */
    public boolean canMoveTo(ApprovalStatus next) {
        return allowedNext().contains(next);
    }

    /**
     * The states a request in this state may move to.
     *
     * @return the states a request in this state may move to
     */
    public Set<ApprovalStatus> allowedNext() {
        return this == PENDING ? EnumSet.of(APPROVED, CHANGES_REQUESTED, WITHDRAWN, SUPERSEDED)
                : EnumSet.noneOf(ApprovalStatus.class);
    }

    /**
     * Whether the request is still waiting for decisions.
     *
     * @return whether the request is still waiting for decisions
     */
    public boolean isOpen() {
        return this == PENDING;
    }
}
