package dev.clientportal.core.analytics;

/** Why the business might nudge a client now. */
public enum FollowUpKind {
    /** The client opened the invoice, has not paid, and it is overdue. */
    VIEWED_UNPAID_OVERDUE,
    /** The document was sent days ago and nobody has opened it. */
    SENT_NOT_OPENED,
    /** A deliverable or quote has been waiting for the client's decision for days. */
    APPROVAL_PENDING,
    /** Part of the invoice was paid, and nothing since for a while. */
    PARTIALLY_PAID_STALE
}
