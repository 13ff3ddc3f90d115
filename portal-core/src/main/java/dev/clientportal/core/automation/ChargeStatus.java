package dev.clientportal.core.automation;

/** Where one auto-charge attempt stands. */
public enum ChargeStatus {
    /** Scheduled and not made yet. */
    DUE,
    /** The gateway took the money; the payment is recorded against the invoice. */
    SUCCEEDED,
    /** The gateway accepted the charge and the money is still clearing (e.g. a bank debit). */
    PENDING,
    /** The client must confirm the charge (e.g. 3-D Secure); a pay link was sent and no retry follows. */
    REQUIRES_ACTION,
    /** The gateway declined; the reason is kept and the next attempt scheduled while the schedule has one. */
    DECLINED,
    /** Not charged: the invoice was paid, voided or otherwise settled before the attempt was due. */
    NOT_NEEDED
}
