package dev.clientportal.core.automation;

/** What became of one reminder step of an amount due. */
public enum ReminderOutcome {
    /** Sent to a client that never opened the invoice: the message carries the link to it again. */
    RESENT_WITH_LINK,
    /** Sent to a client that viewed the invoice and has not paid it: the message says so. */
    NUDGED_VIEWED,
    /** Not sent: a later step was due at the same time (after an outage, say), and only the latest goes out. */
    SKIPPED_BY_CATCH_UP;

    /**
     * Whether a message went out for the step.
     *
     * @return whether the step was sent
     */
    public boolean sent() {
        return this != SKIPPED_BY_CATCH_UP;
    }
}
