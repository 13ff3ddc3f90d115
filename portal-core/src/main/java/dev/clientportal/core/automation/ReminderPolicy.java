package dev.clientportal.core.automation;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * When payment reminders go out: steps relative to each due date (of the invoice, or of each installment of its
 * payment schedule), at a time of the client's day, never in its quiet hours. A workspace has one; a client may
 * override it.
 *
 * @param steps      1 to {@value #MAX_STEPS} distinct steps, earliest first
 * @param sendAt     the time of the client's day reminders go out
 * @param quietHours when no reminder goes out; a step whose send time falls in them waits for their end
 */
public record ReminderPolicy(List<ReminderStep> steps, LocalTime sendAt, QuietHours quietHours) {

    /** The most steps a policy may have. */
    public static final int MAX_STEPS = 12;

    /** 3 days before, on the day, 7, 14 and 30 days after, at 09:00, quiet from 20:00 to 08:00. */
    public static final ReminderPolicy DEFAULT = new ReminderPolicy(
            List.of(ReminderStep.days(-3), ReminderStep.days(0), ReminderStep.days(7), ReminderStep.days(14),
                    ReminderStep.days(30)),
            LocalTime.of(9, 0), QuietHours.between("20:00", "08:00"));

    /**
     * Requires distinct steps in ascending order and both times.
     *
     * @param steps      1 to {@value #MAX_STEPS} distinct steps, earliest first
     * @param sendAt     the time of the client's day reminders go out
     * @param quietHours when no reminder goes out
     */
    public ReminderPolicy {
        steps = PortalException.requireElements(steps, "reminderPolicy.steps", MAX_STEPS);
        if (steps.isEmpty()) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "reminderPolicy.steps", steps,
                    "needs at least one step; pause reminders to send none");
        }
        for (int i = 1; i < steps.size(); i++) {
            if (steps.get(i).compareTo(steps.get(i - 1)) <= 0) {
                throw PortalException.invalid(ErrorCode.INVALID_VALUE, "reminderPolicy.steps[" + i + "]",
                        steps.get(i).daysFromDue(), "steps must be distinct and in ascending order");
            }
        }
        PortalException.requireField(sendAt, "reminderPolicy.sendAt");
        PortalException.requireField(quietHours, "reminderPolicy.quietHours");
    }

    /**
     * A policy with these steps (days from the due date, earliest first) and the default send time and quiet hours.
     *
     * @param daysFromDue the steps' days from the due date, ascending
     * @return the policy
     */
    public static ReminderPolicy ofDays(int... daysFromDue) {
        return new ReminderPolicy(java.util.Arrays.stream(daysFromDue).mapToObj(ReminderStep::days).toList(),
                DEFAULT.sendAt, DEFAULT.quietHours);
    }

    /**
     * This policy sending at another time of day.
     *
     * @param time the time of the client's day reminders go out
     * @return the changed policy
     */
    public ReminderPolicy withSendAt(LocalTime time) {
        return new ReminderPolicy(steps, time, quietHours);
    }

    /**
     * This policy with other quiet hours.
     *
     * @param hours the quiet hours, {@link QuietHours#NONE} for none
     * @return the changed policy
     */
    public ReminderPolicy withQuietHours(QuietHours hours) {
        return new ReminderPolicy(steps, sendAt, hours);
    }

    /**
     * When a step of an amount due on {@code dueDate} goes out for a client in {@code zone}: the step's day at
     * {@link #sendAt()}, moved to the end of the quiet hours when it falls in them; a time skipped by a daylight-saving
     * change moves forward by the gap, as the clocks do.
     *
     * @param dueDate the due date of the invoice or installment
     * @param step    the step
     * @param zone    the client's time zone
     * @return the instant the step is due to go out
     */
    public Instant sendsAt(LocalDate dueDate, ReminderStep step, ZoneId zone) {
        LocalDateTime local = quietHours.firstAllowed(dueDate.plusDays(step.daysFromDue()).atTime(sendAt));
        return ZonedDateTime.of(local, zone).toInstant();
    }

    /**
     * The steps of an amount due on {@code dueDate} whose send time has come at {@code now}, earliest first.
     *
     * @param dueDate the due date of the invoice or installment
     * @param zone    the client's time zone
     * @param now     the current instant
     * @return the steps whose send time is at or before {@code now}, earliest first
     */
    public List<ReminderStep> stepsDue(LocalDate dueDate, ZoneId zone, Instant now) {
        return steps.stream().filter(step -> !sendsAt(dueDate, step, zone).isAfter(now)).toList();
    }

    /**
     * Whether {@code now} falls in the client's quiet hours: then nothing is sent to it, whatever is due.
     *
     * @param now  the current instant
     * @param zone the client's time zone
     * @return whether it is quiet for the client now
     */
    public boolean isQuiet(Instant now, ZoneId zone) {
        return quietHours.contains(LocalTime.ofInstant(now, zone));
    }
}
