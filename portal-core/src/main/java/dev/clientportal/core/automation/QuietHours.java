package dev.clientportal.core.automation;

import dev.clientportal.core.kernel.PortalException;

import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Hours of the client's day in which no reminder goes out, e.g. 20:00 to 08:00 (spanning midnight) or 12:00 to 13:00.
 * The start is inside, the end is not; equal start and end mean no quiet hours.
 *
 * @param start the first quiet minute's time
 * @param end   the first time after the quiet hours
 */
public record QuietHours(LocalTime start, LocalTime end) {

    /** No quiet hours. */
    public static final QuietHours NONE = new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

    /**
     * Requires both times.
     *
     * @param start the first quiet minute's time
     * @param end   the first time after the quiet hours
     */
    public QuietHours {
        PortalException.requireField(start, "quietHours.start");
        PortalException.requireField(end, "quietHours.end");
    }

    /**
     * Quiet hours from {@code start} to {@code end}, e.g. {@code between("20:00", "08:00")}.
     *
     * @param start the first quiet time, {@code HH:mm}
     * @param end   the first time after, {@code HH:mm}
     * @return the quiet hours
     */
    public static QuietHours between(String start, String end) {
        return new QuietHours(LocalTime.parse(start), LocalTime.parse(end));
    }

    /**
     * Whether a time of day is quiet.
     *
     * @param time a local time of the client's day
     * @return whether it falls in the quiet hours
     */
    public boolean contains(LocalTime time) {
        if (start.equals(end)) {
            return false;
        }
        return start.isBefore(end)
                ? !time.isBefore(start) && time.isBefore(end)
                : !time.isBefore(start) || time.isBefore(end);
    }

    /**
     * The first local date-time at or after {@code at} that is not quiet.
     *
     * @param at a local date-time of the client
     * @return {@code at} itself, or the end of the quiet hours it falls in (the next day's when they span midnight)
     */
    public LocalDateTime firstAllowed(LocalDateTime at) {
        if (!contains(at.toLocalTime())) {
            return at;
        }
        LocalDateTime sameDay = at.toLocalDate().atTime(end);
        return sameDay.isAfter(at) ? sameDay : sameDay.plusDays(1);
    }
}
