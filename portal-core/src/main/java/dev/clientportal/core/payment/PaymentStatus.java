package dev.clientportal.core.payment;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a payment stands. A payment is PENDING while a bank debit clears, then SUCCEEDED or FAILED; a FAILED
 * payment may go PENDING or SUCCEEDED again when the client retries on the same gateway payment; only a payment
 * whose money arrived can be refunded. The allowed transitions are listed here and nowhere else.
 */
public enum PaymentStatus {
    /** Started but the money has not arrived (a bank debit clearing): settles nothing, creates no credit. */
    PENDING,
    /** Received, nothing refunded. */
    SUCCEEDED,
    /** Part of it has been refunded. */
    PARTIALLY_REFUNDED,
    /** All of it has been refunded. */
    REFUNDED,
    /** The gateway could not collect it: nothing was ever applied. */
    FAILED;

    /**
     * Whether a payment in this state may move to {@code next}.
     *
     * @param next the state to move to
     * @return whether a payment in this state may move to {@code next}
     */
    public boolean canMoveTo(PaymentStatus next) {
        return allowedNext().contains(next);
    }

    /**
     * The states a payment in this state may move to.
     *
     * @return the states a payment in this state may move to
     */
    public Set<PaymentStatus> allowedNext() {
        return switch (this) {
            case PENDING -> EnumSet.of(SUCCEEDED, FAILED);
            case FAILED -> EnumSet.of(PENDING, SUCCEEDED);
            case SUCCEEDED -> EnumSet.of(PARTIALLY_REFUNDED, REFUNDED);
            case PARTIALLY_REFUNDED -> EnumSet.of(PARTIALLY_REFUNDED, REFUNDED);
            case REFUNDED -> EnumSet.noneOf(PaymentStatus.class);
        };
    }

    /**
     * Whether the money arrived (whatever was refunded since): only then do its allocations and credit count.
     *
     * @return whether the money arrived (whatever was refunded since): only then do its allocations and credit count
     */
    public boolean isReceived() {
        return this == SUCCEEDED || this == PARTIALLY_REFUNDED || this == REFUNDED;
    }
}
