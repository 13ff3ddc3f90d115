package dev.clientportal.core.automation;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;

/**
 * One step of a reminder policy: a number of days before (negative), on (0) or after (positive) a due date.
 *
 * @param daysFromDue days from the due date, {@value #MIN_DAYS} to {@value #MAX_DAYS}
 */
public record ReminderStep(int daysFromDue) implements Comparable<ReminderStep> {

    /** The earliest step: this many days before the due date. */
    public static final int MIN_DAYS = -60;
    /** The latest step: this many days after the due date. */
    public static final int MAX_DAYS = 365;

    /**
     * Requires a step within {@value #MIN_DAYS} to {@value #MAX_DAYS} days of the due date.
     *
     * @param daysFromDue days from the due date, {@value #MIN_DAYS} to {@value #MAX_DAYS}
     */
    public ReminderStep {
        if (daysFromDue < MIN_DAYS || daysFromDue > MAX_DAYS) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "reminderStep.daysFromDue", daysFromDue,
                    "must be between " + MIN_DAYS + " (days before the due date) and " + MAX_DAYS + " (after)");
        }
    }

    /**
     * A step {@code days} days from the due date: negative before it, 0 on it, positive after it.
     *
     * @param days days from the due date
     * @return the step
     */
    public static ReminderStep days(int days) {
        return new ReminderStep(days);
    }

    /**
     * How the step reads in a key or log: {@code d-3}, {@code d0}, {@code d+7}.
     *
     * @return the step's short name
     */
    public String code() {
        return daysFromDue > 0 ? "d+" + daysFromDue : "d" + daysFromDue;
    }

    /** Earlier steps first. */
    @Override
    public int compareTo(ReminderStep other) {
        return Integer.compare(daysFromDue, other.daysFromDue);
    }
}
