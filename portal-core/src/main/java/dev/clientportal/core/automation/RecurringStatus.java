package dev.clientportal.core.automation;

/** Where a recurring template stands: ACTIVE ⇄ PAUSED, either → CANCELLED, which is final. */
public enum RecurringStatus {
    /** Periods are issued as they come due. */
    ACTIVE,
    /** Nothing is issued; periods that fall in the pause are skipped on resume, not caught up. */
    PAUSED,
    /** Nothing is ever issued again. */
    CANCELLED
}
