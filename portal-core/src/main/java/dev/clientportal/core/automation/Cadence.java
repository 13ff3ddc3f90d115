package dev.clientportal.core.automation;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;

import java.time.LocalDate;

/**
 * How often a recurring invoice is issued: every {@code interval} weeks or months. Monthly periods keep the start
 * date's day of the month as their anchor, so an anchor on the 31st falls on the last day of shorter months and
 * returns to the 31st after.
 *
 * @param unit     weeks or months
 * @param interval how many units between two periods, 1 to {@value #MAX_INTERVAL}
 */
public record Cadence(Unit unit, int interval) {

    /** The longest interval, in units. */
    public static final int MAX_INTERVAL = 52;

    /** The unit a cadence counts in. */
    public enum Unit {
        /** Calendar weeks of seven days. */
        WEEKS,
        /** Calendar months, anchored on the start date's day of the month. */
        MONTHS
    }

    /**
     * Requires a unit and an interval of 1 to {@value #MAX_INTERVAL}.
     *
     * @param unit     weeks or months
     * @param interval how many units between two periods
     */
    public Cadence {
        PortalException.requireField(unit, "cadence.unit");
        if (interval < 1 || interval > MAX_INTERVAL) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "cadence.interval", interval,
                    "must be 1 to " + MAX_INTERVAL);
        }
    }

    /**
     * Every week.
     *
     * @return the weekly cadence
     */
    public static Cadence weekly() {
        return new Cadence(Unit.WEEKS, 1);
    }

    /**
     * Every {@code weeks} weeks.
     *
     * @param weeks weeks between two periods, 1 to {@value #MAX_INTERVAL}
     * @return the cadence
     */
    public static Cadence everyWeeks(int weeks) {
        return new Cadence(Unit.WEEKS, weeks);
    }

    /**
     * Every month on the start date's day of the month (the last day of shorter months).
     *
     * @return the monthly cadence
     */
    public static Cadence monthly() {
        return new Cadence(Unit.MONTHS, 1);
    }

    /**
     * Every three months, anchored like {@link #monthly()}.
     *
     * @return the quarterly cadence
     */
    public static Cadence quarterly() {
        return new Cadence(Unit.MONTHS, 3);
    }

    /**
     * Every twelve months, anchored like {@link #monthly()} (29 February gives 28 February in other years).
     *
     * @return the yearly cadence
     */
    public static Cadence yearly() {
        return new Cadence(Unit.MONTHS, 12);
    }

    /**
     * The date of period {@code index} of a schedule starting on {@code start}. Counted from the start each time,
     * never from the previous period, so a clamped month-end does not drift the anchor.
     *
     * @param start the date of the first period, the anchor
     * @param index the period, 0 for the first
     * @return the period's date
     */
    public LocalDate periodDate(LocalDate start, long index) {
        PortalException.requireField(start, "start");
        if (index < 0) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "index", index, "periods count from 0");
        }
        return switch (unit) {
            case WEEKS -> start.plusWeeks(index * interval);
            case MONTHS -> start.plusMonths(index * interval);
        };
    }

    /** The cadence as stored and audited, e.g. {@code 3 MONTHS}. */
    @Override
    public String toString() {
        return interval + " " + unit;
    }
}
