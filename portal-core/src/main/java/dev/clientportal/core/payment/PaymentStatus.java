package dev.clientportal.core.payment;

/** Where a payment stands, derived from its refunds. */
public enum PaymentStatus {
    /** Received, nothing refunded. */
    SUCCEEDED,
    /** Part of it has been refunded. */
    PARTIALLY_REFUNDED,
    /** All of it has been refunded. */
    REFUNDED
}
