package dev.clientportal.core.quote;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of one quote revision. The allowed transitions are listed here and nowhere else; "expired" is not a
 * status but derived from the expiry date and the clock in the workspace's zone.
 */
public enum QuoteStatus {
    /** Being written; has no number; clients do not see it. */
    DRAFT,
    /** Numbered and sent; waits for the client's decision. */
    SENT,
    /** The client asked for changes; it may still accept or reject this revision, or the business revises it. */
    CHANGES_REQUESTED,
    /** The client accepted it; its invoices exist. */
    ACCEPTED,
    /** The client rejected it. */
    REJECTED,
    /** The business reversed the acceptance; the invoices it created were discarded or voided. */
    REVERSED,
    /** A later revision replaced it; never decidable again. */
    SUPERSEDED,
    /** The business withdrew it. */
    VOID;

    /**
     * Whether a quote in this state may move to {@code next}.
     *
     * @param next the state to move to
     * @return whether the move is allowed
     */
    public boolean canMoveTo(QuoteStatus next) {
        return allowedNext().contains(next);
    }

    /**
     * The states a quote in this state may move to; asking for changes again keeps CHANGES_REQUESTED.
     *
     * @return a new set of the states a quote may move to from this one; empty for SUPERSEDED and VOID
     */
    public Set<QuoteStatus> allowedNext() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SENT, VOID);
            case SENT -> EnumSet.of(CHANGES_REQUESTED, ACCEPTED, REJECTED, SUPERSEDED, VOID);
            case CHANGES_REQUESTED -> EnumSet.of(CHANGES_REQUESTED, ACCEPTED, REJECTED, SUPERSEDED, VOID);
            case REJECTED, REVERSED -> EnumSet.of(SUPERSEDED, VOID);
            case ACCEPTED -> EnumSet.of(REVERSED);
            case SUPERSEDED, VOID -> EnumSet.noneOf(QuoteStatus.class);
        };
    }

    /**
     * Whether the client may still accept, reject or ask for changes in this state.
     *
     * @return whether this is SENT or CHANGES_REQUESTED
     */
    public boolean awaitsClient() {
        return this == SENT || this == CHANGES_REQUESTED;
    }
}
