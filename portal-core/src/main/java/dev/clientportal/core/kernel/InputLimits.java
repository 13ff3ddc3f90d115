package dev.clientportal.core.kernel;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The bounds of what a command may carry. Free texts are counted in characters (UTF-16 units) after trimming;
 * longer input, control characters (other than tab and line breaks in multi-line texts) and dates outside
 * {@link #EARLIEST_DATE}..{@link #LATEST_DATE} are rejected with {@link ErrorCode#INVALID_VALUE} naming the field.
 * Commands name the limit that applies in their Javadoc, and a database adapter sizes its columns from these figures.
 */
public final class InputLimits {

    /** Names of people, clients, workspaces and documents; titles, subjects and typed signature names. */
    public static final int NAME = 200;
    /** External references (bank or gateway ids), labels, units and project names. */
    public static final int REFERENCE = 200;
    /** Reasons, comments and notes a person writes about one decision. */
    public static final int REASON = 2_000;
    /** Message bodies, and notes or terms printed on a document. */
    public static final int BODY = 20_000;
    /** A client's IP address as text: the longest IPv6 literal with an IPv4 tail and a zone id stays below it. */
    public static final int ADDRESS = 100;
    /** A User-Agent header; longer ones are cut to this length rather than rejected. */
    public static final int USER_AGENT = 512;
    /** Elements of a list of people or files in one command (signers, approvers, attachments, allocations). */
    public static final int LIST = 1_000;

    /** The earliest date a command may carry (a payment received, a refund, a due date, a quote's expiry). */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    /** The latest date a command may carry; later dates are typing errors or attempts to overflow date arithmetic. */
    public static final LocalDate LATEST_DATE = LocalDate.of(2999, 12, 31);

    /**
     * Checks that an optional date lies between {@link #EARLIEST_DATE} and {@link #LATEST_DATE} and returns it.
     *
     * @param value the date, or {@code null}
     * @param field the field it came in, named in any exception
     * @return {@code value} itself, {@code null} for {@code null}
     * @throws PortalException {@link ErrorCode#INVALID_VALUE} naming the field for a date outside that range
     */
    public static @Nullable LocalDate requireDate(@Nullable LocalDate value, String field) {
        if (value != null && (value.isBefore(EARLIEST_DATE) || value.isAfter(LATEST_DATE))) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, field, value,
                    "must lie between " + EARLIEST_DATE + " and " + LATEST_DATE);
        }
        return value;
    }

    /**
     * Checks that an optional instant falls on a day between {@link #EARLIEST_DATE} and {@link #LATEST_DATE} (UTC)
     * and returns it: {@code Instant.MIN} or {@code Instant.MAX} cannot be turned into a date in any zone.
     *
     * @param value the instant, or {@code null}
     * @param field the field it came in, named in any exception
     * @return {@code value} itself, {@code null} for {@code null}
     * @throws PortalException {@link ErrorCode#INVALID_VALUE} naming the field for an instant outside that range
     */
    public static @Nullable Instant requireInstant(@Nullable Instant value, String field) {
        if (value != null && (value.isBefore(EARLIEST_DATE.atStartOfDay(ZoneOffset.UTC).toInstant())
                || !value.isBefore(LATEST_DATE.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()))) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, field, value,
                    "must lie between " + EARLIEST_DATE + " and " + LATEST_DATE + " (UTC)");
        }
        return value;
    }

    private InputLimits() {
    }
}
